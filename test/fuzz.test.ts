/**
 * Issue 9, "Done when": 10,000 random and malformed updates, interleaved with
 * real reports and a lead's work on them. Nothing throws, every button press
 * is answered, every outgoing text and keyboard is within Telegram's limits,
 * and every real report is stored and reaches the lead.
 *
 * Seeded: a failure names its seed (FUZZ_SEED=<n> npm test -- test/fuzz.test.ts
 * repeats it exactly).
 */
import type { Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NO_ALLIANCE } from "../src/config/alliance.js";
import { invalidRequest, wellFormed, type ApiCall } from "../playground/bot-api/results.js";
import { buttonsOf } from "./helpers/fake-telegram.js";
import { FormWalker } from "./helpers/form-walker.js";
import { FuzzUpdates, seededRandom } from "./helpers/fuzz-updates.js";
import { BOT_INFO, createTestBot } from "./helpers/harness.js";
import { walkDetention, walkIllTreatment } from "./helpers/report-scripts.js";
import { openTestStorage } from "./helpers/test-storage.js";
import { person, press, replyTo } from "./helpers/updates.js";

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_203);
const FUZZ_UPDATES = 10_000;
const REPORTERS = 6;

const ADMIN = person(9_000_001, "ru", "Admin");
const LEAD = person(9_000_002, "en", "Coordinator");
let storage: Awaited<ReturnType<typeof openTestStorage>>;
beforeAll(async () => {
  storage = await openTestStorage();
});
afterAll(() => storage.drop());

/** Why Telegram would refuse this call, beyond what the fake refuses anyway; undefined if it is fine. */
function outOfLimits(call: ApiCall): string | undefined {
  const invalid = invalidRequest(call);
  if (invalid) return invalid;
  const keyboard: Array<Array<{ text?: string } | string>> = call.payload.reply_markup?.keyboard ?? [];
  for (const button of keyboard.flat()) {
    const label = typeof button === "string" ? button : button.text;
    if (!label || !wellFormed(label)) return "reply keyboard button without a well-formed text";
  }
  if (buttonsOf(call).length > 100) return "more than 100 inline buttons";
  return undefined;
}

describe(`fuzz (seed ${SEED})`, () => {
  it(`${FUZZ_UPDATES} random and malformed updates among real reports: no throw, every press answered, every message within Telegram's limits`, async () => {
    const h = createTestBot(storage, { alliance: { ...NO_ALLIANCE, admins: [ADMIN.id] } });
    await storage.leads.add({
      chatId: LEAD.id,
      kind: "person",
      sector: "coordinator",
      scope: "national",
      role: "primary",
      onDuty: true,
      locale: "en",
      label: "Coordinator",
    });
    const random = seededRandom(SEED);
    const fuzz = new FuzzUpdates(
      random,
      { users: Array.from({ length: 300 }, (_, i) => 9_100_000 + i), groups: Array.from({ length: 10 }, (_, i) => -1_009_000 - i) },
      BOT_INFO.id,
    );

    const pressed = new Map<string, string>();
    const thrown: string[] = [];
    const deliver = async (update: Update) => {
      if (update.callback_query)
        pressed.set(
          update.callback_query.id,
          JSON.stringify({
            data: update.callback_query.data,
            game: update.callback_query.game_short_name,
            chat: update.callback_query.message?.chat.type,
            inline: update.callback_query.inline_message_id,
          }),
        );
      await h.send(update).catch((error: Error) => thrown.push(`${error.message} in ${JSON.stringify(update).slice(0, 300)}`));
    };
    let sentFuzz = 0;
    const burst = async (n: number) => {
      for (let i = 0; i < n && sentFuzz < FUZZ_UPDATES; i++, sentFuzz++) await deliver(fuzz.next());
    };
    // Real updates go out between bursts of fuzz.
    const interleaved = async (update: Update) => {
      await burst(35);
      await deliver(update);
    };

    const codes: string[] = [];
    for (let r = 0; r < REPORTERS; r++) {
      const locale = ["kk", "ru", "en"][r % 3]!;
      const user = person(9_200_000 + r, locale, "Real Reporter");
      const walker = new FormWalker(h.telegram, interleaved, user);
      await (r % 2 === 0 ? walkDetention : walkIllTreatment)({ walker, send: interleaved, user, locale });
      await walker.choose("submit");
      const ack = h.telegram
        .callsOf("sendMessage")
        .findLast((c) => c.payload.chat_id === user.id && /[2-9A-Z]{4}-[2-9A-Z]{4}/.test(String(c.payload.text)));
      codes.push(/([2-9A-Z]{4}-[2-9A-Z]{4})/.exec(String(ack?.payload.text))![1]!);

      // The lead gets the alert, takes it and asks; a 5,000-character question is refused, a short one goes through.
      await h.delivery.router.runOnce();
      await h.delivery.dispatcher.drain();
      const code = codes.at(-1)!;
      await interleaved(press(LEAD, `l:take:${code}`));
      await interleaved(press(LEAD, `l:ask:${code}`));
      const prompt = h.telegram.callsOf("sendMessage").findLast((c) => c.payload.chat_id === LEAD.id) as ApiCall & {
        result?: { message_id: number };
      };
      if (r % 2 === 0) {
        await interleaved(replyTo(LEAD, prompt.result!.message_id, `${"؟ ".repeat(2_500)}`));
        await interleaved(replyTo(LEAD, prompt.result!.message_id, "Is he still there? 👍🏽"));
      }
    }
    await burst(FUZZ_UPDATES);
    await h.delivery.router.runOnce();
    await h.delivery.dispatcher.drain();

    expect(sentFuzz).toBe(FUZZ_UPDATES);
    expect(thrown).toEqual([]);
    const failures = h.logLines.filter((line) => line.includes("update handling failed"));
    expect(failures.slice(0, 3)).toEqual([]);

    const problems = h.telegram.calls.map((call) => [call.method, outOfLimits(call)]).filter(([, problem]) => problem);
    expect(problems.slice(0, 5)).toEqual([]);

    const answered = new Set(h.telegram.callsOf("answerCallbackQuery").map((c) => String(c.payload.callback_query_id)));
    const unanswered = [...pressed].filter(([id]) => !answered.has(id)).map(([id, what]) => `${id} ${what}`);
    expect(unanswered.slice(0, 5)).toEqual([]);

    // Every real report is stored and its alert reached the lead (edited into the placeholder).
    for (const code of codes) {
      expect(await storage.reports.findByCode(code)).toBeDefined();
      expect(
        h.telegram.callsOf("editMessageText").some((c) => c.payload.chat_id === LEAD.id && String(c.payload.text).includes(code)),
      ).toBe(true);
    }
    // The long question was refused with a reason, the short one reached the reporter.
    expect(h.telegram.texts().filter((t) => t.startsWith("Your message was not sent: it is too long."))).toHaveLength(REPORTERS / 2);
    expect(h.telegram.texts().filter((t) => t.endsWith("Is he still there? 👍🏽"))).toHaveLength(REPORTERS / 2);
  }, 120_000);
});
