/** The retention purge as a background job: once at start, then daily. */
import type { Logger } from "pino";
import { redactIds } from "../logger.js";
import type { Storage } from "../storage/database.js";
import { DAY_MS, DEFAULT_RETENTION, purgeExpired, type RetentionPolicy } from "../storage/retention.js";

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
  void purge();
  const timer = setInterval(() => void purge(), DAY_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
