/**
 * `npm run bench:flood`: what one flooder costs everyone else (issue 9 §4).
 *
 * (a) One person sends 30 junk reports, each with every priority flag and 20
 *     photos, as fast as the bot takes them; right after, a real reporter
 *     submits an ordinary report. Printed: how many junk reports were stored,
 *     how many alerts reached the lawyer lead's chat, and the real report's
 *     latency from Submit to its alert in that chat. Delivery runs as in
 *     production (Telegram's pacing: 1 message/s per chat, 30/s overall).
 *     Run with the default limits, and again with only the per-minute limit
 *     lifted (reports per hour, demotion and fair queueing alone).
 * (b) 1,000 bad answers (1,000-character texts) to one question: the stored
 *     form state (bytes as stored, and as JSON) and the time per update over
 *     the last 100.
 *
 * In process, through `bot.handleUpdate`, with a fake Bot API at the fetch
 * boundary, on the embedded FerretDB (or MONGODB_URI). Options: --junk N,
 * --bad N. On code without the limits the same script measures "before".
 */
import { randomBytes } from "node:crypto";
import type { Update } from "grammy/types";
import pino from "pino";
import { Api } from "grammy";
import { createBot } from "../src/bot/create-bot.js";
import { createI18n } from "../src/telegram/i18n.js";
import { TelegramAlertTransport } from "../src/bot/features/leads/telegram-transport.js";
import { NO_ALLIANCE } from "../src/config/alliance.js";
import { loadRightsContent } from "../src/rights/rights-content.js";
import { DeliveryService } from "../src/delivery/delivery-service.js";
import type { Sector } from "../src/shared/vocabulary.js";
import { pseudonymizer } from "../src/security/data-key.js";
import { AFTER_SUBMIT, formButton, START_REPORT } from "../src/flows/report/callback-data.js";
import { BOT_INFO } from "../playground/bot-api/bot-info.js";
import { FakeTelegram } from "../test/helpers/fake-telegram.js";
import { openBenchStorage } from "./bench-storage.js";

const arg = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const JUNK = arg("junk", 30);
const PHOTOS = 20;
const BAD = arg("bad", 1000);
const TOKEN = "123456:BENCH-flood";
const LAWYER = 7_000_004;
const SECTORS: Sector[] = ["right-to-life", "torture", "lawyer", "right-to-call", "journalists", "documentation", "coordinator"];

let updateId = 1;
let messageId = 1;
const from = (id: number) => ({ id, is_bot: false, first_name: "Bench", language_code: "ru" });
const chat = (id: number) => ({ id, type: "private" as const, first_name: "Bench" });
const press = (user: number, data: string): Update =>
  ({
    update_id: updateId++,
    callback_query: {
      id: `b${updateId}`,
      from: from(user),
      chat_instance: "b",
      data,
      message: { message_id: 1, date: 0, chat: chat(user), text: "q" },
    },
  }) as Update;
const say = (user: number, text: string): Update =>
  ({
    update_id: updateId++,
    message: { message_id: messageId++, date: Math.floor(Date.now() / 1000), chat: chat(user), from: from(user), text },
  }) as Update;
const photo = (user: number): Update => {
  const id = messageId++;
  return {
    update_id: updateId++,
    message: {
      message_id: id,
      date: Math.floor(Date.now() / 1000),
      chat: chat(user),
      from: from(user),
      photo: [{ file_id: `p${id}`, file_unique_id: `up${id}`, width: 9, height: 9, file_size: 90_000 }],
    },
  } as Update;
};

