import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { NO_ALLIANCE } from "../src/config/alliance.js";
import { LANGUAGE, RIGHTS_CARD, RIGHTS_GROUP } from "../src/bot/callback-data.js";
import { ADMIN, LEAD, LEAD_DOCUMENT } from "../src/bot/features/leads/callback-data.js";
import { CLEANUP, formButton, parseFormButton, START_DOCUMENT } from "../src/flows/documents/callback-data.js";
import * as reportForm from "../src/flows/report/callback-data.js";
import { FORGET_NO, FORGET_YES } from "../src/bot/features/forget.js";
import { REGIONS } from "../src/shared/regions.js";
import { OUTCOMES, SECTORS } from "../src/shared/vocabulary.js";
import { defineButton, matching, oneOf } from "../src/telegram/callback-data.js";
import { createTestBot } from "./helpers/harness.js";
import { submit } from "./helpers/sample-report.js";
import { openTestStorage } from "./helpers/test-storage.js";
import { groupPress, person, press } from "./helpers/updates.js";

const CODE = "7KQM-4XTD";

describe("typed button data", () => {
  it("unpacks the data of buttons already sent in deployed chats (the wire format is kept)", () => {
    expect(LEAD.take.unpack(`l:take:${CODE}`)).toEqual({ code: CODE });
    expect(LEAD.ask.unpack(`l:ask:${CODE}`)).toEqual({ code: CODE });
    expect(LEAD.evidence.unpack(`l:evidence:${CODE}`)).toEqual({ code: CODE });
    expect(LEAD.close.unpack(`l:close:${CODE}`)).toEqual({ code: CODE });
    expect(LEAD.hand.unpack(`l:hand:${CODE}`)).toEqual({ code: CODE });
    expect(LEAD.outcome.unpack(`l:outcome:${CODE}:released`)).toEqual({ code: CODE, outcome: "released" });
    expect(LEAD.handTo.unpack(`l:handto:${CODE}:right-to-call`)).toEqual({ code: CODE, sector: "right-to-call" });
    expect(LEAD_DOCUMENT.pick.unpack(`ld:pick:${CODE}`)).toEqual({ code: CODE });
    expect(LEAD_DOCUMENT.send.unpack(`ld:send:${CODE}:lawyer-request`)).toEqual({ code: CODE, document: "lawyer-request" });
    expect(ADMIN.sector.unpack("adm:sector:lawyer")).toEqual({ sector: "lawyer" });
    expect(ADMIN.scope.unpack("adm:scope:lawyer:national")).toEqual({ sector: "lawyer", scope: "national" });
    expect(ADMIN.role.unpack("adm:role:torture:almaty:backup")).toEqual({ sector: "torture", scope: "almaty", role: "backup" });
    expect(ADMIN.confirm.unpack("adm:ok:Xy_3-kQ9aB2c")).toEqual({ id: "Xy_3-kQ9aB2c" });
    expect(ADMIN.reject.unpack("adm:no:Xy_3-kQ9aB2c")).toEqual({ id: "Xy_3-kQ9aB2c" });
    expect(ADMIN.remove.unpack("adm:rm:0b8e6f1c-2d4a-4f7e-9c1b-3a5d7e9f1b2c")).toEqual({ id: "0b8e6f1c-2d4a-4f7e-9c1b-3a5d7e9f1b2c" });
  });

  it("unpacks the guide's and the documents' buttons in their old format", () => {
    expect(LANGUAGE.unpack("lang:kk")).toEqual({ locale: "kk" });
    expect(LANGUAGE.unpack("lang:xx")).toBeUndefined();
    expect(RIGHTS_CARD.unpack("r:lawyer")).toEqual({ card: "lawyer" });
    expect(RIGHTS_GROUP.unpack("rg:detention")).toEqual({ group: "detention" });
    expect(START_DOCUMENT.unpack("doc:lawyer-request")).toEqual({ document: "lawyer-request" });
    expect(CLEANUP.unpack("dc:123456")).toEqual({ first: "123456" });
    expect(CLEANUP.unpack("dc:1234567890123")).toBeUndefined();
    expect(parseFormButton("d:12:yesterday")).toEqual({ question: 12, value: "yesterday" });
    expect(parseFormButton("d:123:skip")).toBeUndefined();
    expect(formButton(3, "skip")).toBe("d:3:skip");
  });

  it("the report form and /forget pack exactly the old strings and unpack the old data", () => {
    expect(reportForm.formButton("age", "18-29")).toBe("f:age:18-29");
    expect(reportForm.formButton("evidence", "done")).toBe("f:evidence:done");
    expect(reportForm.parseFormButton("f:region:almaty-region")).toEqual({ step: "region", value: "almaty-region" });
    expect(reportForm.summaryButton(3, "submit")).toBe("s:3:submit");
    expect(reportForm.summaryButton(12, "edit:name")).toBe("s:12:edit:name");
    expect(reportForm.parseSummaryButton("s:3:cancel")).toEqual({ rev: 3, action: "cancel" });
    expect(reportForm.parseSummaryButton("s:12:edit:name")).toEqual({ rev: 12, action: "edit:name" });
    expect(reportForm.AFTER_SUBMIT).toEqual({ clean: "c:clean", keep: "c:keep" });
    expect(reportForm.START_REPORT).toEqual({ detention: "report:detention", illTreatment: "report:ill-treatment" });
    expect(reportForm.START_REPORT_BUTTON.unpack("report:ill-treatment")).toEqual({ flow: "ill-treatment" });
    expect(FORGET_YES.pack({ asked: "t5x8k" })).toBe("fg:yes:t5x8k");
    expect(FORGET_YES.unpack("fg:yes:t5x8k")).toEqual({ asked: "t5x8k" });
    expect(FORGET_NO.pack({})).toBe("fg:no");
    // Forged or truncated: not a form answer, not a summary action, not a start.
    for (const data of [
      "f:age",
      "f::x",
      "f:age:a:b",
      "s:x:submit",
      "s:3:publish",
      "s:3:edit:",
      "report:parade",
      "fg:yes:",
      "fg:yes:UPPER",
    ]) {
      expect(
        [
          reportForm.parseFormButton(data),
          reportForm.parseSummaryButton(data),
          reportForm.START_REPORT_BUTTON.unpack(data),
          FORGET_YES.unpack(data),
        ],
        data,
      ).toEqual([undefined, undefined, undefined, undefined]);
    }
  });

  it("packs exactly the old strings, and what it packs unpacks to the same values", () => {
    expect(LEAD.take.pack({ code: CODE })).toBe(`l:take:${CODE}`);
    expect(LEAD.outcome.pack({ code: CODE, outcome: "no-action" })).toBe(`l:outcome:${CODE}:no-action`);
    expect(LEAD.handTo.pack({ code: CODE, sector: "lawyer" })).toBe(`l:handto:${CODE}:lawyer`);
    expect(LEAD_DOCUMENT.send.pack({ code: CODE, document: "lawyer-request" })).toBe(`ld:send:${CODE}:lawyer-request`);
    expect(ADMIN.role.pack({ sector: "lawyer", scope: "national", role: "primary" })).toBe("adm:role:lawyer:national:primary");
    for (const outcome of OUTCOMES)
      expect(LEAD.outcome.unpack(LEAD.outcome.pack({ code: CODE, outcome }))).toEqual({ code: CODE, outcome });
  });

  it("every admin and lead button the bot can make fits in Telegram's 64 bytes", () => {
    const scopes = ["national", ...Object.keys(REGIONS)] as Array<"national" | keyof typeof REGIONS>;
    for (const sector of SECTORS) {
      for (const scope of scopes)
        for (const role of ["primary", "backup"] as const) expect(ADMIN.role.pack({ sector, scope, role }).length).toBeLessThanOrEqual(64);
      expect(LEAD.handTo.pack({ code: CODE, sector })).toBe(`l:handto:${CODE}:${sector}`);
    }
  });

  it.each([
    ["a truncated code", `l:take:${CODE.slice(0, -1)}`],
    ["a lower-case code", `l:take:${CODE.toLowerCase()}`],
    ["a code with a letter outside the alphabet", "l:take:7KQM-4XTO"],
    ["an extra field", `l:take:${CODE}:x`],
    ["a missing outcome", `l:outcome:${CODE}`],
    ["an unknown outcome", `l:outcome:${CODE}:resolved`],
    ["an unknown sector", `l:handto:${CODE}:police`],
    ["a trailing newline", `l:take:${CODE}\n`],
    ["another button's prefix", `l:ask:${CODE}`],
    ["nothing", undefined],
  ])("refuses %s", (_name, data) => {
    expect(LEAD.take.unpack(data) ?? LEAD.outcome.unpack(data) ?? LEAD.handTo.unpack(data)).toBeUndefined();
    if (data !== undefined && !data.startsWith("l:ask:")) expect(LEAD.take.filter.test(data)).toBe(false);
  });

  it.each([
    ["an unknown region", "adm:scope:lawyer:mars"],
    ["an unknown role", "adm:role:lawyer:national:boss"],
    ["an empty id", "adm:rm:"],
    ["an id with a separator", "adm:ok:abc:def"],
    ["a path as document", `ld:send:${CODE}:../etc`],
  ])("refuses %s", (_name, data) => {
    const buttons = [ADMIN.scope, ADMIN.role, ADMIN.remove, ADMIN.confirm, LEAD_DOCUMENT.send];
    expect(buttons.map((button) => button.unpack(data))).toEqual(buttons.map(() => undefined));
  });

  it("refuses data over 64 bytes, counted in UTF-8 bytes, and will not pack it", () => {
    const note = defineButton("n", { text: matching("[^:]+") });
    expect(note.unpack(`n:${"a".repeat(62)}`)).toEqual({ text: "a".repeat(62) });
    expect(note.unpack(`n:${"a".repeat(63)}`)).toBeUndefined();
    // "ж" is two bytes: 31 of them fit after "n:", 32 do not.
    expect(note.pack({ text: "ж".repeat(31) })).toBe(`n:${"ж".repeat(31)}`);
    expect(() => note.pack({ text: "ж".repeat(32) })).toThrow(/64 bytes/);
  });

  it("will not pack a value that would not unpack", () => {
    expect(() => LEAD.take.pack({ code: "nope" })).toThrow();
    expect(() => defineButton("n", { text: matching("[^:]+") }).pack({ text: "a:b" })).toThrow();
    expect(() => defineButton("p", { kind: oneOf(["a.b"]) }).pack({ kind: "a.b" })).not.toThrow();
    expect(defineButton("p", { kind: oneOf(["a.b"]) }).unpack("p:aXb")).toBeUndefined();
  });
});

