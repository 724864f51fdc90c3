/**
 * What a copy of the database WITHOUT the key reveals: nothing that identifies
 * a reporter or an alliance member, and nothing that links two records of one
 * person. The database is filled through the bot, as people use it, then read
 * raw, collection by collection.
 */
import { createHash } from "node:crypto";
import type { Update } from "grammy/types";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { telegramFileHasher } from "../src/bot/telegram-files.js";
import { NO_ALLIANCE, type AllianceConfig } from "../src/config/alliance.js";
import { pseudonymize } from "../src/security/data-key.js";
import { inspectDatabase } from "../src/storage/inspect.js";
import { unknownSealedFields } from "../src/storage/rotation.js";
import { SEALED_FIELDS } from "../src/storage/sealed-fields.js";
import { EvidenceHasher } from "../src/jobs/evidence-hasher.js";
import { buttonsOf, fileContent } from "./helpers/fake-telegram.js";
import { FormWalker } from "./helpers/form-walker.js";
import { createTestBot } from "./helpers/harness.js";
import { walkDetention } from "./helpers/report-scripts.js";
import { submit } from "./helpers/sample-report.js";
import { openTestStorage } from "./helpers/test-storage.js";
import { command, groupText, location, person, press, text, type Person } from "./helpers/updates.js";

const ADMIN = person(1_300_457, "en", "Admin");
const REPORTER = person(7_654_321, "en", "Reporterina");
const LEAD = person(4_111_222, "ru", "Dariga");
const GROUP = -1_009_876_543;
const GROUP_TITLE = "Almaty Night Watch";
const alliance: AllianceConfig = { ...NO_ALLIANCE, admins: [ADMIN.id] };

let storage: Awaited<ReturnType<typeof openTestStorage>>;
let dump: Map<string, string>;
let reportCode: string;
let pseudonymKey: Buffer;
let fileSha256: string;
let fileId: string;

function withUser(update: Update, extra: { last_name?: string; username?: string }): Update {
  Object.assign((update.message as { from: object }).from, extra);
  return update;
}

function replyTo(p: Person, messageId: number, body: string): Update {
  const update = text(p, body);
  (update.message as { reply_to_message?: unknown }).reply_to_message = {
    message_id: messageId,
    date: 0,
    chat: { id: p.id, type: "private" },
    from: { id: 424242, is_bot: true, first_name: "Rights bot" },
    text: "…",
  };
  return update;
}

/** Every collection as raw JSON text. */
async function rawDump(): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  for (const { name } of await storage.db.listCollections().toArray()) {
    result.set(name, JSON.stringify(await storage.db.collection(name).find({}).toArray()));
  }
  return result;
}

beforeAll(async () => {
  storage = await openTestStorage();
  const h = createTestBot(storage, { alliance });
  pseudonymKey = h.deps.pseudonymKey;
  const sent = () => h.telegram.callsOf("sendMessage");

  // An admin invites a lead (a person with a name and a @username) and a group.
  const invite = async (sector: string) => {
    await h.send(command(ADMIN, "invite"));
    await h.send(press(ADMIN, `adm:sector:${sector}`));
    await h.send(press(ADMIN, `adm:scope:${sector}:national`));
    await h.send(press(ADMIN, `adm:role:${sector}:national:primary`));
    return /start=inv_([A-Za-z0-9_-]+)/.exec(String(h.telegram.last("editMessageText").payload.text))![1]!;
  };
  const confirmLast = async () => {
    const request = sent().findLast((c) => c.payload.chat_id === ADMIN.id)!;
    await h.send(press(ADMIN, buttonsOf(request).find((b) => b.data.startsWith("adm:ok:"))!.data));
  };
  await h.send(withUser(command(LEAD, "start", `inv_${await invite("lawyer")}`), { last_name: "Lawyerova", username: "dariga_lawyer_kz" }));
  await confirmLast();
  const group = groupText(person(3_010_999, "en"), GROUP, `/enrol@rights_test_bot ${await invite("torture")}`);
  (update(group).chat as { title: string }).title = GROUP_TITLE;
  await h.send(group);
  await confirmLast();
  // An enrolment nobody confirms stays pending.
  await h.send(
    withUser(command(person(5_550_123, "en", "Pendingname"), "start", `inv_${await invite("documentation")}`), {
      username: "pending_user_kz",
    }),
  );

  // A full report with a name, a place, a place of detention, an account and a photo.
  const w = new FormWalker(h.telegram, h.send, REPORTER);
  await walkDetention({ walker: w, send: h.send, user: REPORTER, locale: "en" });
  await w.choose("submit");
  reportCode = /([2-9A-Z]{4}-[2-9A-Z]{4})/.exec(h.telegram.texts().find((t) => t.includes("Reference code"))!)![1]!;
  const report = (await storage.reports.findByCode(reportCode))!;
  fileId = report.evidence[0]!.fileId;
  fileSha256 = createHash("sha256").update(fileContent(fileId)).digest("hex");
  await new EvidenceHasher({
    evidence: storage.evidence,
    reports: storage.reports,
    hashFile: telegramFileHasher(h.bot.api, "123456:TEST-token", "https://api.telegram.org", h.telegram.fetch),
    logger: pino({ level: "silent" }),
  }).runOnce();
  // A second report of the same reporter.
  await submit(storage, REPORTER.id);

  // Delivery, a taken case, a question and an answer.
  await h.delivery.router.runOnce();
  await h.delivery.dispatcher.drain();
  await h.send(press(LEAD, `l:take:${reportCode}`));
  // The clock on the detention: the marking lead's chat is kept (sealed) for its reminders.
  await h.send(press(LEAD, `l:custody:${reportCode}:held`));
  await h.send(press(LEAD, `l:ask:${reportCode}`));
  const prompt = h.telegram.last("sendMessage") as never as { result: { message_id: number } };
  await h.send(replyTo(LEAD, prompt.result.message_id, "Which cell is Zhanibek in?"));
  const question = sent().findLast((c) => c.payload.chat_id === REPORTER.id) as never as { result: { message_id: number } };
  await h.send(replyTo(REPORTER, question.result.message_id, "Cell 14 near Tole bi"));
  expect(sent().findLast((c) => c.payload.chat_id === LEAD.id)!.payload.text).toContain("Cell 14 near Tole bi");
  // The reporter runs a check-in timer with a live location (its last point is kept, sealed).
  await h.send(command(REPORTER, "checkin"));
  await h.send(press(REPORTER, "cks:2"));
  await h.send(location(REPORTER, 43.238, 76.945));
  expect(await storage.db.collection("checkin_timers").countDocuments()).toBe(1);
  // Someone who started a report and stopped: their form state stays (sealed) until it expires.
  await h.send(press(person(5_550_777, "en"), "report:detention"));
  expect(await storage.db.collection("conversations").countDocuments()).toBeGreaterThan(0);

  dump = await rawDump();
}, 60_000);
afterAll(() => storage.drop());

