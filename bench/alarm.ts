/**
 * `npm run bench:alarm`: the time from a tap on 🆘 (the update handled by the
 * bot) to the last trusted contact's `sendMessage` at the Bot API, and to the
 * first alert of the alarm's "detained now" report at a lead — idle, and while
 * 1,000 routine reports wait for their alerts (the alarm must go before them).
 * In process, over HTTP to a fake Bot API on 127.0.0.1, on the embedded
 * FerretDB (or MONGODB_URI). Each person has 5 contacts and consented to the report.
 */
import { randomBytes } from "node:crypto";
import { Api } from "grammy";
import pino from "pino";
import { createBot } from "../src/bot/create-bot.js";
import { createAlarmService } from "../src/bot/features/emergency/alarm-setup.js";
import { TelegramAlertTransport } from "../src/bot/features/leads/telegram-transport.js";
import { NO_ALLIANCE } from "../src/config/alliance.js";
import { DeliveryService } from "../src/delivery/delivery-service.js";
import { pseudonymizer } from "../src/security/data-key.js";
import { loadRightsContent } from "../src/rights/rights-content.js";
import { REGION_IDS } from "../src/shared/regions.js";
import { createI18n } from "../src/telegram/i18n.js";
import { BOT_INFO } from "../playground/bot-api/bot-info.js";
import { FakeBotApiServer } from "../test/helpers/fake-bot-api-server.js";
import { sampleReport } from "../test/helpers/sample-report.js";
import { person, press } from "../test/helpers/updates.js";
import { openBenchStorage } from "./bench-storage.js";
import { seedRegionalLeads } from "../test/helpers/seed-leads.js";

const BURST = Number(process.argv[process.argv.indexOf("--burst") + 1]) || 1000;
const TAPS = 20;
const CONTACTS = 5;
const TOKEN = "123456:BENCH";

const bench = await openBenchStorage("alarm");
const { storage } = bench;
console.log(`storage: ${bench.kind}`);
const api = new FakeBotApiServer();
await api.start();
const logger = pino({ level: "warn" });
const i18n = createI18n();
const content = loadRightsContent();

// Lawyer and right-to-call leads in every region, and a national coordinator.
await seedRegionalLeads(storage, ["lawyer", "right-to-call", "torture", "coordinator"], 2_000_000);
const leadChats = new Set((await storage.leads.all()).map((lead) => lead.chatId));

const pseudonymKey = randomBytes(32);
const delivery = new DeliveryService({
  pseudonym: pseudonymizer(pseudonymKey),
  storage,
  transport: new TelegramAlertTransport(new Api(TOKEN, { apiRoot: api.url }), storage.reports, i18n),
  alliance: NO_ALLIANCE,
  logger,
});
const alarms = createAlarmService({
  api: new Api(TOKEN, { apiRoot: api.url }),
  storage,
  content,
  alliance: NO_ALLIANCE,
  logger,
  i18n,
  pseudonymKey,
  onReport: (report, intake) => delivery.routeUrgent(report, intake),
});
const bot = createBot(
  TOKEN,
  { storage, content, alliance: NO_ALLIANCE, logger, pseudonymKey, delivery, alarms },
  { botInfo: BOT_INFO, client: { apiRoot: api.url } },
);
delivery.start();
alarms.start();

/** A person with 5 accepted contacts and the report to the alliance (region in turn). */
let nextChat = 3_000_000;
async function preparedPerson(i: number) {
  const owner = person(nextChat++, "en");
  const contacts = Array.from({ length: CONTACTS }, () => nextChat++);
  await storage.trustedContacts.update(owner.id, (p) => ({
    profile: {
      ...p,
      displayName: `Person ${i}`,
      reportToAlliance: true,
      region: REGION_IDS[i % REGION_IDS.length]!,
      locale: "en",
      contacts: contacts.map((chatId, k) => ({
        id: `c${k}xyz`,
        label: `Contact ${k}`,
        state: "accepted" as const,
        chatId,
        locale: "ru" as const,
        inviteExpiresAt: null,
      })),
    },
    result: undefined,
  }));
  return { owner, contacts };
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
const now = () => performance.timeOrigin + performance.now();

/** Taps 🆘 and waits for all of the person's contacts, then for the first lead alert of the alarm's report. */
async function tap(i: number) {
  const { owner, contacts } = await preparedPerson(i);
  const since = api.performed.length;
  const tappedAt = now();
  await bot.handleUpdate(press(owner, "sos"));
  const handledAt = now();
  let lastContact: number | undefined;
  let lead: number | undefined;
  let code: string | undefined;
  for (;;) {
    const calls = api.performed.slice(since);
    const toContacts = calls.filter((c) => c.method === "sendMessage" && contacts.includes(Number(c.payload.chat_id)));
    if (toContacts.length >= CONTACTS) lastContact ??= Math.max(...toContacts.map((c) => c.at));
    const profile = await storage.trustedContacts.profile(owner.id);
    code ??= profile?.activeAlarm ? (await storage.alarms.get(profile.activeAlarm.id))?.report?.code : undefined;
    const alert = code && calls.find((c) => leadChats.has(Number(c.payload.chat_id)) && String(c.payload.text).includes(code!));
    if (alert) lead ??= alert.at;
    if (lastContact && lead) break;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return { contacts: lastContact - tappedAt, handled: handledAt - tappedAt, lead: lead - tappedAt, leadAt: lead };
}

function print(title: string, results: Array<Awaited<ReturnType<typeof tap>>>) {
  console.log(title);
  const line = (label: string, values: number[]) =>
    console.log(`  ${label.padEnd(44)} p50 ${fmt(percentile(values, 50)).padStart(9)}   p99 ${fmt(percentile(values, 99)).padStart(9)}`);
  line(
    "tap handled (alarm and sends stored, reply)",
    results.map((r) => r.handled),
  );
  line(
    `tap → last of ${CONTACTS} contacts' sendMessage`,
    results.map((r) => r.contacts),
  );
  line(
    "tap → first lead alert of its report",
    results.map((r) => r.lead),
  );
}

// Idle.
const idle = [];
for (let i = 0; i < TAPS; i++) {
  idle.push(await tap(i));
  await new Promise((resolve) => setTimeout(resolve, 1100)); // past the per-chat limit of the leads
}
print(`idle, ${TAPS} alarms one by one:`, idle);

// Burst: BURST routine reports stored, then alarms while their alerts wait.
let routine = 0;
await Promise.all(
  Array.from({ length: BURST }, async () => {
    const report = sampleReport({ region: REGION_IDS[routine % REGION_IDS.length], lawyer: "refused", relatives: "no" } as never);
    await storage.reports.save(report, 5_000_000 + routine++);
  }),
);
delivery.poke();
const busy = [];
const queuedWhenAlarmAlerted: number[] = [];
for (let i = 0; i < TAPS; i++) {
  const result = await tap(TAPS + i);
  busy.push(result);
  queuedWhenAlarmAlerted.push((await storage.outbox.pendingCount()) + (await storage.outbox.pendingRouting(10_000)).length);
}
print(`\nduring a burst of ${BURST} routine reports (${TAPS} alarms, one after another):`, busy);
console.log(
  `  routine reports and alerts still queued when each alarm's alert went out: min ${Math.min(...queuedWhenAlarmAlerted)}, max ${Math.max(...queuedWhenAlarmAlerted)}`,
);

await alarms.stop();
await delivery.stop();
await api.stop();
await bench.close();
process.exit(0);
