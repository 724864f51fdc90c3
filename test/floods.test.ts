/**
 * Issue 9 §4: floods and junk. Messages per minute, reports per hour (kept
 * across a restart), demotion and fair queueing of a flooder's alerts, files
 * per report and duplicate files, and the bound on what bad answers leave in
 * the stored form state.
 */
import type { Update } from "grammy/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_LIMITS, type Limits } from "../src/config/limits.js";
import { loadEnvConfig } from "../src/config/env.js";
import { NO_ALLIANCE } from "../src/config/alliance.js";
import { pseudonymizer } from "../src/security/data-key.js";
import { FormWalker } from "./helpers/form-walker.js";
import { createTestBot } from "./helpers/harness.js";
import { answerSteps, walkDetention } from "./helpers/report-scripts.js";
import { formStepsBefore, PERSON_DETENTION } from "./helpers/form-script.js";
import { openTestStorage } from "./helpers/test-storage.js";
import { command, person, photo, press, text, type Person } from "./helpers/updates.js";

const ADMIN = person(8_200_001, "en", "Admin");
const alliance = { ...NO_ALLIANCE, admins: [ADMIN.id] };
let storage: Awaited<ReturnType<typeof openTestStorage>>;
let nextUser = 8_300_000;
let offset = 0;
beforeEach(async () => {
  storage = await openTestStorage();
  offset = 0;
});
afterEach(() => storage.drop());

function bot(limits: Partial<Limits> = {}) {
  return createTestBot(storage, {
    alliance,
    limits: { ...DEFAULT_LIMITS, messagesPerMinute: 10_000, ...limits },
    now: () => Date.now() + offset,
  });
}

/** Walks a whole detention report and submits it; returns its reference code. */
async function report(h: ReturnType<typeof bot>, user: Person): Promise<string> {
  const walker = new FormWalker(h.telegram, h.send, user);
  await walkDetention({ walker, send: h.send, user, locale: "en" });
  await walker.choose("submit");
  const ack = h.telegram.texts().findLast((t) => /[2-9A-Z]{4}-[2-9A-Z]{4}/.test(t))!;
  return /([2-9A-Z]{4}-[2-9A-Z]{4})/.exec(ack)![1]!;
}

const repliesTo = (h: ReturnType<typeof bot>, user: Person) =>
  h.telegram
    .callsOf("sendMessage")
    .filter((c) => c.payload.chat_id === user.id)
    .map((c) => String(c.payload.text));

describe("messages per minute", () => {
  it("beyond the limit: one polite line in the person's language, then nothing; buttons still answered; others unaffected; a minute later it works again", async () => {
    const h = bot({ messagesPerMinute: 10 });
    const flooder = person(nextUser++, "ru");
    for (let i = 0; i < 14; i++) await h.send(text(flooder, `spam ${i}`));
    const replies = repliesTo(h, flooder);
    expect(replies).toHaveLength(11);
    expect(replies.at(-1)).toBe(
      "Вы отправляете сообщения очень быстро. Пожалуйста, подождите минуту: последние не были прочитаны. Потом продолжите с того же места.",
    );

    await h.send(press(flooder, "rights"));
    expect(h.telegram.last("answerCallbackQuery").payload).toMatchObject({ callback_query_id: expect.any(String) });
    expect(h.telegram.callsOf("editMessageText")).toHaveLength(0);

    const other = person(nextUser++, "en");
    await h.send(text(other, "hello?"));
    expect(repliesTo(h, other)).toHaveLength(1);

    offset = 61_000;
    await h.send(text(flooder, "back"));
    expect(repliesTo(h, flooder)).toHaveLength(12);
    expect(repliesTo(h, flooder).at(-1)).not.toContain("очень быстро");
  });
});

describe("reports per hour", () => {
  it("a third report in the hour is refused politely, a restart does not reset the count, an hour later it is allowed", async () => {
    const h = bot({ reportsPerHour: 2 });
    const flooder = person(nextUser++, "en");
    await report(h, flooder);
    await report(h, flooder);
    h.telegram.clear();
    await h.send(press(flooder, "report:detention"));
    expect(repliesTo(h, flooder)).toEqual([
      "You have sent 2 reports in the last hour. You can start another in 60 min. Your reports were received.",
    ]);

    const restarted = bot({ reportsPerHour: 2 });
    await restarted.send(press(flooder, "report:detention"));
    expect(repliesTo(restarted, flooder)).toEqual([
      "You have sent 2 reports in the last hour. You can start another in 60 min. Your reports were received.",
    ]);
    // Nothing that identifies the person is in clear in the count.
    const [count] = await storage.db.collection("report_intake").find().toArray();
    expect(JSON.stringify(count)).not.toContain(String(flooder.id));

    offset = 61 * 60_000;
    await restarted.send(press(flooder, "report:detention"));
    expect(repliesTo(restarted, flooder).at(-1)).toContain("Who are you");
  });
});

