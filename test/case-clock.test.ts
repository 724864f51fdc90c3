import { afterEach, beforeEach, describe, expect, it } from "vitest";
import pino from "pino";
import { Api } from "grammy";
import { NO_ALLIANCE, type AllianceConfig } from "../src/config/alliance.js";
import { endOfQuiet, isQuietTime, nextReminderAt } from "../src/cases/custody-clock.js";
import { CaseClock } from "../src/jobs/case-clock.js";
import { custodyReminderSender } from "../src/bot/features/leads/custody.js";
import { createMessenger } from "../src/bot/messenger.js";
import { createI18n } from "../src/telegram/i18n.js";
import { pseudonymizer } from "../src/security/data-key.js";
import type { Answers } from "../src/reports/draft.js";
import { buttonsOf } from "./helpers/fake-telegram.js";
import { createTestBot } from "./helpers/harness.js";
import { leadSteps } from "./helpers/lead-steps.js";
import { submit } from "./helpers/sample-report.js";
import { openTestStorage } from "./helpers/test-storage.js";
import { command, person, press, type Person } from "./helpers/updates.js";

const ADMIN = person(1_100_001, "en", "Admin");
const REPORTER = 2_100_001;
const alliance: AllianceConfig = { ...NO_ALLIANCE, admins: [ADMIN.id] };
const HOUR = 3_600_000;
const MINUTE = 60_000;
/** 09:00 in Almaty (UTC+5). */
const DETAINED = Date.parse("2026-12-16T04:00:00Z");

let storage: Awaited<ReturnType<typeof openTestStorage>>;
let now = DETAINED;
beforeEach(async () => {
  storage = await openTestStorage();
  now = DETAINED;
});
afterEach(() => storage.drop());

function harness() {
  return createTestBot(storage, { alliance, now: () => now }, { now: () => now });
}
type Harness = ReturnType<typeof harness>;

/** The case-clock job as the app starts it, on the test's clock; a new one is a restarted process. */
function caseClock(h: Harness) {
  const messenger = createMessenger({
    api: new Api("123456:TEST-token", { fetch: h.telegram.fetch as never }),
    storage,
    i18n: createI18n(),
    logger: pino({ level: "silent" }),
    pseudonym: pseudonymizer(h.deps.pseudonymKey),
  });
  return new CaseClock({
    cases: storage.cases,
    reports: storage.reports,
    leads: storage.leads,
    alliance,
    logger: pino({ level: "silent" }),
    now: () => now,
    remind: custodyReminderSender(messenger),
  });
}

/** A lawyer lead (in `locale`) and a detention in Almaty at 09:00 with the lawyer refused, delivered. */
async function detentionAlert(locale: "en" | "ru" | "kk", answers: Partial<Answers> = {}, reportedAt = DETAINED + HOUR) {
  const h = harness();
  const lead = person(3_100_000 + Math.floor(Math.random() * 1e5), locale, "Lawyer");
  await leadSteps(h, ADMIN).enrol(lead, "lawyer", "national");
  const report = await submit(storage, REPORTER, { when: "exact", whenExact: new Date(DETAINED).toISOString(), ...answers }, reportedAt);
  await leadSteps(h, ADMIN).deliver();
  return { h, lead, code: report.code };
}

/** The alert as it reads now: the last edit of the alert's own message (not of a reminder or a note). */
function alertText(h: Harness, chatId: number, code: string): string {
  const alerts = leadSteps(h, ADMIN).alertIn(chatId, code);
  const id = alerts.find((c) => String(c.payload.text).includes("⏱") || String(c.payload.text).includes("<code>"))!.payload.message_id;
  return String(alerts.filter((c) => c.payload.message_id === id).at(-1)!.payload.text);
}
/** A mark pressed on the alert itself. */
const alertMessages = new Map<string, number>();
function mark(h: Harness, lead: Person, code: string, value: "held" | "released" | "unknown") {
  if (!alertMessages.has(code)) {
    const alert = leadSteps(h, ADMIN)
      .alertIn(lead.id, code)
      .find((c) => String(c.payload.text).includes("<code>"))!;
    alertMessages.set(code, Number(alert.payload.message_id));
  }
  return h.send(press(lead, `l:custody:${code}:${value}`, alertMessages.get(code)));
}
const remindersTo = (h: Harness, chatId: number) =>
  h.telegram.callsOf("sendMessage").filter((c) => c.payload.chat_id === chatId && String(c.payload.text).startsWith("⏱"));

