/**
 * Reliability runs over HTTP with the real process (`npm start`):
 * (a) a Bot API that fails 20% of calls (429 with retry_after 1–3 s, 5xx,
 *     connections dropped before or after the call is carried out);
 * (b) the bot killed with SIGKILL at random moments and restarted, while
 *     reports keep coming.
 * Each: 200 reports, every alert delivered exactly once. Bounded in time.
 */
import { afterEach, describe, expect, it } from "vitest";
import { seededRandom } from "./helpers/alert-ledger.js";
import { startBotProcess, type BotProcess } from "./helpers/bot-process.js";
import { expectExactlyOnce, expectedAlerts, reportNumber, setUp } from "./helpers/reliability-setup.js";

const REPORTS = 200;
const RUN_LIMIT_MS = 240_000;

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
});

describe("reliability", () => {
  it(
    `(a) ${REPORTS} reports through a Bot API failing 20% of calls: every alert exactly once`,
    async () => {
      const setup = await setUp(cleanups);
      const random = seededRandom(20261124);
      const injected = { "429": 0, "5xx": 0, "drop-before": 0, "drop-after": 0 };
      setup.api.interceptor = ({ method }) => {
        if (method === "getUpdates" || random() >= 0.2) return undefined;
        const pick = random();
        if (pick < 0.3) {
          injected["429"]++;
          return {
            ok: false,
            error_code: 429,
            description: "Too Many Requests: retry later",
            parameters: { retry_after: 1 + Math.floor(random() * 3) },
          };
        }
        if (pick < 0.6) {
          injected["5xx"]++;
          return { ok: false, error_code: random() < 0.5 ? 500 : 502, description: "Internal Server Error" };
        }
        if (pick < 0.8) {
          injected["drop-before"]++;
          return "drop";
        }
        injected["drop-after"]++;
        return "drop-after";
      };

      const started = Date.now();
      const bot = startBotProcess(setup.env);
      cleanups.push(() => bot.kill());
      const reports = Array.from({ length: REPORTS }, (_, i) => reportNumber(i));
      for (const [i, report] of reports.entries()) await setup.storage.reports.save(report, 700_000 + i);
      const expected = expectExactlyOnce(setup, expectedAlerts(setup, reports), started + RUN_LIMIT_MS);
      await expected.catch((error) => {
        throw new Error(`${(error as Error).message}\n--- bot output ---\n${bot.output().slice(-3000)}`);
      });
      const ledger = await expected;
      expect(await setup.storage.outbox.pendingCount()).toBe(0);
      expect(Object.values(injected).every((n) => n > 0)).toBe(true);
      console.log(
        `reliability (a): ${REPORTS} reports, ${ledger.size} alerts delivered exactly once in ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
          `failures injected: ${JSON.stringify(injected)} of ${setup.api.calls.filter((c) => c.method !== "getUpdates").length} calls`,
      );
    },
    RUN_LIMIT_MS + 30_000,
  );

  it(
    `(b) the bot killed with SIGKILL at random while ${REPORTS} reports arrive: none lost, none twice`,
    async () => {
      const setup = await setUp(cleanups);
      const random = seededRandom(424242);
      const started = Date.now();
      const reports = Array.from({ length: REPORTS }, (_, i) => reportNumber(i));
      let submitting = true;
      const submitter = (async () => {
        for (const [i, report] of reports.entries()) {
          await setup.storage.reports.save(report, 800_000 + i);
          await new Promise((resolve) => setTimeout(resolve, 40)); // 25 reports a second for 8 s
        }
        submitting = false;
      })();

      let bot: BotProcess = startBotProcess(setup.env);
      cleanups.push(() => bot.kill());
      let kills = 0;
      // Kill at random moments while reports arrive, and twice more after.
      while (submitting || kills < 6) {
        await new Promise((resolve) => setTimeout(resolve, 700 + random() * 2300));
        await bot.kill();
        kills++;
        bot = startBotProcess(setup.env);
      }
      await submitter;
      const ledger = await expectExactlyOnce(setup, expectedAlerts(setup, reports), started + RUN_LIMIT_MS).catch((error) => {
        throw new Error(`${(error as Error).message}\n--- last bot output ---\n${bot.output().slice(-3000)}`);
      });
      expect(await setup.storage.reports.count()).toBe(REPORTS);
      expect(await setup.storage.outbox.pendingCount()).toBe(0);
      const orphans = setup.api.performed.filter((c) => c.method === "sendMessage").length - ledger.size;
      console.log(
        `reliability (b): ${REPORTS} reports, ${kills} SIGKILLs, ${ledger.size} alerts delivered exactly once, all within ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
          `placeholders left without an alert by a kill: ${orphans}`,
      );
    },
    RUN_LIMIT_MS + 30_000,
  );
});
