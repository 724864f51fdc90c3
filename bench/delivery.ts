/**
 * `npm run bench:delivery`: the time from a stored report to its alert at
 * the Bot API (the placeholder `sendMessage`, and the alert written into it),
 * with the dispatcher idle and under a burst of 1,000 reports, and the drain
 * rate against Telegram's limits (30 messages/s overall, 1/s per chat).
 * In process, over HTTP to a fake Bot API on 127.0.0.1, on the embedded
 * FerretDB (or MONGODB_URI).
 */
import { randomBytes } from "node:crypto";
import { Api } from "grammy";
import pino from "pino";
import { createI18n } from "../src/telegram/i18n.js";
import { TelegramAlertTransport } from "../src/bot/features/leads/telegram-transport.js";
import { NO_ALLIANCE } from "../src/config/alliance.js";
import { REGION_IDS } from "../src/shared/regions.js";
import { DeliveryService } from "../src/delivery/delivery-service.js";
import { pseudonymizer } from "../src/security/data-key.js";
import type { Sector } from "../src/shared/vocabulary.js";
import { FakeBotApiServer } from "../test/helpers/fake-bot-api-server.js";
import { sampleReport } from "../test/helpers/sample-report.js";
import { openBenchStorage } from "./bench-storage.js";
import { seedRegionalLeads } from "../test/helpers/seed-leads.js";

const BURST = Number(process.argv[process.argv.indexOf("--burst") + 1]) || 1000;
const IDLE_REPORTS = 30;

const bench = await openBenchStorage("delivery");
const { storage } = bench;
console.log(`storage: ${bench.kind}`);
const api = new FakeBotApiServer();
await api.start();

// Leads in every region for six sectors and a coordinator, and a national coordinator: 141 chats.
const sectors: Sector[] = ["lawyer", "right-to-call", "torture", "journalists", "documentation", "right-to-life", "coordinator"];
let chat = await seedRegionalLeads(storage, sectors, 1_000_000);
await storage.leads.add({
  chatId: chat++,
  kind: "person",
  sector: "coordinator",
  scope: "national",
  role: "primary",
  onDuty: true,
  locale: "ru",
  label: "coordinator",
});

const transport = new TelegramAlertTransport(new Api("123456:BENCH", { apiRoot: api.url }), storage.reports, createI18n());
const delivery = new DeliveryService({
  storage,
  transport,
  alliance: NO_ALLIANCE,
  logger: pino({ level: "warn" }),
  pseudonym: pseudonymizer(randomBytes(32)),
});
delivery.start();

const submittedAt = new Map<string, number>();
const random = (() => {
  let s = 7;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
})();
function randomReport() {
  return sampleReport({
    region: REGION_IDS[Math.floor(random() * REGION_IDS.length)],
    lawyer: random() < 0.5 ? "refused" : "admitted",
    relatives: random() < 0.5 ? "no" : "yes",
  } as never);
}
async function submit() {
  const report = randomReport();
  await storage.reports.save(report, 5_000_000 + submittedAt.size);
  submittedAt.set(report.code, performance.timeOrigin + performance.now());
  delivery.poke();
  return report;
}

/** code → when its first placeholder and its alert reached the Bot API. */
function arrivals() {
  const placeholder = new Map<string, number>();
  const alert = new Map<string, number>();
  for (const call of api.performed) {
    const code = /([2-9A-Z]{4}-[2-9A-Z]{4})/.exec(String(call.payload.text))?.[1];
    if (!code) continue;
    const map = call.method === "sendMessage" ? placeholder : call.method === "editMessageText" ? alert : undefined;
    if (map && !map.has(code)) map.set(code, call.at);
  }
  return { placeholder, alert };
}
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
async function waitFor(codes: string[]) {
  for (;;) {
    const { alert } = arrivals();
    if (codes.every((code) => alert.has(code)) && (await storage.outbox.pendingCount()) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
function latencies(codes: string[]) {
  const { placeholder, alert } = arrivals();
  return {
    first: codes.map((code) => placeholder.get(code)! - submittedAt.get(code)!),
    alert: codes.map((code) => alert.get(code)! - submittedAt.get(code)!),
  };
}

// Idle: one report at a time.
const idleCodes: string[] = [];
for (let i = 0; i < IDLE_REPORTS; i++) {
  const report = await submit();
  idleCodes.push(report.code);
  await waitFor([report.code]);
  await new Promise((resolve) => setTimeout(resolve, 1100)); // past the per-chat limit
}
const idle = latencies(idleCodes);
console.log(`dispatcher idle, ${IDLE_REPORTS} reports one by one (submission → Bot API):`);
console.log(`  first message (placeholder)  p50 ${fmt(percentile(idle.first, 50))}   p99 ${fmt(percentile(idle.first, 99))}`);
console.log(`  alert written into it        p50 ${fmt(percentile(idle.alert, 50))}   p99 ${fmt(percentile(idle.alert, 99))}`);

// Burst: BURST reports stored as fast as the database takes them.
const before = api.performed.filter((c) => c.method === "sendMessage").length;
const burstStart = performance.timeOrigin + performance.now();
const burstCodes = (await Promise.all(Array.from({ length: BURST }, () => submit()))).map((r) => r.code);
const stored = performance.timeOrigin + performance.now();
await waitFor(burstCodes);
const drained = performance.timeOrigin + performance.now();
const burst = latencies(burstCodes);
const alerts = api.performed.filter((c) => c.method === "sendMessage").length - before;
console.log(`\nburst of ${BURST} reports (${alerts} alerts to ${chat - 1_000_000} chats), stored in ${fmt(stored - burstStart)}:`);
console.log(`  first message (placeholder)  p50 ${fmt(percentile(burst.first, 50))}   p99 ${fmt(percentile(burst.first, 99))}`);
console.log(`  alert written into it        p50 ${fmt(percentile(burst.alert, 50))}   p99 ${fmt(percentile(burst.alert, 99))}`);
console.log(
  `  drained in ${fmt(drained - burstStart)}: ${(alerts / ((drained - burstStart) / 1000)).toFixed(1)} alerts/s (Telegram allows 30 messages/s overall, 1/s per chat)`,
);

await delivery.stop();
await api.stop();
await bench.close();