describe("how long the person has been held", () => {
  it("the alert shows it from the report's detention time, with the three marks as buttons", async () => {
    now = DETAINED + 5 * HOUR + 20 * MINUTE;
    const { h, lead, code } = await detentionAlert("en");
    expect(alertText(h, lead.id, code)).toContain("⏱ Held 5 h 20 min (since 16.12 09:00, Almaty time)");
    const alert = leadSteps(h, ADMIN).alertIn(lead.id, code).at(-1)!;
    expect(buttonsOf(alert).map((b) => b.text)).toEqual(expect.arrayContaining(["🔒 Still held", "🔓 Released", "❔ Unknown"]));
  });

  it("says 'about' when the reporter gave no exact time, in the lead's language", async () => {
    now = DETAINED + 2 * HOUR;
    const { h, lead, code } = await detentionAlert("ru", { when: "today" }, DETAINED);
    expect(alertText(h, lead.id, code)).toContain("⏱ Удерживается около 2 ч 0 мин (примерно с 16.12 09:00 по времени Алматы)");
  });

  it("/cases shows it beside each case, with the mark", async () => {
    now = DETAINED + 5 * HOUR + 20 * MINUTE;
    const { h, lead, code } = await detentionAlert("en");
    await mark(h, lead, code, "held");
    await h.send(command(lead, "cases"));
    const overview = String(h.telegram.last("sendMessage").payload.text);
    expect(overview).toContain(`<code>${code}</code>`);
    expect(overview).toContain("⏱ held 5 h 20 min · still held");
    expect(overview).not.toContain("48");
  });
});

describe("the lead's marks", () => {
  it("still held, released, unknown: stored on the case, shown on the alert, recorded in the audit trail", async () => {
    now = DETAINED + 3 * HOUR;
    const { h, lead, code } = await detentionAlert("en");
    await mark(h, lead, code, "held");
    expect(h.telegram.last("answerCallbackQuery").payload.text).toBe("Marked: still held.");
    expect(alertText(h, lead.id, code)).toContain("Marked: still held");
    expect((await storage.cases.get(code, "lawyer"))!.custody).toMatchObject({ mark: "held", chatId: lead.id });

    now += HOUR;
    await mark(h, lead, code, "released");
    const released = alertText(h, lead.id, code);
    expect(released).toContain("Marked: released");
    expect(released).not.toContain("⏱ Held");
    expect((await storage.cases.get(code, "lawyer"))!.custody?.mark).toBe("released");

    await mark(h, lead, code, "unknown");
    expect(alertText(h, lead.id, code)).toContain("Marked: unknown");
    const trail = (await storage.audit.forCode(code)).filter((e) => e.action === "marked-custody").map((e) => e.detail.custody);
    expect(trail).toEqual(["held", "released", "unknown"]);
    await h.send(command(ADMIN, "audit", code));
    expect(String(h.telegram.last("sendMessage").payload.text)).toContain("marked the detained person: still held (Lawyer)");
  });

  it("someone who is not a lead of the case cannot mark it", async () => {
    const { h, code } = await detentionAlert("en");
    const stranger = person(4_100_001, "en");
    await h.send(press(stranger, `l:custody:${code}:released`));
    expect(h.telegram.last("answerCallbackQuery").payload.show_alert).toBe(true);
    expect((await storage.cases.get(code, "lawyer"))!.custody).toBeUndefined();
  });
});

