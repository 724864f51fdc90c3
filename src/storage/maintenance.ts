import type { Logger } from "pino";
import type { Storage } from "./database.js";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * How long untouched data is kept. A language choice is forgotten after half a
 * year of silence; an unfinished flow after 30 days (a shutdown can last days).
 */
export const RETENTION = { sessionsDays: 180, conversationsDays: 30 } as const;

/** Runs the retention purge now and then once a day (FerretDB v1 has no TTL indexes). */
export function startMaintenance(storage: Storage, logger: Logger, now: () => number = Date.now): { stop(): void } {
  const purge = async () => {
    try {
      const sessions = await storage.sessions.purgeOlderThan(new Date(now() - RETENTION.sessionsDays * DAY_MS));
      const conversations = await storage.conversations.purgeOlderThan(new Date(now() - RETENTION.conversationsDays * DAY_MS));
      if (sessions + conversations > 0) logger.info({ sessions, conversations }, "retention purge");
    } catch (error) {
      logger.warn({ err: (error as Error).message }, "retention purge failed");
    }
  };
  void purge();
  const timer = setInterval(purge, DAY_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