/** Every flag: life at risk, detained now, a minor, injured, a journalist; the lawyer refused; 20 photos. */
function junkReport(user: number): Update[] {
  const f = (step: string, value: string) => press(user, formButton(step, value));
  return [
    press(user, START_REPORT.detention),
    f("role", "witness"),
    f("subject", "person"),
    say(user, "junk name"),
    f("age", "minor"),
    f("journalist", "yes"),
    f("when", "now"),
    say(user, "junk place"),
    f("region", "almaty"),
    f("authority", "police"),
    say(user, "junk station"),
    f("toldReason", "no"),
    f("protocol", "none"),
    f("lawyer", "refused"),
    f("relatives", "no"),
    f("alsoIll", "yes"),
    f("illKinds", "beating"),
    f("illKinds", "done"),
    f("injuries", "yes"),
    f("medical", "needed-not-given"),
    f("illBy", "police"),
    f("lifeThreat", "death"),
    say(user, "junk account"),
    ...Array.from({ length: PHOTOS }, () => photo(user)),
    f("evidence", "done"),
    f("contact", "bot"),
  ];
}

/** An ordinary report for the lawyer sector, no priority flag. */
function realReport(user: number): Update[] {
  const f = (step: string, value: string) => press(user, formButton(step, value));
  return [
    press(user, START_REPORT.detention),
    f("role", "witness"),
    f("subject", "person"),
    say(user, "Серик"),
    f("age", "30-49"),
    f("journalist", "no"),
    f("when", "today"),
    say(user, "ул. Абая"),
    f("region", "almaty"),
    f("authority", "police"),
    say(user, "ОП-5"),
    f("toldReason", "yes"),
    f("protocol", "copy-given"),
    f("lawyer", "refused"),
    f("relatives", "yes"),
    f("alsoIll", "no"),
    say(user, "Адвоката не пустили."),
    f("evidence", "done"),
    f("contact", "bot"),
  ];
}

async function setUp(name: string, limits: Record<string, number> | undefined) {
  const bench = await openBenchStorage(name);
  const { storage } = bench;
  for (const [i, sector] of SECTORS.entries()) {
    await storage.leads.add({
      chatId: 7_000_000 + i + 2,
      kind: "person",
      sector,
      scope: "national",
      role: "primary",
      onDuty: true,
      locale: "ru",
      label: sector,
    });
  }
  const telegram = new FakeTelegram();
  const arrivals = new Map<string, number>();
  telegram.during = async ({ method, payload }) => {
    const code = /([2-9A-Z]{4}-[2-9A-Z]{4})/.exec(String(payload.text ?? ""))?.[1];
    if (method === "editMessageText" && payload.chat_id === LAWYER && code && !arrivals.has(code)) arrivals.set(code, performance.now());
  };
  const logger = pino({ level: "silent" });
  const alliance = { ...NO_ALLIANCE, admins: [7_000_001] };
  const transport = new TelegramAlertTransport(new Api(TOKEN, { fetch: telegram.fetch as never }), storage.reports, createI18n());
  const pseudonymKey = randomBytes(32);
  const delivery = new DeliveryService({ storage, transport, alliance, logger, pseudonym: pseudonymizer(pseudonymKey) });
  const deps = { storage, content: loadRightsContent(), alliance, logger, pseudonymKey, delivery, ...(limits ? { limits } : {}) };
  const bot = createBot(TOKEN, deps as Parameters<typeof createBot>[1], {
    botInfo: BOT_INFO,
    client: { fetch: telegram.fetch as never },
    retry: false,
  });
  /** Presses Submit on the summary this person was shown last, then keeps the messages. */
  const submit = async (user: number) => {
    const summary = telegram
      .callsOf("sendMessage")
      .findLast((c) => c.payload.chat_id === user && JSON.stringify(c.payload.reply_markup ?? {}).includes(":submit"));
    const data = summary?.payload.reply_markup.inline_keyboard
      .flat()
      .find((b: { callback_data?: string }) => b.callback_data?.endsWith(":submit"))?.callback_data;
    if (data) await bot.handleUpdate(press(user, data));
    await bot.handleUpdate(press(user, AFTER_SUBMIT.keep));
  };
  const codeFor = (user: number) =>
    telegram
      .callsOf("sendMessage")
      .findLast((c) => c.payload.chat_id === user && /[2-9A-Z]{4}-[2-9A-Z]{4}/.test(String(c.payload.text)))
      ?.payload.text.match(/([2-9A-Z]{4}-[2-9A-Z]{4})/)?.[1] as string | undefined;
  return { bench, storage, telegram, arrivals, delivery, bot, submit, codeFor, pseudonymKey };
}