describe("the 48-hour flag (CPC art. 131)", () => {
  it("a person still held after 48 hours is flagged on the alert and in /cases, with no other figure", async () => {
    now = DETAINED + 47 * HOUR;
    const { h, lead, code } = await detentionAlert("ru");
    await mark(h, lead, code, "held");
    expect(alertText(h, lead.id, code)).not.toContain("48");

    now = DETAINED + 49 * HOUR + 5 * MINUTE;
    await mark(h, lead, code, "held");
    const alert = alertText(h, lead.id, code);
    expect(alert).toContain("⏱ Удерживается 49 ч 5 мин");
    expect(alert).toContain(
      "⚠️ Больше 48 часов. По уголовному делу УПК (ст. 131) допускает 48 часов без санкции суда: проверьте, санкционировал ли суд задержание.",
    );
    await h.send(command(lead, "cases"));
    const overview = String(h.telegram.last("sendMessage").payload.text);
    expect(overview).toContain("⚠️ больше 48 ч (ст. 131 УПК)");
    // Never an unconfirmed (U) figure: the Constitution's 72 hours, administrative terms.
    for (const text of h.telegram.texts()) expect(text).not.toMatch(/72|3 час|3 ч\b/);
  });

  it("in Kazakh and English too", async () => {
    now = DETAINED + 50 * HOUR;
    const kk = await detentionAlert("kk");
    await mark(kk.h, kk.lead, kk.code, "held");
    expect(alertText(kk.h, kk.lead.id, kk.code)).toContain(
      "⚠️ 48 сағаттан асты. Қылмыстық іс бойынша ҚПК (131-бап) сот санкциясынсыз 48 сағат ұстауға рұқсат етеді",
    );
    await storage.drop();
    storage = await openTestStorage();
    const en = await detentionAlert("en");
    await mark(en.h, en.lead, en.code, "held");
    expect(alertText(en.h, en.lead.id, en.code)).toContain(
      "⚠️ Over 48 hours. In a criminal case the CPC (art. 131) allows 48 hours without a court's authorisation",
    );
  });

  it("is not shown for a person marked released or not marked", async () => {
    now = DETAINED + 50 * HOUR;
    const { h, lead, code } = await detentionAlert("en");
    expect(alertText(h, lead.id, code)).not.toContain("Over 48 hours");
    await mark(h, lead, code, "released");
    expect(alertText(h, lead.id, code)).not.toContain("Over 48 hours");
  });
});

