/**
 * `npm run bench:witness`: a witness's quick alert through the real process
 * (`npm start`, embedded database) against a fake Bot API on 127.0.0.1. Each
 * witness sends /start, the menu's "Someone is being detained now", one
 * person, a region, who is detaining — each update as soon as the bot has
 * answered the one before, so the time is the bot's, not the person's.
 * Prints the interactions and, over N witnesses (`-- --witnesses N`, default
 * 200), p50/p99 of: /start → the reference code (the report is stored before
 * it is sent), and → the alert's first message and the alert itself at the
 * lead's chat (routed and delivered; here the alliance's admin, as no lead is
 * enrolled). One witness at a time, 1.1 s apart, so Telegram's 1 message/s per
 * chat does not make one alert wait for the previous one.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Update } from "grammy/types";
import { ensureEmbeddedBinary } from "../src/storage/embedded-server.js";
import { startBotProcess } from "../test/helpers/bot-process.js";
import { FakeBotApiServer, type RecordedCall } from "../test/helpers/fake-bot-api-server.js";

const arg = process.argv.indexOf("--witnesses");
const WITNESSES = arg > 0 ? Number(process.argv[arg + 1]) : 200;
const ADMIN = 900_000_001;

await ensureEmbeddedBinary();
const api = new FakeBotApiServer();
await api.start();
const dataDir = mkdtempSync(path.join(os.tmpdir(), "bench-witness-"));
const config = path.join(dataDir, "alliance.json");
writeFileSync(config, JSON.stringify({ name: "Bench Alliance", admins: [ADMIN] }));
const bot = startBotProcess({
  BOT_TOKEN: "123456:BENCH",
  TELEGRAM_API_ROOT: api.url,
  DATA_DIR: dataDir,
  ALLIANCE_CONFIG: config,
  LOG_LEVEL: "warn",
});

let messageId = 1;
const user = (id: number) => ({ id, is_bot: false, first_name: "Witness", language_code: "en" });
const chat = (id: number) => ({ id, type: "private" as const, first_name: "Witness" });
const now = () => Math.floor(Date.now() / 1000);
const start = (id: number): Omit<Update, "update_id"> => ({
  message: {
    message_id: messageId++,
    date: now(),
    chat: chat(id),
    from: user(id),
    text: "/start",
    entities: [{ type: "bot_command", offset: 0, length: 6 }],
  },
});
const press = (id: number, data: string): Omit<Update, "update_id"> => ({
  callback_query: {
    id: `cb-${messageId++}`,
    from: user(id),
    chat_instance: "ci",
    data,
    message: { message_id: 1, date: now(), chat: chat(id), from: { id: 1, is_bot: true, first_name: "Bot" }, text: "…" },
  },
});

/** Waits for the bot's next call of `method` to `chatId` (after call number `from`) whose text includes `part`. */
async function reply(method: string, chatId: number, part: string, from: number): Promise<RecordedCall> {
  return api.waitFor(
    method,
    (call) =>
      call.payload.chat_id === chatId && String(call.payload.text ?? "").includes(part) && api.calls.indexOf(call as RecordedCall) >= from,
    60_000,
  );
}

const STEPS: Array<{ update: (id: number) => Omit<Update, "update_id">; answer: string }> = [
  { update: start, answer: "Choose below." },
  { update: (id) => press(id, "witness:start"), answer: "1/3 ·" },
  { update: (id) => press(id, "w:count:1"), answer: "Region or city:" },
  { update: (id) => press(id, "w:region:almaty"), answer: "3/3 ·" },
  { update: (id) => press(id, "w:by:police"), answer: "Reference code:" },
];

const stored: number[] = [];
const placeholder: number[] = [];
const alerted: number[] = [];
try {
  await Promise.race([
    api.waitFor("getUpdates", undefined, 15 * 60_000),
    bot.exited.then(() => Promise.reject(new Error(`the bot stopped:\n${bot.output()}`))),
  ]);
  for (let i = 0; i < WITNESSES; i++) {
    const id = 7_000_000 + i;
    const began = Date.now();
    let last: RecordedCall | undefined;
    for (const step of STEPS) {
      const from = api.calls.length;
      api.push(step.update(id));
      last = await reply("sendMessage", id, step.answer, from);
    }
    const code = /[2-9A-Z]{4}-[2-9A-Z]{4}/.exec(String(last!.payload.text))![0];
    stored.push(last!.at - began);
    placeholder.push((await reply("sendMessage", ADMIN, code, 0)).at - began);
    alerted.push((await reply("editMessageText", ADMIN, code, 0)).at - began);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
  }
} finally {
  await bot.stop("SIGTERM");
  await api.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;
const line = (label: string, values: number[]) =>
  console.log(
    `  ${label.padEnd(44)} p50 ${(percentile(values, 50) / 1000).toFixed(3)} s   p99 ${(percentile(values, 99) / 1000).toFixed(3)} s`,
  );
console.log(`witness quick alert, ${WITNESSES} witnesses through npm start (embedded database), fake Bot API on 127.0.0.1`);
console.log(`  interactions from /start to the reference code: ${STEPS.length} (/start, menu button, how many, where, who)`);
line("/start → reference code (report stored)", stored);
line("/start → alert's first message at the lead", placeholder);
line("/start → alert written at the lead", alerted);
