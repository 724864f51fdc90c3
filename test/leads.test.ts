import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createI18n } from "../src/telegram/i18n.js";
import { NO_ALLIANCE, type AllianceConfig } from "../src/config/alliance.js";
import type { Sector } from "../src/shared/vocabulary.js";
import type { LeadRole, LeadScope } from "../src/routing/leads.js";
import { buttonsOf } from "./helpers/fake-telegram.js";
import { createTestBot } from "./helpers/harness.js";
import { leadSteps, replyTo } from "./helpers/lead-steps.js";
import { submit } from "./helpers/sample-report.js";
import { openTestStorage } from "./helpers/test-storage.js";
import { command, groupText, person, press, type Person } from "./helpers/updates.js";

const i18n = createI18n();
const ADMIN = person(1_000_001, "en", "Admin");
const REPORTER = 2_000_001;
const alliance: AllianceConfig = { ...NO_ALLIANCE, admins: [ADMIN.id] };

let storage: Awaited<ReturnType<typeof openTestStorage>>;
let now = Date.parse("2026-12-16T10:00:00Z");
beforeEach(async () => {
  storage = await openTestStorage();
  now = Date.parse("2026-12-16T10:00:00Z");
});
afterEach(() => storage.drop());

function harness() {
  return createTestBot(storage, { alliance }, { now: () => now });
}
type Harness = ReturnType<typeof harness>;

const invite = (h: Harness, sector: Sector, scope: LeadScope, role: LeadRole) => leadSteps(h, ADMIN).invite(sector, scope, role);
const enrol = (h: Harness, who: Person, sector: Sector, scope?: LeadScope, role?: LeadRole) =>
  leadSteps(h, ADMIN).enrol(who, sector, scope, role);
const deliver = (h: Harness) => leadSteps(h, ADMIN).deliver();
const alertIn = (h: Harness, chatId: number, code: string) => leadSteps(h, ADMIN).alertIn(chatId, code);

describe("enrolment", () => {
  it("an admin invites, the person opens the link, the admin confirms: the person is a lead", async () => {
    const h = harness();
    const lawyer = person(3001, "ru", "Lawyer One");
    await enrol(h, lawyer, "lawyer", "almaty", "primary");
    expect(h.telegram.texts()).toContain(i18n.t("ru", "enrol-waiting"));
    const leads = await storage.leads.all();
    expect(leads).toMatchObject([
      { chatId: 3001, kind: "person", sector: "lawyer", scope: "almaty", role: "primary", onDuty: true, locale: "ru" },
    ]);
    // In the new lead's language (Russian), not the admin's (English).
    const confirmed = h.telegram
      .callsOf("sendMessage")
      .find((c) => c.payload.chat_id === 3001 && String(c.payload.text).startsWith("Теперь вы ответственный: Адвокат"));
    expect(confirmed, h.telegram.texts().join("\n")).toBeDefined();
  });

  it("an invitation works once, and not after it expires", async () => {
    const h = harness();
    const token = await invite(h, "torture", "national", "primary");
    await h.send(command(person(3002, "en"), "start", `inv_${token}`));
    await h.send(command(person(3003, "en"), "start", `inv_${token}`));
    expect(h.telegram.texts().at(-1)).toBe(i18n.t("en", "invite-invalid"));
    await h.send(command(person(3004, "en"), "start", "inv_forgedforgedforged"));
    expect(h.telegram.texts().at(-1)).toBe(i18n.t("en", "invite-invalid"));
    await storage.db.collection("invites").updateMany({}, { $set: { expiresAt: new Date(0), usedAt: null } });
    await h.send(command(person(3005, "en"), "start", `inv_${token}`));
    expect(h.telegram.texts().at(-1)).toBe(i18n.t("en", "invite-invalid"));
  });

  it("a group enrols with /enrol and the token", async () => {
    const h = harness();
    const token = await invite(h, "right-to-call", "national", "primary");
    await h.send(groupText(person(3010, "en"), -100777, `/enrol@rights_test_bot ${token}`));
    const request = h.telegram.callsOf("sendMessage").findLast((c) => c.payload.chat_id === ADMIN.id)!;
    await h.send(press(ADMIN, buttonsOf(request).find((b) => b.data.startsWith("adm:ok:"))!.data));
    expect(await storage.leads.all()).toMatchObject([{ chatId: -100777, kind: "group", sector: "right-to-call" }]);
  });

  it("a rejected request makes no lead; only admins may invite, list or remove", async () => {
    const h = harness();
    const token = await invite(h, "lawyer", "national", "backup");
    await h.send(command(person(3020, "en"), "start", `inv_${token}`));
    const request = h.telegram.callsOf("sendMessage").findLast((c) => c.payload.chat_id === ADMIN.id)!;
    await h.send(press(ADMIN, buttonsOf(request).find((b) => b.data.startsWith("adm:no:"))!.data));
    expect(await storage.leads.all()).toEqual([]);

    const stranger = person(3021, "en");
    await h.send(command(stranger, "invite"));
    expect(h.telegram.texts().at(-1)).toBe(i18n.t("en", "admin-only"));
    await h.send(command(stranger, "leads"));
    expect(h.telegram.texts().at(-1)).toBe(i18n.t("en", "admin-only"));
    await h.send(press(stranger, "adm:role:lawyer:national:primary"));
    expect(h.telegram.last("answerCallbackQuery").payload.text).toBe(i18n.t("en", "admin-only"));
  });

  it("admins list and remove leads; leads go off duty and back", async () => {
    const h = harness();
    const lead = person(3030, "en");
    await enrol(h, lead, "journalists");
    await h.send(command(ADMIN, "leads"));
    const list = h.telegram.last("sendMessage");
    expect(list.payload.text).toContain(i18n.t("en", "leads-title", { count: 1 }));
    await h.send(command(lead, "offduty"));
    expect(h.telegram.texts().at(-1)).toBe(i18n.t("en", "duty-off"));
    expect((await storage.leads.all())[0]!.onDuty).toBe(false);
    await h.send(command(lead, "onduty"));
    expect((await storage.leads.all())[0]!.onDuty).toBe(true);
    await h.send(press(ADMIN, buttonsOf(list)[0]!.data));
    expect(await storage.leads.all()).toEqual([]);
  });
});