async function flood(label: string, limits: Record<string, number> | undefined) {
  const s = await setUp("flood", limits);
  s.delivery.start();
  const FLOODER = 7_100_000;
  const REAL = 7_200_000;
  const started = performance.now();
  for (let i = 0; i < JUNK; i++) {
    for (const update of junkReport(FLOODER)) await s.bot.handleUpdate(update);
    await s.submit(FLOODER);
  }
  const floodSeconds = (performance.now() - started) / 1000;
  const junkStored = await s.storage.reports.count();
  for (const update of realReport(REAL)) await s.bot.handleUpdate(update);
  const submittedAt = performance.now();
  await s.submit(REAL);
  const code = s.codeFor(REAL);
  const deadline = Date.now() + 180_000;
  while (code && !s.arrivals.has(code) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  const latency = code && s.arrivals.has(code) ? ((s.arrivals.get(code)! - submittedAt) / 1000).toFixed(2) : "not delivered in 180";
  const aheadAtLawyer = [...s.arrivals.entries()].filter(([c, at]) => c !== code && code && at < (s.arrivals.get(code) ?? Infinity)).length;
  const downloadsQueued = await s.storage.db.collection("evidence_hash_queue").countDocuments();
  console.log(
    `  ${label.padEnd(44)} junk stored ${String(junkStored).padStart(2)} in ${floodSeconds.toFixed(1)} s   ` +
      `downloads queued ${String(downloadsQueued).padStart(3)}   alerts before it at the lawyer ${String(aheadAtLawyer).padStart(2)}   real alert after Submit ${latency} s`,
  );
  await s.delivery.stop();
  await s.bench.close();
}

async function badAnswers(label: string, limits: Record<string, number> | undefined) {
  const s = await setUp("bad", limits);
  const USER = 7_300_000;
  await s.bot.handleUpdate(press(USER, START_REPORT.detention));
  const bad = `${"это не кнопка ".repeat(72)}`.slice(0, 1000);
  const times: number[] = [];
  for (let i = 0; i < BAD; i++) {
    const t0 = performance.now();
    await s.bot.handleUpdate(say(USER, `${i} ${bad}`));
    times.push(performance.now() - t0);
  }
  const docs = await s.storage.db.collection<{ json: string }>("conversations").find().toArray();
  const stored = docs.reduce((sum, doc) => sum + doc.json.length, 0);
  const json = JSON.stringify(await s.storage.conversations.read(pseudonymizer(s.pseudonymKey)(USER))).length;
  const last = times.slice(-100);
  const first = times.slice(0, 100);
  const avg = (list: number[]) => (list.reduce((a, b) => a + b, 0) / list.length).toFixed(1);
  console.log(
    `  ${label.padEnd(44)} stored ${stored.toLocaleString("en")} bytes (JSON ${json.toLocaleString("en")})   per update: first 100 ${avg(first)} ms, last 100 ${avg(last)} ms`,
  );
  await s.bench.close();
}

const DEFAULTS = { reportsPerHour: 5, topPriorityReportsPerHour: 2, filesPerReport: 20, messagesPerMinute: 60 };
console.log(`(a) ${JUNK} junk reports with every flag and ${PHOTOS} photos each, then one real report (lawyer sector):`);
await flood("default limits", DEFAULTS);
await flood("per-minute limit lifted (reports/hour, fair)", { ...DEFAULTS, messagesPerMinute: 1_000_000 });
console.log(`(b) ${BAD} bad answers to one question:`);
await badAnswers("per-minute limit lifted", { ...DEFAULTS, messagesPerMinute: 1_000_000 });
process.exit(0);
