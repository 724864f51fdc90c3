/**
 * Polling mode: @grammyjs/runner fetches updates (getUpdates, long polling)
 * and hands them to the bot concurrently across chats; the bot's own
 * sequentialize keeps each chat's updates in order. The runner confirms a
 * batch to Telegram when it asks for the next one, before the batch is
 * handled: a crash loses the updates being handled at that moment (README
 * "What a crash loses").
 */
import { createConcurrentSink, createRunner, createSource, createUpdateFetcher, type RunnerHandle } from "@grammyjs/runner";
import type { Api } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "pino";
import type { UpdateHandler, UpdateTarget } from "./update-handler.js";

/** Updates handled at once, across chats (the runner's default is 500). */
const MAX_CONCURRENT_UPDATES = 64;

export interface UpdateServer {
  /** Whether updates are being taken (health). */
  alive(): boolean;
  /** Stops taking updates and waits for those in flight. */
  stop(): Promise<void>;
}

export interface PollingOptions {
  bot: UpdateTarget & { api: Api };
  handler: UpdateHandler;
  allowedUpdates: readonly string[];
  logger: Logger;
}

export async function startPolling({ bot, handler, allowedUpdates, logger }: PollingOptions): Promise<UpdateServer> {
  // A webhook left by an earlier run in webhook mode makes getUpdates fail (409); its queued updates stay queued.
  // Not fatal: Telegram failing this call for a moment must not stop the start (getUpdates then says more).
  await bot.api
    .deleteWebhook({ drop_pending_updates: false })
    .catch((error: unknown) =>
      logger.warn({ err: { type: error instanceof Error ? error.name : typeof error } }, "could not delete a webhook; polling anyway"),
    );
  const fetchUpdates = createUpdateFetcher<Update, unknown>(bot as never, {
    fetch: { allowed_updates: allowedUpdates as never },
    silent: true,
  });
  const sink = createConcurrentSink<Update>(
    { consume: async (update) => void (await handler.handle(bot, update)) },
    // handler.handle never rejects; this is for the runner's own errors.
    (error) => {
      logger.error({ err: { type: error instanceof Error ? error.name : typeof error } }, "update runner failed");
      return Promise.resolve();
    },
    // Each update in flight holds its chat's state: a burst of thousands must not all be in memory at once.
    { concurrency: MAX_CONCURRENT_UPDATES },
  );
  const runner: RunnerHandle = createRunner(createSource({ supply: fetchUpdates }), sink);
  runner.start();
  return {
    alive: () => runner.isRunning(),
    async stop() {
      if (runner.isRunning()) await runner.stop();
      await handler.idle();
    },
  };
}