describe("alerts and what leads may do with them", () => {
  it("a report reaches the lead of its sector once: a placeholder, then the alert written into it", async () => {
    const h = harness();
    const lawyer = person(4001, "en");
    await enrol(h, lawyer, "lawyer", "almaty");
    const report = await submit(storage, REPORTER);
    await deliver(h);
    await deliver(h);
    const placeholders = h.telegram
      .callsOf("sendMessage")
      .filter((c) => c.payload.chat_id === 4001 && String(c.payload.text).includes(report.code));
    expect(
      placeholders,
      JSON.stringify(
        h.telegram.calls.slice(-6).map((c) => [c.method, c.payload.chat_id, c.payload.message_id, String(c.payload.text).slice(0, 40)]),
      ),
    ).toHaveLength(1);
    expect(placeholders[0]!.payload.protect_content).toBe(true);
    const alert = alertIn(h, 4001, report.code);
    expect(alert).toHaveLength(1);
    expect(alert[0]!.payload.text).toContain(i18n.t("en", "sector-lawyer"));
    expect(alert[0]!.payload.text).toContain("Subject Person");
    expect(alert[0]!.payload.text).not.toContain(String(REPORTER));
    expect(buttonsOf(alert[0]!).map((b) => b.text)).toEqual([
      i18n.t("en", "alert-take"),
      i18n.t("en", "alert-ask"),
      i18n.t("en", "alert-close"),
      i18n.t("en", "alert-hand-over"),
      "🔒 Still held",
      "🔓 Released",
      "❔ Unknown",
      "📄 Document for the reporter",
    ]);
    const placeholderId = (placeholders[0] as never as { result: { message_id: number } }).result.message_id;
    expect(alert[0]!.payload.message_id).toBe(placeholderId);
    expect(await storage.outbox.alertsFor(report.code)).toMatchObject([{ chatId: 4001, messageId: placeholderId }]);
  });

  it("a person who is no lead, and a lead of another sector, are refused; the coordinator may act", async () => {
    const h = harness();
    await enrol(h, person(4011, "en"), "lawyer", "almaty");
    const journalistsLead = person(4012, "en");
    await enrol(h, journalistsLead, "journalists");
    const coordinator = person(4013, "en");
    await enrol(h, coordinator, "coordinator");
    const report = await submit(storage, REPORTER);
    await deliver(h);

    await h.send(press(person(4999, "en"), `l:take:${report.code}`));
    expect(h.telegram.last("answerCallbackQuery").payload).toMatchObject({ text: i18n.t("en", "lead-not-allowed"), show_alert: true });
    await h.send(press(journalistsLead, `l:take:${report.code}`));
    expect(h.telegram.last("answerCallbackQuery").payload.text).toBe(i18n.t("en", "lead-not-allowed"));
    await h.send(press(person(4011, "en"), `l:take:FAKE-C2DE`)); // a forged button: a well-formed code of no report
    expect(h.telegram.last("answerCallbackQuery").payload.text).toBe(i18n.t("en", "lead-not-allowed"));
    expect((await storage.cases.forReport(report.code))[0]!.status).toBe("open");

    await h.send(press(coordinator, `l:take:${report.code}`));
    expect(h.telegram.last("answerCallbackQuery").payload.text).toBe(i18n.t("en", "lead-taken"));
    expect((await storage.cases.forReport(report.code))[0]!.status).toBe("taken");
  });

  it("take, ask, answer, close: the reporter hears each step and neither side sees the other", async () => {
    const h = harness();
    const lawyer = person(4021, "ru", "Lawyer Realname");
    await enrol(h, lawyer, "lawyer", "almaty");
    const report = await submit(storage, REPORTER);
    await deliver(h);
    const toReporter = () => h.telegram.callsOf("sendMessage").filter((c) => c.payload.chat_id === REPORTER);

    await h.send(press(lawyer, `l:take:${report.code}`));
    expect(toReporter().at(-1)!.payload.text).toBe(
      i18n.t("en", "reporter-taken", { code: report.code, sectors: i18n.t("en", "sector-lawyer") }),
    );
    await h.send(press(person(4022, "ru"), `l:take:${report.code}`));
    expect(h.telegram.last("answerCallbackQuery").payload.text).toBe(i18n.t("ru", "lead-not-allowed"));

    await h.send(press(lawyer, `l:ask:${report.code}`));
    const prompt = h.telegram.last("sendMessage");
    expect(prompt.payload.reply_markup.force_reply).toBe(true);
    await h.send(replyTo(lawyer, (prompt as never as { result: { message_id: number } }).result.message_id, "Which station exactly?"));
    const question = toReporter().at(-1)!;
    expect(question.payload.text).toContain("Which station exactly?");
    expect(question.payload.text).not.toContain("Realname");
    expect(question.payload.text).not.toContain(String(lawyer.id));

    await h.send(
      replyTo(
        person(REPORTER, "en", "Reporter Hidden"),
        (question as never as { result: { message_id: number } }).result.message_id,
        "Station 5 on Abai",
      ),
    );
    const answer = h.telegram.callsOf("sendMessage").findLast((c) => c.payload.chat_id === lawyer.id)!;
    expect(answer.payload.text).toContain("Station 5 on Abai");
    expect(answer.payload.text).not.toContain("Hidden");
    expect(answer.payload.text).not.toContain(String(REPORTER));

    await h.send(press(lawyer, `l:close:${report.code}`));
    await h.send(press(lawyer, `l:outcome:${report.code}:lawyer-provided`));
    expect(toReporter().at(-1)!.payload.text).toBe(
      i18n.t("en", "reporter-closed", { code: report.code, outcome: i18n.t("en", "outcome-lawyer-provided") }),
    );
    expect((await storage.cases.forReport(report.code))[0]).toMatchObject({ status: "closed", outcome: "lawyer-provided" });
  });

  it("Ask says so when the reporter chose no contact, and nobody tells them anything", async () => {
    const h = harness();
    const lawyer = person(4031, "en");
    await enrol(h, lawyer, "lawyer", "almaty");
    const report = await submit(storage, REPORTER, { contact: "none" });
    await deliver(h);
    await h.send(press(lawyer, `l:ask:${report.code}`));
    expect(h.telegram.texts().at(-1)).toBe(i18n.t("en", "lead-no-contact", { code: report.code }));
    await h.send(press(lawyer, `l:take:${report.code}`));
    expect(h.telegram.callsOf("sendMessage").filter((c) => c.payload.chat_id === REPORTER)).toHaveLength(0);
  });

  it("hand-over sends the report to another sector's lead", async () => {
    const h = harness();
    const lawyer = person(4041, "en");
    await enrol(h, lawyer, "lawyer", "almaty");
    const torture = person(4042, "en");
    await enrol(h, torture, "torture");
    const report = await submit(storage, REPORTER);
    await deliver(h);
    await h.send(press(lawyer, `l:hand:${report.code}`));
    await h.send(press(lawyer, `l:handto:${report.code}:torture`));
    await deliver(h);
    expect(alertIn(h, torture.id, report.code)).toHaveLength(1);
    expect((await storage.cases.get(report.code, "lawyer"))!.outcome).toBe("handed-over");
    expect((await storage.cases.get(report.code, "torture"))!.status).toBe("open");
  });

  it("evidence is copied, never forwarded, and protected", async () => {
    const h = harness();
    const documentation = person(4051, "en");
    await enrol(h, documentation, "documentation");
    const report = await submit(storage, REPORTER, {
      evidence: {
        items: [{ kind: "photo", messageId: 77, fileId: "F1", fileUniqueId: "U1", size: 10, mime: "image/jpeg", receivedAt: now }],
        done: true,
      },
    });
    await deliver(h);
    await h.send(press(documentation, `l:evidence:${report.code}`));
    expect(h.telegram.callsOf("forwardMessage")).toHaveLength(0);
    expect(h.telegram.last("copyMessage").payload).toMatchObject({
      chat_id: documentation.id,
      from_chat_id: REPORTER,
      message_id: 77,
      protect_content: true,
    });
  });

  it("once the reporter link is dropped (retention), evidence still reaches the lead by file id, and Ask says there is no contact", async () => {
    const h = harness();
    const documentation = person(4052, "en");
    await enrol(h, documentation, "documentation");
    const report = await submit(storage, REPORTER, {
      evidence: {
        items: [{ kind: "photo", messageId: 78, fileId: "F2", fileUniqueId: "U2", size: 10, mime: "image/jpeg", receivedAt: now }],
        done: true,
      },
    });
    await deliver(h);
    expect(await storage.reports.dropReporterLinks([report.code])).toBe(1);
    await h.send(press(documentation, `l:evidence:${report.code}`));
    expect(h.telegram.callsOf("copyMessage")).toHaveLength(0);
    expect(h.telegram.last("sendPhoto").payload).toMatchObject({ chat_id: documentation.id, photo: "F2", protect_content: true });
    await h.send(press(documentation, `l:ask:${report.code}`));
    expect(h.telegram.texts().at(-1)).toBe(i18n.t("en", "lead-no-contact", { code: report.code }));
  });
});

