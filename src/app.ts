/**
 * Start-up and shutdown of the whole application: configuration, storage
 * (a MongoDB server, or the embedded one), content, the bot, and the serving
 * of updates (polling or webhook, with /healthz and /metrics: src/serve/, src/ops/).
 */
import { Api, GrammyError, HttpError } from "grammy";
import type { Logger } from "pino";
import { createBot } from "./bot/create-bot.js";
import { TelegramAlertTransport } from "./bot/features/leads/telegram-transport.js";
import { refusedAlertNotifier } from "./bot/features/leads/refused-alert.js";
import { DeliveryService } from "./delivery/delivery-service.js";
import { registerCommands } from "./bot/commands.js";
import { describeError } from "./bot/error-boundary.js";
import { createI18n } from "./telegram/i18n.js";
import { loadAllianceConfig } from "./config/alliance.js";
import { ConfigError } from "./config/config-error.js";
import type { AppConfig } from "./config/env.js";
import { loadRightsContent } from "./rights/rights-content.js";
import { developmentKeyFile, loadMasterKey, pseudonymizer } from "./security/data-key.js";
import { openStorage, type Storage } from "./storage/database.js";
import { startEmbeddedServer, type EmbeddedServer } from "./storage/embedded-server.js";
import { startRetentionPurge } from "./jobs/retention-purge.js";
import { CaseClock } from "./jobs/case-clock.js";
import { custodyReminderSender } from "./bot/features/leads/custody.js";
import { createMessenger } from "./bot/messenger.js";
import { telegramFileHasher } from "./bot/telegram-files.js";
import { EvidenceHasher } from "./jobs/evidence-hasher.js";
import { redactTokens } from "./logger.js";
import { BotMetrics } from "./ops/metrics.js";
import { BotApiWatch, databaseCheck, heartbeatCheck } from "./ops/health.js";
import { opsRoutes, standbyRoutes } from "./ops/routes.js";
import { startHttpServer } from "./ops/http-server.js";
import { Lease } from "./serve/lease.js";
import { LeaseStore } from "./storage/lease-store.js";
import { UpdateHandler } from "./serve/update-handler.js";
import { serveUpdates } from "./serve/serve-updates.js";
import { CheckinTimerJob } from "./jobs/checkin-timers.js";
import { createCheckinNotices } from "./bot/features/emergency/checkin-notices.js";
import { autoRetry } from "@grammyjs/auto-retry";
import { createAlarmService } from "./bot/features/emergency/alarm-setup.js";

export interface RunningApp {
  stop(): Promise<void>;
}

