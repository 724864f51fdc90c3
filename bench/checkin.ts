/**
 * Check-in timer lateness (issue 10 §3: "fire once, within 60 s of the
 * deadline — measure it"). The real process (`npm start`) against a fake Bot
 * API and a database server of the bench's own (MONGODB_URI), so the bench can
 * set timers in it while the bot is down:
 *
 *  1. after a restart: the bot is killed (SIGKILL), N timers are set with
 *     deadlines over the next 10 s, the bot stays down past them all
 *     (--downtime, default 30 s), then starts again; lateness is measured from
 *     each deadline to the person's "time ran out" message at the fake Bot API
 *     (the alarm of §2 is not wired on this branch: the message is the
 *     alarm's stand-in, sent right after the alarm call), and from the restart;
 *  2. while running: N more timers with deadlines over the next 30 s.
 *
 * Each timer must fire exactly once; a second message to a chat is counted.
 * `npm run bench:checkin -- --timers 200 --downtime 60`.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { openStorage } from "../src/storage/database.js";
import { startEmbeddedServer } from "../src/storage/embedded-server.js";
import { startBotProcess, type BotProcess } from "../test/helpers/bot-process.js";
import { FakeBotApiServer, type RecordedCall } from "../test/helpers/fake-bot-api-server.js";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const TIMERS = arg("timers", 100);
const DOWNTIME_MS = arg("downtime", 30) * 1000;
const FIRST_CHAT = 710_000;

const dataDir = mkdtempSync(path.join(os.tmpdir(), "bench-checkin-"));
const server = await startEmbeddedServer({ dataDir });
const master = randomBytes(32);
const uri = `${server.uri.replace(/\/?(\?.*)?$/, "/")}bench_checkin`;
const storage = await openStorage({ uri, keys: { current: master } });
const api = new FakeBotApiServer();
await api.start();
const env = {
  BOT_TOKEN: "123456:BENCH",
  TELEGRAM_API_ROOT: api.url,
  MONGODB_URI: uri,
  REPORTS_KEY: master.toString("base64"),
  LOG_LEVEL: "warn",
};

const isFired = (call: RecordedCall) => call.method === "sendMessage" && String(call.payload.text).startsWith("⏰");
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function startBot(): Promise<{ bot: BotProcess; startedAt: number }> {
  const startedAt = Date.now();
  const before = api.callsOf("getUpdates").length;
  const bot = startBotProcess(env);
  while (api.callsOf("getUpdates").length === before) await sleep(50);
  return { bot, startedAt };
}

/** Sets `count` timers for chats from `firstChat`, deadlines spread evenly over `spreadMs` from `from`. */
async function setTimers(firstChat: number, count: number, from: number, spreadMs: number): Promise<Map<number, number>> {
  const deadlines = new Map<number, number>();
  for (let i = 0; i < count; i++) {
    const deadline = from + Math.round((spreadMs * i) / Math.max(1, count - 1));
    await storage.timers.start({ chatId: firstChat + i, locale: "en", startedAt: Date.now(), deadline });
    deadlines.set(firstChat + i, deadline);
  }
  return deadlines;
}

/** Waits for every chat's "time ran out" (and a little longer, to see a second one), then measures. */
async function measure(deadlines: Map<number, number>, timeoutMs: number) {
  const give = Date.now() + timeoutMs;
  const firedTo = () => api.calls.filter((c) => isFired(c) && deadlines.has(Number(c.payload.chat_id)));
  while (new Set(firedTo().map((c) => c.payload.chat_id)).size < deadlines.size && Date.now() < give) await sleep(100);
  await sleep(3_000);
  const first = new Map<number, number>();
  let twice = 0;
  for (const call of firedTo()) {
    const chat = Number(call.payload.chat_id);
    if (first.has(chat)) twice++;
    else first.set(chat, call.at);
  }
  const lateness = [...first].map(([chat, at]) => at - deadlines.get(chat)!);
  return { fired: first.size, missing: deadlines.size - first.size, twice, lateness, at: [...first.values()] };
}

const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

try {
  // Start once so the database is set up (the key check), then crash it.
  let { bot } = await startBot();
  await bot.kill();

  const restartDeadlines = await setTimers(FIRST_CHAT, TIMERS, Date.now() + 1_000, 10_000);
  const lastDeadline = Math.max(...restartDeadlines.values());
  await sleep(lastDeadline + DOWNTIME_MS - Date.now());
  const restart = await startBot();
  bot = restart.bot;
  const afterRestart = await measure(restartDeadlines, 120_000);
  const sinceRestart = afterRestart.at.map((at) => at - restart.startedAt);

  const runningDeadlines = await setTimers(FIRST_CHAT + TIMERS, TIMERS, Date.now() + 5_000, 30_000);
  const running = await measure(runningDeadlines, 120_000);
  await bot.stop();

  console.log(`Check-in timers: ${TIMERS} per phase, real process, SIGKILL before the restart, embedded database`);
  console.log(
    `after a restart (bot down ${s(DOWNTIME_MS)} past the last deadline): fired ${afterRestart.fired}/${TIMERS}, twice ${afterRestart.twice}; ` +
      `lateness from the deadline p50 ${s(pct(afterRestart.lateness, 50))}, max ${s(Math.max(...afterRestart.lateness))}; ` +
      `from the restart (npm start) p50 ${s(pct(sinceRestart, 50))}, max ${s(Math.max(...sinceRestart))}`,
  );
  console.log(
    `while running (deadlines over 30 s): fired ${running.fired}/${TIMERS}, twice ${running.twice}; ` +
      `lateness from the deadline p50 ${s(pct(running.lateness, 50))}, p99 ${s(pct(running.lateness, 99))}, max ${s(Math.max(...running.lateness))}`,
  );
} finally {
  await api.stop();
  await storage.close();
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
