import type { Logger } from "pino";
import type { Storage } from "./database.js";
import { redactIds } from "../logger.js";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * How long untouched data is kept. A language choice is forgotten after half a
 * year of silence; an unfinished flow after 30 days (a shutdown can last days);
 * which bot message a reply belongs to (lead ⇄ reporter) after 90 days.
 * Expired invitations go at once.
 */
export const RETENTION = { sessionsDays: 180, conversationsDays: 30, relaysDays: 90 } as const;

/** Runs the retention purge now and then once a day (FerretDB v1 has no TTL indexes). */
export function startMaintenance(storage: Storage, logger: Logger, now: () => number = Date.now): { stop(): void } {
  const purge = async () => {
    try {
      const sessions = await storage.sessions.purgeOlderThan(new Date(now() - RETENTION.sessionsDays * DAY_MS));
      const conversations = await storage.conversations.purgeOlderThan(new Date(now() - RETENTION.conversationsDays * DAY_MS));
      const relays = await storage.relays.purgeOlderThan(new Date(now() - RETENTION.relaysDays * DAY_MS));
      const invites = await storage.invites.purgeExpired(new Date(now()));
      if (sessions + conversations + relays + invites > 0) logger.info({ sessions, conversations, relays, invites }, "retention purge");
    } catch (error) {
      logger.warn({ err: redactIds((error as Error).message) }, "retention purge failed");
    }
  };
  void purge();
  const timer = setInterval(purge, DAY_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
