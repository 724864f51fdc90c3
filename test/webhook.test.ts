/**
 * Black-box, webhook mode: the real process (`npm start`) with BOT_MODE=webhook
 * against the fake Bot API; the test plays Telegram posting updates to the
 * webhook's URL, with and without the secret.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBotProcess, type BotProcess } from "./helpers/bot-process.js";
import { FakeBotApiServer } from "./helpers/fake-bot-api-server.js";
import { freePort } from "./helpers/free-port.js";

const TOKEN = "123456:WEBHOOK-token";
const SECRET = randomBytes(24).toString("hex");

const startCommand = (chatId: number, updateId: number) => ({
  update_id: updateId,
  message: {
    message_id: 1,
    date: Math.floor(Date.now() / 1000),
    chat: { id: chatId, type: "private", first_name: "Aru" },
    from: { id: chatId, is_bot: false, first_name: "Aru", language_code: "en" },
    text: "/start",
    entities: [{ type: "bot_command", offset: 0, length: 6 }],
  },
});

describe("BOT_MODE=webhook", () => {
  const api = new FakeBotApiServer();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "rights-bot-webhook-"));
  let bot: BotProcess;
  let hookUrl: string;
  const post = (body: unknown, secret?: string) =>
    fetch(hookUrl, {
      method: "POST",
      headers: { "content-type": "application/json", ...(secret === undefined ? {} : { "x-telegram-bot-api-secret-token": secret }) },
      body: JSON.stringify(body),
    });
  const repliesTo = (chatId: number) => api.callsOf("sendMessage").filter((call) => call.payload.chat_id === chatId);

  beforeAll(async () => {
    await api.start();
    const port = await freePort();
    hookUrl = `http://127.0.0.1:${port}/telegram/hook-path`;
    bot = startBotProcess({
      BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: api.url,
      DATA_DIR: dataDir,
      BOT_MODE: "webhook",
      WEBHOOK_URL: hookUrl,
      WEBHOOK_SECRET: SECRET,
      PORT: String(port),
    });
    await api.waitFor("setWebhook", undefined, 60_000).catch((error) => {
      throw new Error(`${error.message}\n--- process output ---\n${bot.output()}`);
    });
  });
  afterAll(async () => {
    await bot.kill();
    await api.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("registers the webhook with its secret and the update types the bot handles, and never polls", () => {
    const [call] = api.callsOf("setWebhook");
    expect(call!.payload).toMatchObject({
      url: hookUrl,
      secret_token: SECRET,
      allowed_updates: ["message", "edited_message", "callback_query", "my_chat_member"],
      drop_pending_updates: false,
    });
    expect(api.callsOf("getUpdates")).toEqual([]);
  });

  it("refuses a post without the secret or with a wrong one (401) and handles nothing of it", async () => {
    const missing = await post(startCommand(5101, 1));
    const wrong = await post(startCommand(5102, 2), `${SECRET.slice(0, -1)}x`);
    const empty = await post(startCommand(5103, 3), "");
    expect([missing.status, wrong.status, empty.status]).toEqual([401, 401, 401]);

    // A good post afterwards is answered: the refused ones would have been by now.
    const good = await post(startCommand(5104, 4), SECRET);
    expect(good.status).toBe(200);
    expect(repliesTo(5104)).toHaveLength(1);
    for (const chatId of [5101, 5102, 5103]) expect(repliesTo(chatId)).toEqual([]);
  });

  it("answers Telegram only after the update was handled: the reply is already sent when the post returns", async () => {
    const response = await post(startCommand(5201, 10), SECRET);
    expect(response.status).toBe(200);
    const [reply] = repliesTo(5201);
    expect(reply!.payload.text).toContain("Hello");
  });

  it("takes updates only at the URL's path, and only posts", async () => {
    const elsewhere = await fetch(new URL("/other", hookUrl), {
      method: "POST",
      headers: { "x-telegram-bot-api-secret-token": SECRET },
      body: JSON.stringify(startCommand(5301, 20)),
    });
    const get = await fetch(hookUrl, { headers: { "x-telegram-bot-api-secret-token": SECRET } });
    const garbage = await fetch(hookUrl, { method: "POST", headers: { "x-telegram-bot-api-secret-token": SECRET }, body: "{not json" });
    expect([elsewhere.status, get.status, garbage.status]).toEqual([404, 405, 400]);
    expect(repliesTo(5301)).toEqual([]);
  });

  it("stops cleanly on SIGTERM and leaves the webhook registered (Telegram keeps what comes meanwhile)", async () => {
    expect(await bot.stop("SIGTERM")).toBe(0);
    expect(bot.output()).toContain("bot is taking updates by webhook");
    expect(bot.output()).toContain('"msg":"stopped"');
    expect(api.callsOf("deleteWebhook")).toEqual([]);
    expect(bot.output()).not.toContain(SECRET);
  });
});
