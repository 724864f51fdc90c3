/**
 * Issue 10 §3 as a person runs it: the real process (`npm start`) against a
 * fake Bot API. A timer is set, the process is killed, an hour passes while it
 * is down (the process runs on the real clock, so the time is taken off the
 * timer's deadline in the database), and the restarted process tells the
 * person the time ran out, and how late — once.
 */
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openStorage, type Storage } from "../src/storage/database.js";
import { startBotProcess, type BotProcess } from "./helpers/bot-process.js";
import { FakeBotApiServer } from "./helpers/fake-bot-api-server.js";
import { command, person, press } from "./helpers/updates.js";

const USER = person(9_300_001, "en");
const HOUR_MS = 3_600_000;
let storage: Storage;
let api: FakeBotApiServer;
let env: Record<string, string>;
const processes: BotProcess[] = [];

beforeAll(async () => {
  const master = randomBytes(32);
  const uri = `${inject("mongoUri").replace(/\/?$/, "/")}checkin_restart_${randomBytes(4).toString("hex")}`;
  storage = await openStorage({ uri, keys: { current: master } });
  api = new FakeBotApiServer();
  await api.start();
  env = {
    BOT_TOKEN: "123456:CHECKIN",
    TELEGRAM_API_ROOT: api.url,
    MONGODB_URI: uri,
    REPORTS_KEY: master.toString("base64"),
    LOG_LEVEL: "warn",
  };
});

afterAll(async () => {
  for (const bot of processes) await bot.kill();
  await api.stop();
  await storage.db.dropDatabase().catch(() => {});
  await storage.close();
});

const toUser = (text: string) => (call: { payload: Record<string, unknown> }) =>
  call.payload.chat_id === USER.id && typeof call.payload.text === "string" && call.payload.text.includes(text);

describe("a check-in timer across a killed process", () => {
  it("fires after the restart, once, and is gone", async () => {
    const first = startBotProcess(env);
    processes.push(first);
    await api.waitFor("getUpdates", undefined, 120_000);
    api.push(command(USER, "checkin"));
    await api.waitFor("sendMessage", toUser("How long will you be at the assembly?"));
    api.push(press(USER, "cks:1"));
    await api.waitFor("editMessageText", toUser("Timer set until"));
    await first.kill();

    // Two hours pass while the bot is down: the one-hour timer ran out an hour ago.
    const timers = storage.db.collection<{ deadline: Date; dueAt: Date }>("checkin_timers");
    const [timer] = await timers.find({}).toArray();
    expect(timer).toBeDefined();
    const deadline = new Date(timer!.deadline.getTime() - 2 * HOUR_MS);
    await timers.updateOne({ _id: timer!._id }, { $set: { deadline, dueAt: deadline } });

    const second = startBotProcess(env);
    processes.push(second);
    const fired = await api.waitFor("sendMessage", toUser("Your check-in time ran out"), 120_000);
    expect(String(fired.payload.text)).toContain(
      "You have no trusted contacts set up yet, so nobody was told. Set them up with /contacts.",
    );
    expect(String(fired.payload.text)).toMatch(/\(The bot was offline: this comes 1 h( 1 min)? after the deadline\.\)$/);
    // The timer is deleted after the person is told: once it is gone, nothing can fire it again.
    while ((await timers.countDocuments()) > 0) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(api.calls.filter(toUser("Your check-in time ran out"))).toHaveLength(1);
    await second.stop();
  }, 240_000);
});
