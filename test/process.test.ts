/**
 * Black-box: the real process (`npm start`), the embedded database it starts
 * itself, and a fake Bot API over HTTP on 127.0.0.1.
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createI18n } from "../src/telegram/i18n.js";
import { openStorage } from "../src/storage/database.js";
import { startEmbeddedServer } from "../src/storage/embedded-server.js";
import { startBotProcess, type BotProcess } from "./helpers/bot-process.js";
import { FakeBotApiServer } from "./helpers/fake-bot-api-server.js";
import { scratchDir } from "./helpers/scratch-dir.js";

const i18n = createI18n();
const TOKEN = "123456:BLACKBOX-token";
const KEY = randomBytes(32).toString("base64");
const OLD_KEY = randomBytes(32).toString("base64");
const user = { id: 777001, is_bot: false, first_name: "Dana", language_code: "ru" };
const chat = { id: user.id, type: "private" as const, first_name: "Dana" };

describe("npm start against a fake Bot API", () => {
  const api = new FakeBotApiServer();
  const dataDir = scratchDir("rights-bot-process");
  let bot: BotProcess;

  beforeAll(async () => {
    await api.start();
    // The sample alliance file: in development the bot starts, with a warning.
    bot = startBotProcess({
      BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: api.url,
      DATA_DIR: dataDir,
      LOG_LEVEL: "info",
      REPORTS_KEY: KEY,
      REPORTS_KEY_OLD: OLD_KEY,
      ALLIANCE_CONFIG: "deploy/alliance.example.yaml",
    });
  });
  afterAll(async () => {
    await bot.kill();
    await api.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("starts polling with the embedded database and registers the commands per language", async () => {
    await api.waitFor("getUpdates", undefined, 60_000).catch((error) => {
      throw new Error(`${error.message}\n--- process output ---\n${bot.output()}`);
    });
    const commands = api.callsOf("setMyCommands");
    expect(commands.map((call) => call.payload.language_code)).toEqual(["kk", "ru", "en", undefined]);
    expect(commands[1]!.payload.commands[0]).toEqual({ command: "start", description: i18n.t("ru", "command-start") });
  });

  it("the embedded database process inherits neither the token nor the keys, and its files are 0600 in a 0700 directory", () => {
    const [pid] = embeddedServersUsing(dataDir, "pid");
    expect(pid).toBeDefined();
    const environ = readFileSync(`/proc/${pid}/environ`, "utf8");
    const names = environ.split("\0").map((entry) => entry.split("=")[0]);
    expect(names).toContain("PATH");
    for (const secret of ["BOT_TOKEN", "REPORTS_KEY", "REPORTS_KEY_OLD", "TELEGRAM_API_ROOT"]) expect(names).not.toContain(secret);
    for (const value of [TOKEN, KEY, OLD_KEY]) expect(environ).not.toContain(value);

    const dbDir = path.join(dataDir, "db");
    expect(statSync(dbDir).mode & 0o777).toBe(0o700);
    const files = readdirSync(dbDir);
    expect(files.some((name) => name.endsWith(".sqlite"))).toBe(true);
    for (const name of files)
      expect({ name, mode: (statSync(path.join(dbDir, name)).mode & 0o777).toString(8) }).toEqual({ name, mode: "600" });
  });

  it("walks /start → a language → rights → a topic → Back, in the chosen language", async () => {
    let messageId = 1;
    const press = (data: string) =>
      api.push({
        callback_query: {
          id: `q${messageId++}`,
          from: user,
          chat_instance: "x",
          data,
          message: { message_id: 5000, date: 0, chat, text: "…" },
        },
      });
    const edited = (text: string) => api.waitFor("editMessageText", (call) => call.payload.text === text);

    api.push({
      message: {
        message_id: messageId++,
        date: Math.floor(Date.now() / 1000),
        chat,
        from: user,
        text: "/start",
        entities: [{ type: "bot_command", offset: 0, length: 6 }],
      },
    });
    const greeting = await api.waitFor("sendMessage");
    expect(greeting.payload.text).toBe(i18n.t("ru", "start-greeting"));

    press("lang");
    await edited(i18n.t("ru", "language-choose"));
    press("lang:kk");
    await api.waitFor("editMessageText", (call) => String(call.payload.text).startsWith(i18n.t("kk", "language-set")));
    press("rights");
    await edited(i18n.t("kk", "rights-menu-title"));
    press("r:call");
    const card = await api.waitFor("editMessageText", (call) =>
      String(call.payload.text).includes(i18n.t("kk", "card-reviewed", { date: "24.11.2026" })),
    );
    expect(card.payload.parse_mode).toBe("HTML");
    const before = api.callsOf("editMessageText").length;
    press("rights");
    await api.waitFor("editMessageText", () => api.callsOf("editMessageText").length > before);
    expect(api.callsOf("editMessageText").at(-1)!.payload.text).toBe(i18n.t("kk", "rights-menu-title"));
    expect(api.callsOf("answerCallbackQuery")).toHaveLength(5);
  });

  it("logs no Telegram id or name, and stops cleanly on SIGTERM, taking the embedded database with it", async () => {
    await bot.stop("SIGTERM");
    const output = bot.output();
    expect(output).toContain("bot is polling for updates");
    expect(output).toContain('ALLIANCE_CONFIG: alliance.example.yaml: hotlines.0.value \\"+7 000 000 00 00\\" is a sample value');
    expect(output).toContain('"msg":"stopped"');
    expect(embeddedServersUsing(dataDir)).toEqual([]);
    expect(output).not.toContain(String(user.id));
    expect(output).not.toContain(user.first_name);
  });
});

/** Running embedded database processes whose data directory is under `dir` (their command lines, or their pids). */
function embeddedServersUsing(dir: string, what: "args" | "pid" = "args"): string[] {
  const out = spawnSync("ps", ["-eo", "pid,args"], { encoding: "utf8" }).stdout;
  const lines = out.split("\n").filter((line) => line.includes("embedded-db-") && line.includes(dir));
  return lines.map((line) => (what === "pid" ? line.trim().split(/\s+/)[0]! : line.trim().replace(/^\d+\s+/, "")));
}

