import { randomBytes } from "node:crypto";
import pino from "pino";
import { Writable } from "node:stream";
import { createBot } from "../../src/bot/create-bot.js";
import type { BotDeps } from "../../src/bot/deps.js";
import { NO_ALLIANCE } from "../../src/config/alliance.js";
import { loadRightsContent } from "../../src/rights/rights-content.js";
import type { Storage } from "../../src/storage/database.js";
import { BOT_INFO } from "../../playground/bot-api/bot-info.js";
import { Api } from "grammy";
import { TelegramAlertTransport } from "../../src/bot/features/leads/telegram-transport.js";
import { createI18n } from "../../src/telegram/i18n.js";
import { DeliveryService } from "../../src/delivery/delivery-service.js";
import { RateLimiter } from "../../src/delivery/rate-limiter.js";
import { FakeTelegram } from "./fake-telegram.js";
import { refusedAlertNotifier } from "../../src/bot/features/leads/refused-alert.js";
import { pseudonymizer } from "../../src/security/data-key.js";
import { createAlarmService } from "../../src/bot/features/emergency/alarm-setup.js";

export { BOT_INFO };

const content = loadRightsContent();
const TOKEN = "123456:TEST-token";

/** A bot wired to a fake Telegram and a real database, with its log lines captured. */
export interface HarnessOptions {
  /** The clock of delivery and escalation. */
  now?: () => number;
}

export function createTestBot(storage: Storage, overrides: Partial<BotDeps> = {}, options: HarnessOptions = {}) {
  const telegram = new FakeTelegram();
  const logLines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(chunk.toString());
      done();
    },
  });
  const logger = pino({ level: "debug" }, sink);
  const alliance = overrides.alliance ?? NO_ALLIANCE;
  // Delivery runs on demand in tests (router.runOnce, dispatcher.drain), without Telegram's pacing.
  const transport = new TelegramAlertTransport(
    new Api(TOKEN, { fetch: telegram.fetch as never }),
    storage.reports,
    createI18n(),
    options.now,
  );
  const pseudonymKey = overrides.pseudonymKey ?? randomBytes(32);
  const onRefused = refusedAlertNotifier({
    api: new Api(TOKEN, { fetch: telegram.fetch as never }),
    storage,
    alliance,
    i18n: createI18n(),
    logger,
    pseudonym: pseudonymizer(pseudonymKey),
  });
  const delivery = new DeliveryService({
    storage,
    transport,
    alliance,
    logger,
    now: options.now,
    limiter: new RateLimiter({ perSecond: 1e6, perChatMs: 0, perGroupPerMinute: 1e6 }),
    onRefused,
    pseudonym: pseudonymizer(pseudonymKey),
  });
  // The alarm's sender runs on demand too (alarms.drain()).
  const alarms = createAlarmService({
    api: new Api(TOKEN, { fetch: telegram.fetch as never }),
    storage,
    content,
    alliance,
    logger,
    i18n: createI18n(),
    pseudonymKey,
    now: options.now,
    onReport: (report, intake) => delivery.routeUrgent(report, intake),
  });
  const deps: BotDeps = {
    storage,
    content,
    alliance,
    logger,
    pseudonymKey,
    delivery,
    alarms,
    ...overrides,
  };
  // Failures are injected on purpose: let them reach the code under test instead of being retried.
  const bot = createBot(TOKEN, deps, { botInfo: BOT_INFO, client: { fetch: telegram.fetch as any }, retry: false });
  return {
    bot,
    telegram,
    deps,
    logLines,
    delivery,
    alarms,
    send: (update: Parameters<typeof bot.handleUpdate>[0]) => bot.handleUpdate(update),
  };
}