describe("escalation and overview", () => {
  it("an alert nobody takes goes to the backup after the sector's delay, then to the coordinator", async () => {
    const h = harness();
    const primary = person(5001, "en");
    const backup = person(5002, "en");
    const coordinator = person(5003, "en");
    await enrol(h, primary, "lawyer", "almaty", "primary");
    await enrol(h, backup, "lawyer", "national", "backup");
    await enrol(h, coordinator, "coordinator");
    const report = await submit(storage, REPORTER);
    await deliver(h);
    expect(alertIn(h, primary.id, report.code)).toHaveLength(1);
    expect(alertIn(h, backup.id, report.code)).toHaveLength(0);

    now += 9 * 60_000;
    await deliver(h);
    expect(alertIn(h, backup.id, report.code)).toHaveLength(0);
    now += 1 * 60_000; // lawyer: 10 minutes
    await deliver(h);
    expect(alertIn(h, backup.id, report.code)).toHaveLength(1);
    expect(alertIn(h, coordinator.id, report.code)).toHaveLength(0);
    now += 10 * 60_000;
    await deliver(h);
    expect(alertIn(h, coordinator.id, report.code)).toHaveLength(1);
    now += 60 * 60_000;
    await deliver(h);
    expect(alertIn(h, coordinator.id, report.code)).toHaveLength(1);
  });

  it("a taken case does not escalate", async () => {
    const h = harness();
    const primary = person(5011, "en");
    await enrol(h, primary, "lawyer", "almaty", "primary");
    await enrol(h, person(5012, "en"), "lawyer", "national", "backup");
    const report = await submit(storage, REPORTER);
    await deliver(h);
    await h.send(press(primary, `l:take:${report.code}`));
    now += 60 * 60_000;
    await deliver(h);
    expect(alertIn(h, 5012, report.code)).toHaveLength(0);
  });

  it("/cases shows a lead their open cases and the coordinator all of them by sector", async () => {
    const h = harness();
    const lawyer = person(5021, "en");
    const coordinator = person(5022, "en");
    await enrol(h, lawyer, "lawyer", "almaty");
    await enrol(h, coordinator, "coordinator");
    const a = await submit(storage, REPORTER);
    const b = await submit(storage, REPORTER, { lawyer: "admitted", relatives: "no" });
    await deliver(h);
    now += 90 * 60_000;
    await h.send(command(lawyer, "cases"));
    const mine = String(h.telegram.last("sendMessage").payload.text);
    expect(mine).toContain(a.code);
    expect(mine).not.toContain(b.code);
    await h.send(command(coordinator, "cases"));
    const all = String(h.telegram.last("sendMessage").payload.text);
    expect(all).toContain(a.code);
    expect(all).toContain(b.code);
    expect(all).toContain(i18n.t("en", "sector-right-to-call"));
    await h.send(command(person(5099, "en"), "cases"));
    expect(h.telegram.texts().at(-1)).toBe(i18n.t("en", "cases-not-lead"));
  });

  it("with nobody enrolled, the admins receive the alert", async () => {
    const h = harness();
    const report = await submit(storage, REPORTER);
    await deliver(h);
    expect(alertIn(h, ADMIN.id, report.code)).toHaveLength(1);
  });
});