export async function startApp(config: AppConfig, logger: Logger): Promise<RunningApp> {
  const startedAt = performance.now();
  const cleanups: Array<() => Promise<void>> = [];
  const stopAll = async () => {
    for (const cleanup of cleanups.reverse())
      await cleanup().catch((error) => logger.warn({ err: describeError(error) }, "shutdown step failed"));
  };

  try {
    const alliance = await loadAllianceConfig(config.allianceConfigPath, {
      production: config.production,
      warn: (message) => logger.warn(message),
    });
    const content = loadRightsContent();

    let uri = config.mongodbUri;
    let embedded: EmbeddedServer | undefined;
    if (!uri) {
      embedded = await startEmbeddedServer({ dataDir: config.dataDir, info: (message) => logger.info(message) });
      cleanups.push(() => embedded!.stop());
      uri = embedded.uri;
      logger.info("embedded database started (MONGODB_URI is not set)");
    }
    // The key warning waits until the database answered: a failed start says one thing only.
    const keyWarnings: string[] = [];
    const masterKey = await loadMasterKey(config, (message) => keyWarnings.push(message));
    const keys = {
      current: masterKey,
      old: config.reportsKeyOld,
      developmentKeyFile: config.reportsKey ? undefined : developmentKeyFile(config.dataDir),
    };
    const storage: Storage = await openStorage({
      uri,
      variable: embedded ? "DATA_DIR" : "MONGODB_URI",
      keys,
      cacheBytes: config.stateCacheBytes,
    });
    cleanups.push(() => storage.close());
    for (const warning of [...keyWarnings, ...storage.unlocked!.warnings]) logger.warn(warning);
    if (!(await holdLease(config, storage, logger, cleanups))) return { stop: stopAll };
    const client = config.telegramApiRoot ? { apiRoot: config.telegramApiRoot } : {};
    const metrics = new BotMetrics();
    const updates = new UpdateHandler(logger, metrics);
    // Alerts go through their own Api: the dispatcher handles 429s and retries itself.
    const alertApi = new Api(config.botToken, client);
    const telegram = new BotApiWatch(
      () => alertApi.getMe(),
      (reachable) =>
        reachable ? logger.info("the Telegram Bot API answers again") : logger.warn("cannot reach the Telegram Bot API; retrying"),
    );
    alertApi.config.use(telegram.transformer);
    // One set of loaded translations for everything sent outside an update.
    const i18n = createI18n();
    const transport = new TelegramAlertTransport(alertApi, storage.reports, i18n);
    const pseudonymKey = storage.unlocked!.pseudonymKey;
    const pseudonym = pseudonymizer(pseudonymKey);
    const onRefused = refusedAlertNotifier({ api: alertApi, storage, alliance, i18n, logger, pseudonym });
    const delivery = new DeliveryService({
      storage,
      transport,
      alliance,
      logger,
      onRefused,
      pseudonym,
      onDelivered: () => metrics.alert("sent"),
      onRetry: () => metrics.alert("retried"),
      onAbandoned: () => metrics.alert("refused"),
      onEscalated: (level) => metrics.escalated(level),
    });
    // The alarm's messages to trusted contacts: a sender of their own, started below.
    const alarms = createAlarmService({
      api: alertApi,
      storage,
      content,
      alliance,
      logger,
      i18n,
      pseudonymKey,
      onReport: (report, intake) => delivery.routeUrgent(report, intake),
    });
    const bot = createBot(
      config.botToken,
      { storage, content, alliance, logger, pseudonymKey, delivery, alarms, limits: config.limits, onUpdateError: updates.failed },
      { client },
    );
    bot.api.config.use(telegram.transformer);
    metrics.watch({
      outboxDepth: () => storage.outbox.pendingCount(),
      oldestQueuedAt: () => storage.outbox.oldestQueuedAt(),
      escalationsPending: () => storage.cases.pendingEscalations(),
      checkinTimersRunning: () => storage.timers.runningCount(),
      alarmSendsPending: () => storage.alarms.pendingSendCount(),
      stateCacheBytes: () => storage.cache.bytes,
    });

    // getMe through an Api of its own: bot.init() would retry a network error silently and forever.
    const apiRoot = config.telegramApiRoot ?? "https://api.telegram.org";
    const probe = new Api(config.botToken, client);
    await initWithRetry(
      async (signal) => {
        bot.botInfo = await probe.getMe(signal as never); // grammY types its own AbortSignal shim
      },
      logger,
      apiRoot,
    ).catch((error) => {
      throw telegramStartError(error, config);
    });
    await registerCommands(bot.api, i18n).catch((error) =>
      logger.warn({ err: describeError(error) }, "could not register the command menu; continuing"),
    );

    const maintenance = startRetentionPurge(storage, logger, config.retention);
    cleanups.push(() => Promise.resolve(maintenance.stop()));
    const hasher = new EvidenceHasher({
      evidence: storage.evidence,
      reports: storage.reports,
      hashFile: telegramFileHasher(bot.api, config.botToken, config.telegramApiRoot),
      logger,
    });
    hasher.start();
    cleanups.push(() => hasher.stop());

    // Reminders on the clock of a detention, to the lead chat that marked the person "still held".
    const caseClock = new CaseClock({
      cases: storage.cases,
      reports: storage.reports,
      leads: storage.leads,
      alliance,
      logger,
      remind: custodyReminderSender(createMessenger({ api: bot.api, storage, i18n, logger, pseudonym })),
    });
    caseClock.start();
    cleanups.push(() => caseClock.stop());

    delivery.start();
    cleanups.push(() => delivery.stop());
    alarms.start();
    cleanups.push(() => alarms.stop());

    // Check-in timers: reminders and, at the deadline, the alarm. Notices go through an Api of
    // their own (retrying a 429 or a 5xx), recorded in the chat trail.
    const noticeApi = new Api(config.botToken, client);
    noticeApi.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 30 }));
    const checkinTimers = new CheckinTimerJob({
      timers: storage.timers,
      raise: (chatId, options) => alarms.raise(chatId, options),
      notices: createCheckinNotices({ api: noticeApi, storage, i18n, logger, pseudonym }),
      logger,
    });
    checkinTimers.start();
    cleanups.push(() => checkinTimers.stop());

    const serving = { alive: () => false };
    const checks = {
      database: databaseCheck(() => storage.db.command({ ping: 1 })),
      telegram: telegram.check,
      updates: () => Promise.resolve({ ok: serving.alive(), mode: config.botMode.mode }),
      dispatcher: heartbeatCheck(() => delivery.dispatcher.lastCycleAt, 30_000),
    };
    const served = await serveUpdates({ config, bot, handler: updates, logger, opsRoutes: opsRoutes(checks, metrics) });
    serving.alive = () => served.alive();
    cleanups.push(() => served.stop());
    logger.info(
      { startupMs: Math.round(performance.now() - startedAt), mode: config.botMode.mode },
      config.botMode.mode === "webhook" ? "bot is taking updates by webhook" : "bot is polling for updates",
    );
    return { stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/**
 * Stands by until this process holds the lease (serve/lease.ts): until then nothing takes
 * updates, sends or runs a job, and no cache is filled — a standby takes over cold. The
 * standby answers /healthz with "standby" (when PORT is set). A holder that loses the
 * lease exits at once: a service manager starts it again, as a standby.
 */
async function holdLease(config: AppConfig, storage: Storage, logger: Logger, cleanups: Array<() => Promise<void>>): Promise<boolean> {
  const lease = new Lease({
    store: new LeaseStore(storage.db),
    instanceId: config.instanceId,
    onStandby: () => logger.info("standing by: another instance holds the lease"),
    onLost: (reason) => {
      logger.error({ reason }, "lost the lease to another instance; stopping at once");
      process.exit(1);
    },
  });
  cleanups.push(() => lease.stop());
  const database = databaseCheck(() => storage.db.command({ ping: 1 }));
  let http = config.http ? await startHttpServer({ ...config.http, routes: standbyRoutes({ database }), logger }) : undefined;
  const stopStandbyHttp = async () => {
    const running = http;
    http = undefined;
    await running?.close();
  };
  cleanups.push(stopStandbyHttp);
  const standingBy = performance.now();
  const active = await lease.acquire();
  // The port is free again for the active process's own server.
  await stopStandbyHttp();
  if (active) logger.info({ waitedMs: Math.round(performance.now() - standingBy) }, "holding the lease: this instance is active");
  return active;
}

/** Start-up tries this many times, each attempt at most {@link ATTEMPT_TIMEOUT_MS}: about 100 s at worst, every retry logged. */
const START_ATTEMPTS = 7;
/** An API root that swallows packets would otherwise hold one attempt for the whole TCP timeout (minutes). */
const ATTEMPT_TIMEOUT_MS = 10_000;

/** Telegram may throttle or fail for a moment at start-up: retry, saying so each time (never with the token), then give up. */
async function initWithRetry(init: (signal: AbortSignal) => Promise<void>, logger: Logger, apiRoot: string): Promise<void> {
  logger.info({ apiRoot }, "connecting to the Telegram Bot API");
  for (let attempt = 1; ; attempt++) {
    try {
      return await init(AbortSignal.timeout(ATTEMPT_TIMEOUT_MS));
    } catch (error) {
      const transient =
        error instanceof HttpError || (error instanceof GrammyError && (error.error_code === 429 || error.error_code >= 500));
      if (!transient || attempt >= START_ATTEMPTS) throw error;
      const retryAfter = error instanceof GrammyError ? error.parameters.retry_after : undefined;
      const delayMs = retryAfter ? retryAfter * 1000 : 500 * 2 ** (attempt - 1);
      logger.warn(
        { err: describeError(error), apiRoot, attempt, attempts: START_ATTEMPTS, delayMs },
        `cannot reach the Telegram Bot API at ${apiRoot} (attempt ${attempt} of ${START_ATTEMPTS}); retrying in ${delayMs / 1000} s`,
      );
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
}

function telegramStartError(error: unknown, config: AppConfig): Error {
  if (error instanceof GrammyError && (error.error_code === 401 || error.error_code === 404)) {
    return new ConfigError("BOT_TOKEN", `Telegram rejected the token (${error.error_code} ${error.description})`);
  }
  if (error instanceof HttpError) {
    const where = config.telegramApiRoot ?? "https://api.telegram.org";
    const reason = redactTokens(String((error.error as Error)?.message ?? error.message));
    return new ConfigError(
      config.telegramApiRoot ? "TELEGRAM_API_ROOT" : "BOT_TOKEN",
      `cannot reach the Telegram Bot API at ${where} after ${START_ATTEMPTS} attempts: ${reason}`,
    );
  }
  return error as Error;
}
