import { randomBytes } from "node:crypto";
import pino from "pino";
import { Writable } from "node:stream";
import { createBot } from "../../src/bot/create-bot.js";
import type { BotDeps } from "../../src/bot/deps.js";
import { NO_ALLIANCE } from "../../src/config/alliance.js";
import { loadRightsContent } from "../../src/content/rights-content.js";
import type { Storage } from "../../src/storage/database.js";
import { BOT_INFO } from "./bot-info.js";
import { FakeTelegram } from "./fake-telegram.js";

export { BOT_INFO };

const content = loadRightsContent();

/** A bot wired to a fake Telegram and a real database, with its log lines captured. */
export function createTestBot(storage: Storage, overrides: Partial<BotDeps> = {}) {
  const telegram = new FakeTelegram();
  const logLines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(chunk.toString());
      done();
    },
  });
  const deps: BotDeps = {
    storage,
    content,
    alliance: NO_ALLIANCE,
    logger: pino({ level: "debug" }, sink),
    pseudonymKey: randomBytes(32),
    ...overrides,
  };
  const bot = createBot("123456:TEST-token", deps, { botInfo: BOT_INFO, client: { fetch: telegram.fetch as any } });
  return { bot, telegram, deps, logLines, send: (update: Parameters<typeof bot.handleUpdate>[0]) => bot.handleUpdate(update) };
}
