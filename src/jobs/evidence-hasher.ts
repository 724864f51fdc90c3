/**
 * Computes the SHA-256 of every file attached to a report, in the background,
 * for the chain-of-custody record. Durable: the queue is in the database, so
 * a restart resumes it; a failed download is retried with growing delays.
 */
import type { Logger } from "pino";
import type { EvidenceStore } from "../storage/evidence-store.js";
import type { ReportsStore } from "../storage/reports-store.js";
import { redactIds } from "../logger.js";

export interface EvidenceHasherDeps {
  evidence: EvidenceStore;
  reports: ReportsStore;
  /** fileId → hex SHA-256 of the content. */
  hashFile: (fileId: string) => Promise<string>;
  logger: Logger;
  now?: () => number;
}

const BATCH = 10;
const MAX_ATTEMPTS = 6;
const RETRY_BASE_MS = 30_000;

export class EvidenceHasher {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(private readonly deps: EvidenceHasherDeps) {}

  /** Hashes what is due now; returns how many files were handled. */
  runOnce(): Promise<number> {
    this.running ??= this.work().finally(() => (this.running = undefined));
    return this.running;
  }

  start(intervalMs = 5_000): void {
    this.timer = setInterval(
      () =>
        void this.runOnce().catch((error) =>
          this.deps.logger.warn({ err: redactIds((error as Error).message) }, "evidence hashing failed"),
        ),
      intervalMs,
    );
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running?.catch(() => {});
  }

  private async work(): Promise<number> {
    const now = this.deps.now ?? Date.now;
    const due = await this.deps.evidence.due(new Date(now()), BATCH);
    for (const record of due) {
      try {
        const report = await this.deps.reports.findByCode(record.code);
        const item = report?.evidence[record.index];
        if (!item) throw new Error("the report or its file is gone");
        await this.deps.evidence.recordHash(record._id, await this.deps.hashFile(item.fileId), new Date(now()));
      } catch (error) {
        const retryAt = new Date(now() + RETRY_BASE_MS * 2 ** record.attempts);
        await this.deps.evidence.recordFailure(record._id, new Date(now()), retryAt, MAX_ATTEMPTS);
        this.deps.logger.warn(
          { err: redactIds((error as Error).message), attempt: record.attempts + 1 },
          "evidence file could not be hashed",
        );
      }
    }
    return due.length;
  }
}
