/**
 * The set-up of the reliability runs over the real process (test/reliability.test.ts,
 * test/standby.test.ts): a database with leads everywhere, a fake Bot API, the
 * i-th report, and the check that every alert came exactly once.
 */
import { randomBytes } from "node:crypto";
import { expect, inject } from "vitest";
import { REGION_IDS } from "../../src/shared/regions.js";
import type { Lead } from "../../src/routing/leads.js";
import { recipientsFor } from "../../src/routing/recipients.js";
import { Cipher } from "../../src/security/cipher.js";
import { deriveKey } from "../../src/security/data-key.js";
import { alertLedger } from "./alert-ledger.js";
import { FakeBotApiServer } from "./fake-bot-api-server.js";
import { sampleReport } from "./sample-report.js";
import { openTestStorage } from "./test-storage.js";
import { seedRegionalLeads } from "./seed-leads.js";

export interface Setup {
  storage: Awaited<ReturnType<typeof openTestStorage>>;
  api: FakeBotApiServer;
  env: Record<string, string>;
  leads: Lead[];
}

/** A fresh database with leads in every region, a fake Bot API, and the environment for `npm start`. */
export async function setUp(cleanups: Array<() => Promise<unknown>>): Promise<Setup> {
  const master = randomBytes(32);
  const dbName = `reliability_${randomBytes(4).toString("hex")}`;
  const storage = await openTestStorage(dbName, new Cipher(deriveKey(master, "reports")));
  cleanups.push(() => storage.drop());
  const chat = await seedRegionalLeads(storage, ["lawyer", "right-to-call"], 600_000);
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
export function reportNumber(i: number) {
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
export async function expectExactlyOnce(setup: Setup, expected: Set<string>, deadline: number) {
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

export function expectedAlerts(setup: Setup, reports: ReturnType<typeof reportNumber>[]): Set<string> {
  const keys = new Set<string>();
  for (const report of reports)
    for (const r of recipientsFor(setup.leads, report.derived.sectors, report.where.region)) keys.add(`${report.code}|${r.chatId}`);
  return keys;
}
