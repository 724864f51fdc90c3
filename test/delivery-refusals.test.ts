/**
 * Issue 9 §5: what Telegram refuses must not lose a report. Texts are cut on
 * whole characters; an alert refused for good reaches the coordinators as an
 * error; a relayed text that would overflow is refused politely; a reply that
 * arrives before the relay link is stored still reaches the lead.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { clipText } from "../src/shared/text.js";
import { NO_ALLIANCE, type AllianceConfig } from "../src/config/alliance.js";
import type { Lead } from "../src/routing/leads.js";
import { wellFormed } from "../playground/bot-api/results.js";
import { createTestBot } from "./helpers/harness.js";
import { submit } from "./helpers/sample-report.js";
import { openTestStorage } from "./helpers/test-storage.js";
import { command, person, press, replyTo } from "./helpers/updates.js";

const ADMIN = person(7_100_001, "en", "Admin");
const LAWYER = person(7_100_002, "en", "Lawyer");
const COORDINATOR = person(7_100_003, "kk", "Coordinator");
const REPORTER = person(7_100_004, "en", "Reporter");
const alliance: AllianceConfig = { ...NO_ALLIANCE, admins: [ADMIN.id] };

let storage: Awaited<ReturnType<typeof openTestStorage>>;
beforeEach(async () => {
  storage = await openTestStorage();
});
afterEach(() => storage.drop());

const lead = (who: typeof LAWYER, sector: Lead["sector"], locale: Lead["locale"]): Omit<Lead, "id"> => ({
  chatId: who.id,
  kind: "person",
  sector,
  scope: "national",
  role: "primary",
  onDuty: true,
  locale,
  label: who.first_name,
});

async function deliver(h: ReturnType<typeof createTestBot>) {
  await h.delivery.router.runOnce();
  await h.delivery.dispatcher.drain();
}

describe("clipping on whole characters", () => {
  it("never cuts an emoji, a skin tone or a family in half, and stays within the limit", () => {
    const family = "👨‍👩‍👧‍👦";
    expect(clipText(`${"a".repeat(8)}${family}bc`, 10)).toBe(`${"a".repeat(8)}…`);
    expect(clipText(`ab👍🏽cd`, 5)).toBe("ab…");
    expect(clipText("short", 10)).toBe("short");
    for (let max = 2; max < 30; max++) {
      const clipped = clipText(`x${family}y👍🏽z🇰🇿`.repeat(3), max);
      expect(clipped.length).toBeLessThanOrEqual(max);
      expect(wellFormed(clipped)).toBe(true);
    }
  });

  it("an account cut in the middle of an emoji still reaches the lead as an alert, not only a placeholder", async () => {
    const h = createTestBot(storage, { alliance });
    await storage.leads.add(lead(LAWYER, "lawyer", "en"));
    // The alert shows 599 characters of the account: the 599th is the first half of 👍🏽.
    const report = await submit(storage, REPORTER.id, { account: `${"a".repeat(598)}👍🏽 and more after it` });
    await deliver(h);
    const alert = h.telegram.callsOf("editMessageText").find((c) => c.payload.chat_id === LAWYER.id);
    expect(alert?.payload.text).toContain(report.code);
    expect(alert?.payload.text).toContain(`${"a".repeat(598)}…`);
    expect(wellFormed(String(alert?.payload.text))).toBe(true);
  });
});

describe("an alert Telegram refuses for good", () => {
  it("reaches the coordinator and the admins as an error with the report's code, not its content, and is logged", async () => {
    const h = createTestBot(storage, { alliance });
    // The admin's Telegram app is in English; they chose Russian with /language.
    await h.send(command(ADMIN, "language"));
    await h.send(press(ADMIN, "lang:ru"));
    await storage.leads.add(lead(LAWYER, "lawyer", "en"));
    await storage.leads.add(lead(COORDINATOR, "coordinator", "kk"));
    h.telegram.responder = ({ method, payload }) =>
      method === "editMessageText" && payload.chat_id === LAWYER.id
        ? { ok: false, error_code: 400, description: "Bad Request: can't parse entities" }
        : undefined;
    const report = await submit(storage, REPORTER.id, { account: "Secret account words" });
    await deliver(h);

    const notices = h.telegram
      .callsOf("sendMessage")
      .filter((c) => c.payload.chat_id !== LAWYER.id && String(c.payload.text).startsWith("⚠️"));
    const to = (chat: number) => String(notices.find((c) => c.payload.chat_id === chat)?.payload.text);
    expect(to(COORDINATOR.id)).toBe(
      `⚠️ Telegram ${report.code} хабарламасы туралы жауапты адамға хабарламаны қабылдамады, сондықтан ол жетпеді. Оны /cases арқылы ашып, біреудің қолға алғанына көз жеткізіңіз.`,
    );
    // In the admin's chosen language, not their app's.
    expect(to(ADMIN.id)).toContain(`Telegram отклонил оповещение об обращении ${report.code}`);
    for (const notice of notices) expect(notice.payload.text).not.toContain("Secret");
    const log = h.logLines.join("\n");
    expect(log).toContain("Telegram refused an alert");
    expect(log).toContain(report.code);
    expect(log).not.toContain("Secret account words");
  });
});

describe("relaying between a lead and a reporter", () => {
  async function askedCase() {
    const h = createTestBot(storage, { alliance });
    await storage.leads.add(lead(LAWYER, "lawyer", "en"));
    const report = await submit(storage, REPORTER.id);
    await deliver(h);
    await h.send(press(LAWYER, `l:ask:${report.code}`));
    const prompt = h.telegram.callsOf("sendMessage").findLast((c) => c.payload.chat_id === LAWYER.id)!;
    return { h, report, promptId: (prompt as { result?: { message_id: number } }).result!.message_id };
  }

  it("a reporter's reply that arrives before the relay link is stored still reaches the lead", async () => {
    const { h, promptId } = await askedCase();
    const QUESTION_ID = 990_001;
    // Telegram delivers the question, and the reporter answers, before the bot has the answer to sendMessage.
    h.telegram.responder = ({ method, payload }) =>
      method === "sendMessage" && payload.chat_id === REPORTER.id
        ? { ok: true, result: { message_id: QUESTION_ID, date: 0, chat: { id: REPORTER.id, type: "private" }, text: payload.text } }
        : undefined;
    let replied = false;
    h.telegram.during = async ({ method, payload }) => {
      if (replied || method !== "sendMessage" || payload.chat_id !== REPORTER.id) return;
      replied = true;
      await h.send(replyTo(REPORTER, QUESTION_ID, "He is at station 7"));
    };
    await h.send(replyTo(LAWYER, promptId, "Where is he now?"));

    const toLead = h.telegram.callsOf("sendMessage").filter((c) => c.payload.chat_id === LAWYER.id);
    expect(toLead.some((c) => String(c.payload.text).endsWith("He is at station 7"))).toBe(true);
    expect(
      h.telegram.callsOf("sendMessage").some((c) => c.payload.chat_id === REPORTER.id && c.payload.text === "Your answer was passed on."),
    ).toBe(true);
    // Settled: the waiting link is gone, the link by message id stays.
    expect(await storage.db.collection("relays").countDocuments()).toBe(3);
  });

  it("a question too long for one message with its heading is not sent, and the lead is told how long it may be", async () => {
    const { h } = await askedCase();
    const { promptId } = {
      promptId: (h.telegram.callsOf("sendMessage").findLast((c) => c.payload.chat_id === LAWYER.id) as { result?: { message_id: number } })
        .result!.message_id,
    };
    h.telegram.clear();
    await h.send(replyTo(LAWYER, promptId, "Q".repeat(4_090)));
    expect(h.telegram.callsOf("sendMessage").filter((c) => c.payload.chat_id === REPORTER.id)).toHaveLength(0);
    const told = String(h.telegram.last("sendMessage").payload.text);
    expect(told).toMatch(/^Your message was not sent: it is too long\. It may be at most (\d+) characters\./);
    const max = Number(/at most (\d+)/.exec(told)![1]);
    expect(max).toBeGreaterThan(3_900);
    expect(max).toBeLessThan(4_096);
    // Exactly the limit goes through.
    await h.send(replyTo(LAWYER, promptId, "Q".repeat(max)));
    expect(h.telegram.callsOf("sendMessage").filter((c) => c.payload.chat_id === REPORTER.id)).toHaveLength(1);
  });
});