function update(u: Update) {
  return u.message!;
}

describe("a copy of the database without the key", () => {
  it("shows no identifying value in clear in any collection", () => {
    const needles = [
      "Serik",
      "Akhmetov",
      "red jacket",
      "District police station",
      "Three officers",
      "43.238",
      "76.945",
      "Reporterina",
      "Dariga",
      "Lawyerova",
      "dariga_lawyer_kz",
      "Pendingname",
      "pending_user_kz",
      GROUP_TITLE,
      "Zhanibek",
      "Cell 14",
      "Tole bi",
      String(REPORTER.id),
      String(LEAD.id),
      String(ADMIN.id),
      String(GROUP),
      String(-GROUP),
      "5550123",
      fileSha256,
      fileId,
    ];
    expect([...dump.keys()]).toEqual(
      expect.arrayContaining([
        "reports",
        "reporters",
        "leads",
        "cases",
        "alerts",
        "evidence",
        "relays",
        "pending_enrolments",
        "invites",
        "audit",
      ]),
    );
    const hits = [...dump].flatMap(([name, raw]) => needles.filter((needle) => raw.includes(needle)).map((needle) => `${name}: ${needle}`));
    expect(hits).toEqual([]);
  });

  it("keeps in a report's clear part only what routing and statistics need, with times to the hour", async () => {
    const raw = await storage.db
      .collection<{ _id: string; open: Record<string, string>; createdAt: Date }>("reports")
      .findOne({ _id: reportCode });
    expect(Object.keys(raw!.open).sort()).toEqual(["kind", "priority", "region", "sectors", "submittedHour"]);
    expect(raw!.open.submittedHour).toMatch(/T\d\d:00:00\.000Z$/);
    expect(raw!.createdAt.getTime() % 3_600_000).toBe(0);
    const rawText = JSON.stringify(raw);
    for (const revealing of ["witness", "self", "beating", "threats", "ageGroup", "contact", "reporterRole"])
      expect(rawText).not.toContain(revealing);
  });

  it("keeps clear times of what people did to the hour (only queues of pending work hold exact times)", () => {
    for (const name of ["reports", "reporters", "cases", "alerts", "relays", "conversations", "sessions", "leads", "evidence", "audit"]) {
      const exact = (dump.get(name) ?? "").match(/"\d{4}-\d\d-\d\dT\d\d:(?!00:00\.000Z)\d\d:\d\d\.\d{3}Z"/g) ?? [];
      expect(`${name}: ${exact.length}`).toBe(`${name}: 0`);
    }
  });

  it("links no two records of one reporter: the pseudonym keys one record, relay ids share no prefix", () => {
    const pseudonym = pseudonymize(pseudonymKey, REPORTER.id);
    const holders = [...dump]
      .filter(([, raw]) => raw.includes(pseudonym))
      .map(([name, raw]) => `${name}×${raw.split(pseudonym).length - 1}`);
    // Only the reporter's language choice (sessions) is keyed by the pseudonym; nothing else carries it.
    expect(holders.filter((holder) => holder !== "sessions×1")).toEqual([]);
    const relayIds = (JSON.parse(dump.get("relays")!) as Array<{ _id: string }>).map((doc) => doc._id);
    expect(relayIds.length).toBeGreaterThanOrEqual(3);
    for (const a of relayIds) for (const b of relayIds) if (a !== b) expect(a.slice(0, 6)).not.toBe(b.slice(0, 6));
    const reporters = JSON.parse(dump.get("reporters")!) as Array<{ sealedChat: string }>;
    expect(reporters).toHaveLength(2);
    expect(reporters[0]!.sealedChat).not.toBe(reporters[1]!.sealedChat);
  });

  it("keeps the audit trail sealed: no actor, chat or case in clear, and reads it back with the key", async () => {
    const docs = JSON.parse(dump.get("audit")!) as Array<Record<string, unknown>>;
    expect(docs.length).toBeGreaterThanOrEqual(2); // took, asked
    for (const doc of docs) expect(Object.keys(doc).sort()).toEqual(["_id", "codeKey", "hour", "sealed"]);
    expect(dump.get("audit")).not.toContain(reportCode);
    const trail = await storage.audit.forCode(reportCode);
    expect(trail.map((entry) => [entry.action, entry.actor.id, entry.actor.name])).toEqual([
      ["took", LEAD.id, "Dariga"],
      ["marked-custody", LEAD.id, "Dariga"],
      ["asked", LEAD.id, "Dariga"],
    ]);
  });

  it("still verifies the chain of custody with the key", async () => {
    const [record] = await storage.evidence.forReport(reportCode);
    expect(record).toMatchObject({ state: "hashed", sha256: fileSha256, size: 50_000 });
    expect(record!.receivedAt).toBeInstanceOf(Date);
  });

  it("still finds leads, who took the case, and reads back every sealed value with the key", async () => {
    storage.leads.forget();
    const leads = await storage.leads.all();
    expect(leads.map((l) => [l.chatId, l.label]).sort()).toEqual([
      [GROUP, GROUP_TITLE],
      [LEAD.id, "Dariga Lawyerova (@dariga_lawyer_kz)"],
    ]);
    expect((await storage.leads.byChat(LEAD.id))[0]!.sector).toBe("lawyer");
    const [lawyerCase] = (await storage.cases.forReport(reportCode)).filter((c) => c.sector === "lawyer");
    expect(lawyerCase).toMatchObject({ status: "taken", takenBy: leads.find((l) => l.chatId === LEAD.id)!.id });
    expect((await storage.outbox.alertsFor(reportCode)).map((a) => a.chatId)).toContain(LEAD.id);
  });

  it("every sealed value is in a field `npm run keys:rotate` re-seals, and opens there with its recorded context", async () => {
    expect(await unknownSealedFields(storage.db)).toEqual([]);
    // Delivery jobs leave once delivered: one that waits, for its field to be checked too.
    await storage.outbox.addJob({
      code: "WAIT-JOB2",
      chatId: LEAD.id,
      sectors: ["lawyer"],
      level: "primary",
      locale: "en",
      rank: 0,
      createdAt: new Date(),
    });
    const opened: string[] = [];
    for (const { collection, field, context } of SEALED_FIELDS) {
      const docs = await storage.db
        .collection<{ _id: string }>(collection)
        .find({ [field]: { $exists: true } })
        .toArray();
      for (const doc of docs)
        expect(
          storage.cipher.opens((doc as Record<string, unknown>)[field] as string, context(doc._id)),
          `${collection}.${field} of ${doc._id}`,
        ).toBe(true);
      if (docs.length > 0) opened.push(`${collection}.${field}`);
    }
    // Everything but the meta collection (this storage was given a cipher, not keys) holds values here.
    expect(opened.sort()).toEqual(
      SEALED_FIELDS.map((f) => `${f.collection}.${f.field}`)
        .filter((f) => !f.startsWith("meta."))
        .sort(),
    );
    await storage.outbox.abandon(storage.outbox.jobId("WAIT-JOB2", LEAD.id));
  });

  it("the inspection script lists every collection, its fields, and which are sealed, without a value that identifies anyone", async () => {
    const lines: string[] = [];
    await inspectDatabase(storage.db, (line) => lines.push(line));
    const out = lines.join("\n");
    if (process.env.SHOW_INSPECT) console.log(out);
    expect(out).toMatch(/^reports: \d+ documents?$/m);
    expect(out).toMatch(/sealed +sealed\b/);
    expect(out).toMatch(/open\.region +clear +string/);
    for (const needle of [String(LEAD.id), "Dariga", fileSha256, reportCode, GROUP_TITLE]) expect(out).not.toContain(needle);
  });
});