describe("bad configuration", () => {
  it.each([
    ["a missing BOT_TOKEN", {}, /^Configuration error: BOT_TOKEN: is required/],
    [
      "an unreachable MONGODB_URI",
      { BOT_TOKEN: TOKEN, MONGODB_URI: "mongodb://127.0.0.1:1/x" },
      /^Configuration error: MONGODB_URI: cannot reach the database at mongodb:\/\/127\.0\.0\.1:1\/x/,
    ],
    [
      "a missing alliance file",
      { BOT_TOKEN: TOKEN, ALLIANCE_CONFIG: "/nonexistent/alliance.yaml" },
      /^Configuration error: ALLIANCE_CONFIG: file not found/,
    ],
    [
      "the sample alliance file in production",
      {
        BOT_TOKEN: TOKEN,
        NODE_ENV: "production",
        REPORTS_KEY: randomBytes(32).toString("base64"),
        ALLIANCE_CONFIG: "deploy/alliance.example.yaml",
      },
      /^Configuration error: ALLIANCE_CONFIG: alliance\.example\.yaml: hotlines\.0\.value "\+7 000 000 00 00" is a sample value/,
    ],
    [
      "NODE_ENV=Production",
      { BOT_TOKEN: TOKEN, NODE_ENV: "Production" },
      /^Configuration error: NODE_ENV: must be one of production, development, test \(not "Production"\)$/,
    ],
    [
      "an all-zero REPORTS_KEY",
      { BOT_TOKEN: TOKEN, REPORTS_KEY: Buffer.alloc(32).toString("base64") },
      /^Configuration error: REPORTS_KEY: is a weak key \(all zero\)/,
    ],
  ])("%s prints one clear line and exits non-zero", async (_name, env, expected) => {
    const bot = startBotProcess(env);
    const code = await bot.exited;
    expect(code).not.toBe(0);
    const lines = bot
      .output()
      .split("\n")
      .filter((line) => line.trim() && !line.startsWith("npm warn"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(expected);
  });
});

describe("a REPORTS_KEY that does not open the database", () => {
  it("stops the bot with one line that says how to rotate", async () => {
    const dataDir = scratchDir("rights-bot-wrong-key");
    try {
      const server = await startEmbeddedServer({ dataDir });
      const storage = await openStorage({ uri: server.uri, keys: { current: randomBytes(32) } });
      await storage.close();
      await server.stop();

      const bot = startBotProcess({ BOT_TOKEN: TOKEN, DATA_DIR: dataDir, REPORTS_KEY: randomBytes(32).toString("base64") });
      expect(await bot.exited).not.toBe(0);
      // Log lines (JSON) aside, one line says what is wrong.
      const lines = bot
        .output()
        .split("\n")
        .filter((line) => line.trim() && !line.startsWith("npm warn") && !line.startsWith("{"));
      expect(lines).toEqual([
        "Configuration error: REPORTS_KEY: does not open this database (it was sealed with another key): set REPORTS_KEY to the key it was made with, or, to change the key, set REPORTS_KEY_OLD to the previous key and REPORTS_KEY to the new one, then run `npm run keys:rotate`",
      ]);
      expect(embeddedServersUsing(dataDir)).toEqual([]);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe("an unreachable Bot API", () => {
  it("logs each start-up retry with the API root and never the token", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const dataDir = scratchDir("rights-bot-unreachable");
    const token = "123456:UNREACHABLE-secret-part-of-token";
    const bot = startBotProcess({ BOT_TOKEN: token, TELEGRAM_API_ROOT: `http://127.0.0.1:${port}`, DATA_DIR: dataDir, LOG_LEVEL: "info" });
    try {
      const retries = () =>
        bot
          .output()
          .split("\n")
          .filter((line) => line.includes("retrying"));
      const deadline = Date.now() + 20_000;
      while (retries().length < 3 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
      expect(retries().length, bot.output()).toBeGreaterThanOrEqual(3);
      const messages = retries().map((line) => (JSON.parse(line) as { msg: string }).msg);
      expect(messages.slice(0, 3)).toEqual([
        `cannot reach the Telegram Bot API at http://127.0.0.1:${port} (attempt 1 of 7); retrying in 0.5 s`,
        `cannot reach the Telegram Bot API at http://127.0.0.1:${port} (attempt 2 of 7); retrying in 1 s`,
        `cannot reach the Telegram Bot API at http://127.0.0.1:${port} (attempt 3 of 7); retrying in 2 s`,
      ]);
      expect(bot.output()).not.toContain("UNREACHABLE-secret-part-of-token");
      expect(bot.output()).not.toContain(token);
    } finally {
      await bot.kill();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