describe("a press on a forged or out-of-date button", () => {
  let storage: Awaited<ReturnType<typeof openTestStorage>>;
  beforeEach(async () => {
    storage = await openTestStorage();
  });
  afterEach(() => storage.drop());

  const ADMIN_PERSON = person(1_000_031, "en", "Admin");
  const STRANGER = person(6301, "en", "Stranger");
  const answerOf = (h: ReturnType<typeof createTestBot>) => h.telegram.last("answerCallbackQuery").payload;

  it("of the report form: a forged answer, a summary button during a question, an unknown report kind and a forged /forget are each answered politely", async () => {
    const h = createTestBot(storage);
    const user = person(6302, "en", "Reporter");
    await h.send(press(user, "report:parade")); // no such report kind
    expect(answerOf(h).text).toBe("This button is out of date. Here is the current menu.");
    await h.send(press(user, "fg:yes:NOT-A-TIME"));
    expect(answerOf(h).text).toBe("This button is out of date. Here is the current menu.");
    await h.send(press(user, "report:detention"));
    h.telegram.clear();
    await h.send(press(user, "f:role:astronaut")); // forged option
    await h.send(press(user, "s:1:submit")); // a summary button while a question is open
    expect(h.telegram.texts()).toEqual([
      "That button belongs to an earlier question. Here is the current one.",
      "<i>Step 1 of 18</i>\nWho are you in this situation?",
      "Please choose one of the buttons.",
      "<i>Step 1 of 18</i>\nWho are you in this situation?",
    ]);
    expect(h.telegram.callsOf("answerCallbackQuery")).toHaveLength(2);
  });

  it("of a lead in a group is answered as out of date, not ignored", async () => {
    const h = createTestBot(storage);
    await h.send(groupPress(STRANGER, -100_931, `l:outcome:${CODE}:resolved`));
    expect(answerOf(h).text).toBe("This button is out of date. Here is the current menu.");
    await h.send(groupPress(STRANGER, -100_931, `ld:send:${CODE}`));
    expect(answerOf(h).text).toBe("This button is out of date. Here is the current menu.");
  });

  it("well-formed, for a report the chat may not act on, is refused politely and changes nothing", async () => {
    const h = createTestBot(storage);
    const report = await submit(storage, 2_000_031);
    await h.send(press(STRANGER, `l:take:${report.code}`));
    expect(answerOf(h)).toMatchObject({
      text: "Only a lead of this report's sectors and region, or the coordinator, can do this.",
      show_alert: true,
    });
    expect((await storage.cases.forReport(report.code)).every((c) => c.status !== "taken")).toBe(true);
  });

  it("of an admin screen: a stranger is told it is for admins; an admin is told it is out of date", async () => {
    const h = createTestBot(storage, { alliance: { ...NO_ALLIANCE, admins: [ADMIN_PERSON.id] } });
    await h.send(press(STRANGER, "adm:sector:lawyer"));
    expect(answerOf(h).text).toBe("This is for the alliance's admins.");
    await h.send(press(ADMIN_PERSON, "adm:scope:lawyer:mars"));
    expect(h.telegram.last("sendMessage").payload.text).toBe("This button is out of date. Here is the current menu.");
  });
});