describe("a flooder's alerts", () => {
  it("beyond the first in the hour are not urgent, and another reporter's first report goes before the flooder's second", async () => {
    const h = bot({ reportsPerHour: 5, topPriorityReportsPerHour: 1 });
    const flooder = person(nextUser++, "en");
    const real = person(nextUser++, "en");
    const junk = [await report(h, flooder), await report(h, flooder), await report(h, flooder)];
    const genuine = await report(h, real);
    await h.delivery.router.runOnce();

    const jobs = await storage.db.collection("outbox").find().toArray();
    const rankOf = (code: string) => jobs.find((j) => j.code === code)!.rank as number;
    expect(rankOf(junk[0]!)).toBeGreaterThan(0);
    expect(rankOf(junk[1]!)).toBe(0);
    expect(rankOf(junk[2]!)).toBe(0);
    expect(rankOf(genuine)).toBe(rankOf(junk[0]!));

    await h.delivery.dispatcher.drain();
    const order = h.telegram
      .callsOf("sendMessage")
      .filter((c) => c.payload.chat_id === ADMIN.id)
      .map((c) => /([2-9A-Z]{4}-[2-9A-Z]{4})/.exec(String(c.payload.text))?.[1]);
    expect(order).toEqual([junk[0], genuine, junk[1], junk[2]]);
  });
});

describe("files of a report", () => {
  async function atEvidence(limits: Partial<Limits>) {
    const h = bot(limits);
    const user = person(nextUser++, "en");
    const walker = new FormWalker(h.telegram, h.send, user);
    await h.send(command(user, "start"));
    await walker.choose("report:detention");
    const inputs = {
      ...PERSON_DETENTION,
      subject: "group",
      groupSize: "2-5",
      groupMinors: "no",
      groupJournalists: "no",
      place: "Skip",
    } as const;
    await answerSteps({ walker, send: h.send, user, locale: "en" }, formStepsBefore("detention", inputs, "evidence"));
    expect(walker.question()).toContain("Send photos, videos");
    return { h, user, walker };
  }

  it("a file sent twice (same file_unique_id) is kept once, with a short line", async () => {
    const { h, user, walker } = await atEvidence({});
    const first = photo(user);
    const again = structuredClone(first) as Update;
    again.update_id += 1_000_000;
    again.message!.message_id += 1_000_000;
    await h.send(first);
    await h.send(again);
    expect(h.telegram.texts().at(-1)).toBe("This file is already attached to the report.");
    await walker.choose("done");
    await walker.choose("bot");
    expect(walker.question()).toMatch(/Files:<\/b> 1\b/);
  });

  it("files beyond FILES_PER_REPORT are refused with the configured number", async () => {
    const { h, user } = await atEvidence({ filesPerReport: 2 });
    await h.send(photo(user));
    await h.send(photo(user));
    await h.send(photo(user));
    expect(h.telegram.texts()).toContain("That is the limit of 2 files. Please press Done.");
  });
});

describe("bad answers", () => {
  it("many bad answers to one question do not grow the stored form state, and the form goes on", async () => {
    const h = bot();
    const user = person(nextUser++, "en");
    const walker = new FormWalker(h.telegram, h.send, user);
    await h.send(command(user, "start"));
    await walker.choose("report:detention");
    const question = walker.question();
    const state = async () => JSON.stringify(await storage.conversations.read(pseudonymizer(h.deps.pseudonymKey)(user.id))).length;
    const bad = (i: number) => text(user, `${i} ${"not a button ".repeat(150)}`);
    for (let i = 0; i < 6; i++) await h.send(bad(i));
    const early = await state();
    for (let i = 6; i < 60; i++) await h.send(bad(i));
    const late = await state();
    // Each bad answer is 2,000 characters: kept, 54 more would add over 100 KB.
    expect(late).toBeLessThan(early + 2_000);
    expect(late).toBeLessThan(20_000);
    expect(h.telegram.texts().at(-1)).toBe(question);
    await walker.choose("witness");
    expect(walker.question()).not.toBe(question);
  });
});

describe("the limits are configuration", () => {
  it("documented defaults, set from the environment, a wrong value named in one line", () => {
    const TOKEN = "123456:ABC-def_ghi";
    expect(loadEnvConfig({ BOT_TOKEN: TOKEN }).limits).toEqual({
      reportsPerHour: 5,
      topPriorityReportsPerHour: 2,
      filesPerReport: 20,
      messagesPerMinute: 60,
    });
    expect(
      loadEnvConfig({
        BOT_TOKEN: TOKEN,
        REPORTS_PER_HOUR: "3",
        TOP_PRIORITY_REPORTS_PER_HOUR: "0",
        FILES_PER_REPORT: "10",
        MESSAGES_PER_MINUTE: "30",
      }).limits,
    ).toEqual({
      reportsPerHour: 3,
      topPriorityReportsPerHour: 0,
      filesPerReport: 10,
      messagesPerMinute: 30,
    });
    expect(() => loadEnvConfig({ BOT_TOKEN: TOKEN, FILES_PER_REPORT: "50" })).toThrow("FILES_PER_REPORT: must be at most 20");
    expect(() => loadEnvConfig({ BOT_TOKEN: TOKEN, REPORTS_PER_HOUR: "lots" })).toThrow("REPORTS_PER_HOUR: must be a whole number");
  });
});
