/**
 * Reliability runs over HTTP with the real process (`npm start`):
 * (a) a Bot API that fails 20% of calls (429 with retry_after 1–3 s, 5xx,
 *     connections dropped before or after the call is carried out);
 * (b) the bot killed with SIGKILL at random moments and restarted, while
 *     reports keep coming.
 * Each: 200 reports, every alert delivered exactly once. Bounded in time.
 */
import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, inject, it } from "vitest";
import { REGION_IDS } from "../src/shared/regions.js";
import type { Sector } from "../src/shared/vocabulary.js";
import type { Lead } from "../src/routing/leads.js";
import { recipientsFor } from "../src/routing/recipients.js";
import { Cipher } from "../src/security/cipher.js";
import { deriveKey } from "../src/security/data-key.js";
import { alertLedger, seededRandom } from "./helpers/alert-ledger.js";
import { startBotProcess, type BotProcess } from "./helpers/bot-process.js";
import { FakeBotApiServer } from "./helpers/fake-bot-api-server.js";
import { sampleReport } from "./helpers/sample-report.js";
import { openTestStorage } from "./helpers/test-storage.js";

const REPORTS = 200;
const RUN_LIMIT_MS = 240_000;

interface Setup {
  storage: Awaited<ReturnType<typeof openTestStorage>>;
  api: FakeBotApiServer;
  env: Record<string, string>;
  leads: Lead[];
}

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
});

/** A fresh database with leads in every region, a fake Bot API, and the environment for `npm start`. */
async function setUp(): Promise<Setup> {
  const master = randomBytes(32);
  const dbName = `reliability_${randomBytes(4).toString("hex")}`;
  const storage = await openTestStorage(dbName, new Cipher(deriveKey(master, "reports")));
  cleanups.push(() => storage.drop());
  let chat = 600_000;
  for (const region of REGION_IDS) {
    for (const sector of ["lawyer", "right-to-call"] as Sector[]) {
      await storage.leads.add({
        chatId: chat++,
        kind: "person",
        sector,
        scope: region,
        role: "primary",
        onDuty: true,
        locale: "ru",
        label: "lead",
      });
    }
  }
  await storage.leads.add({
    chatId: -100_600_001,
    kind: "group",
    sector: "torture",
    scope: "national",
    role: "primary",
    onDuty: true,
    locale: "kk",
    label: "group",
  });
  await storage.leads.add({
    chatId: chat,
    kind: "person",
    sector: "coordinator",
    scope: "national",
    role: "primary",
    onDuty: true,
    locale: "en",
    label: "coordinator",
  });
  const api = new FakeBotApiServer();
  await api.start();
  cleanups.push(() => api.stop());
  const uri = inject("mongoUri").replace(/\/?$/, "/");
  return {
    storage,
    api,
    leads: await storage.leads.all(),
    env: {
      BOT_TOKEN: "123456:RELIABILITY",
      TELEGRAM_API_ROOT: api.url,
      MONGODB_URI: `${uri}${dbName}`,
      REPORTS_KEY: master.toString("base64"),
      LOG_LEVEL: "warn",
    },
  };
}

/**
 * The i-th report: regions in turn; for the lawyer, the right to a call, or
 * both; every 20th also ill-treatment, for the torture sector's group chat
 * (a group takes 20 messages a minute: more would only measure the wait).
 */
function reportNumber(i: number) {
  const kind = i % 3;
  return sampleReport({
    region: REGION_IDS[i % REGION_IDS.length],
    lawyer: kind === 1 ? "admitted" : "refused",
    relatives: kind === 0 ? "yes" : "no",
    ...(i % 20 === 19
      ? { alsoIll: "yes", illKinds: ["beating"], injuries: "yes", medical: "unknown", illBy: "police", lifeThreat: "no" }
      : {}),
  } as never);
}

/** Waits until every expected alert is in, then checks that none was written twice. */
async function expectExactlyOnce(setup: Setup, expected: Set<string>, deadline: number) {
  let ledger = alertLedger(setup.api.performed);
  while (Date.now() < deadline && ([...expected].some((key) => !ledger.has(key)) || (await setup.storage.outbox.pendingCount()) > 0)) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    ledger = alertLedger(setup.api.performed);
  }
  const missing = [...expected].filter((key) => !ledger.has(key));
  const twice = [...ledger].filter(([, ids]) => ids.size > 1).map(([key]) => key);
  const unexpected = [...ledger.keys()].filter((key) => !expected.has(key));
  if (missing.length > 0) {
    const jobs = await setup.storage.outbox.jobs.find({}).toArray();
    const routing = await setup.storage.outbox.pendingRouting(10);
    const calls = setup.api.calls
      .filter((c) => missing.some((key) => key.endsWith(`|${c.payload.chat_id}`)))
      .slice(-20)
      .map((c) => `${c.method} ${c.payload.chat_id} ${c.payload.message_id ?? ""} ${String(c.payload.text ?? "").slice(0, 40)}`);
    console.log(JSON.stringify({ missing, jobs, routing, calls }, null, 1));
  }
  expect({ missing, twice, unexpected }).toEqual({ missing: [], twice: [], unexpected: [] });
  return ledger;
}

function expectedAlerts(setup: Setup, reports: ReturnType<typeof reportNumber>[]): Set<string> {
  const keys = new Set<string>();
  for (const report of reports)
    for (const r of recipientsFor(setup.leads, report.derived.sectors, report.where.region)) keys.add(`${report.code}|${r.chatId}`);
  return keys;
}

describe("reliability", () => {
  it(
    `(a) ${REPORTS} reports through a Bot API failing 20% of calls: every alert exactly once`,
    async () => {
      const setup = await setUp();
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
      const setup = await setUp();
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
