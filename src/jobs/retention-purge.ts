/** The retention purge as a background job: once at start, then daily. */
import type { Logger } from "pino";
import { redactIds } from "../logger.js";
import type { Storage } from "../storage/database.js";
import { DAY_MS, DEFAULT_RETENTION, purgeExpired, type RetentionPolicy } from "../storage/retention.js";

const HOUR_MS = 60 * 60 * 1000;

/** Runs the retention purge now and then once a day (FerretDB v1 has no TTL indexes). */
export function startRetentionPurge(
  storage: Storage,
  logger: Logger,
  policy: RetentionPolicy = DEFAULT_RETENTION,
  now: () => number = Date.now,
): { stop(): void } {
  const purge = async () => {
    try {
      const counts = await purgeExpired(storage, new Date(now()), policy);
      if (Object.values(counts).some((n) => n > 0)) logger.info(counts, "retention purge");
    } catch (error) {
      logger.warn({ err: redactIds((error as Error).message) }, "retention purge failed");
    }
  };
  // Reports-per-hour records expire within hours: purged hourly (not at each report: one command less per report).
  const purgeIntake = async () => {
    try {
      const intake = await storage.intake.purgeExpired(new Date(now()));
      if (intake > 0) logger.debug({ intake }, "reports-per-hour records purged");
    } catch (error) {
      logger.warn({ err: redactIds((error as Error).message) }, "reports-per-hour purge failed");
    }
  };
  void purge();
  const timers = [setInterval(() => void purge(), DAY_MS), setInterval(() => void purgeIntake(), HOUR_MS)];
  for (const timer of timers) timer.unref();
  return { stop: () => timers.forEach((timer) => clearInterval(timer)) };
}
