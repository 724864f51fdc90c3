import type { AnyBulkWriteOperation, Collection, Document, MongoBulkWriteError } from "mongodb";
import { FERRETDB_LIMITS } from "./ferretdb.js";

interface Pending<T extends Document> {
  op: AnyBulkWriteOperation<T>;
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * Group commit: writes that arrive while one batch is on its way go together
 * in the next `bulkWrite`. Each caller still waits until its own write is
 * acknowledged by the database. One batch at a time, at most `maxBatch`
 * operations (FerretDB's connection budget, see ferretdb.ts).
 */
export class WriteBatcher<T extends Document> {
  private queue: Array<Pending<T>> = [];
  private flushing = false;

  constructor(
    private readonly collection: Collection<T>,
    private readonly maxBatch: number = FERRETDB_LIMITS.batch.default,
  ) {}

  write(op: AnyBulkWriteOperation<T>): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ op, resolve, reject });
      if (!this.flushing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, this.maxBatch);
        try {
          await this.collection.bulkWrite(
            batch.map((item) => item.op),
            { ordered: false },
          );
          for (const item of batch) item.resolve();
        } catch (error) {
          const writeErrors = (error as MongoBulkWriteError).writeErrors;
          const failed = new Set(Array.isArray(writeErrors) ? writeErrors.map((e: { index: number }) => e.index) : batch.map((_, i) => i));
          batch.forEach((item, index) => (failed.has(index) ? item.reject(error) : item.resolve()));
        }
      }
    } finally {
      this.flushing = false;
    }
  }
}