describe("reminders while the person is still held", () => {
  it("at 6 hours of detention, to the lead who marked it, with the marks; not twice, also after a restart", async () => {
    now = DETAINED + HOUR;
    const { h, lead, code } = await detentionAlert("en");
    await mark(h, lead, code, "held");
    h.telegram.clear();

    now = DETAINED + 6 * HOUR - MINUTE;
    expect(await caseClock(h).runOnce()).toBe(0);
    now = DETAINED + 6 * HOUR; // 15:00 in Almaty
    expect(await caseClock(h).runOnce()).toBe(1);
    const reminder = remindersTo(h, lead.id);
    expect(reminder).toHaveLength(1);
    expect(reminder[0]!.payload.text).toBe(
      `⏱ ${code}: the detained person is marked "still held". Is that still so? Update the mark below.\n⏱ Held 6 h 0 min (since 16.12 09:00, Almaty time)\nMarked: still held`,
    );
    expect(buttonsOf(reminder[0]!).map((b) => b.text)).toEqual(["🔒 Still held", "🔓 Released", "❔ Unknown"]);

    // The process restarts: a new job, the same database.
    now += MINUTE;
    expect(await caseClock(h).runOnce()).toBe(0);
    now = DETAINED + 12 * HOUR - MINUTE;
    expect(await caseClock(h).runOnce()).toBe(0);
    expect(remindersTo(h, lead.id)).toHaveLength(1);
    now = DETAINED + 12 * HOUR; // 21:00 in Almaty
    expect(await caseClock(h).runOnce()).toBe(1);
  });

  it("none at night in Almaty: the one due at 03:00 comes at 08:00", async () => {
    now = DETAINED + 13 * HOUR;
    const { h, lead, code } = await detentionAlert("en");
    await mark(h, lead, code, "held");
    h.telegram.clear();
    const clock = caseClock(h);
    for (const at of [18, 20, 22]) {
      now = DETAINED + at * HOUR; // 03:00, 05:00, 07:00 in Almaty
      expect(await clock.runOnce(), `at ${at} h`).toBe(0);
    }
    now = DETAINED + 23 * HOUR; // 08:00 in Almaty
    expect(await clock.runOnce()).toBe(1);
    expect(String(remindersTo(h, lead.id)[0]!.payload.text)).toContain("⏱ Held 23 h 0 min");
  });

  it("at night all the same when the report says life is at risk", async () => {
    now = DETAINED + 13 * HOUR;
    const { h, lead, code } = await detentionAlert("en", { alsoIll: "yes", lifeThreat: "life-threatening" });
    await mark(h, lead, code, "held");
    h.telegram.clear();
    now = DETAINED + 18 * HOUR; // 03:00 in Almaty
    expect(isQuietTime(now)).toBe(true);
    expect(await caseClock(h).runOnce()).toBe(1);
  });

  it("none after 'released' or 'unknown', and none once the case is closed", async () => {
    now = DETAINED + HOUR;
    const { h, lead, code } = await detentionAlert("en");
    await mark(h, lead, code, "held");
    await mark(h, lead, code, "released");
    h.telegram.clear();
    now = DETAINED + 6 * HOUR;
    expect(await caseClock(h).runOnce()).toBe(0);

    await mark(h, lead, code, "held");
    await mark(h, lead, code, "unknown");
    now = DETAINED + 12 * HOUR;
    expect(await caseClock(h).runOnce()).toBe(0);

    await mark(h, lead, code, "held");
    await h.send(press(lead, `l:outcome:${code}:no-action`));
    now = DETAINED + 18 * HOUR + 8 * HOUR; // past the night
    expect(await caseClock(h).runOnce()).toBe(0);
    expect(remindersTo(h, lead.id)).toHaveLength(0);
  });

  it("a mark pressed on the reminder is stored and the reminder says so", async () => {
    now = DETAINED + HOUR;
    const { h, lead, code } = await detentionAlert("en");
    await mark(h, lead, code, "held");
    now = DETAINED + 6 * HOUR;
    await caseClock(h).runOnce();
    await h.send(press(lead, `l:custody:${code}:released`, 987_654));
    expect(
      h.telegram
        .callsOf("editMessageText")
        .some((c) => c.payload.message_id === 987_654 && c.payload.text === `${code}: marked "released".`),
    ).toBe(true);
    expect((await storage.cases.get(code, "lawyer"))!.custody?.mark).toBe("released");
  });
});

describe("the schedule (pure)", () => {
  it("every 6 hours of detention, moved out of the night unless at risk", () => {
    const start = { at: DETAINED, approximate: false };
    expect(nextReminderAt(start, DETAINED + HOUR, false)).toBe(DETAINED + 6 * HOUR);
    expect(nextReminderAt(start, DETAINED + 6 * HOUR, false)).toBe(DETAINED + 12 * HOUR);
    expect(nextReminderAt(start, DETAINED + 12 * HOUR, false)).toBe(DETAINED + 23 * HOUR); // 03:00 → 08:00
    expect(nextReminderAt(start, DETAINED + 12 * HOUR, true)).toBe(DETAINED + 18 * HOUR);
    expect(endOfQuiet(Date.parse("2026-12-16T17:30:00Z"))).toBe(Date.parse("2026-12-17T03:00:00Z")); // 22:30 → 08:00
    expect(endOfQuiet(Date.parse("2026-12-16T12:34:00Z"))).toBe(Date.parse("2026-12-16T12:34:00Z"));
  });
});
