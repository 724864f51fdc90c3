/**
 * Chain-of-custody records: one per file attached to a report, with the
 * SHA-256 of its content once the bot has downloaded it. Hashing runs in the
 * background from a small queue collection, so a burst of reports never
 * waits for downloads.
 */
import type { Collection, Db } from "mongodb";
import type { Report } from "../reports/report.js";

export type HashState = "pending" | "hashed" | "too-large" | "failed";

export interface EvidenceRecord {
  /** `<reference code>#<index>` */
  _id: string;
  code: string;
  index: number;
  kind: Report["evidence"][number]["kind"];
  size: number | null;
  receivedAt: Date;
  state: HashState;
  sha256: string | null;
  hashedAt: Date | null;
  attempts: number;
}

interface QueueItem {
  _id: string;
  dueAt: Date;
}

export class EvidenceStore {
  readonly records: Collection<EvidenceRecord>;
  private readonly queue: Collection<QueueItem>;

  constructor(db: Db) {
    this.records = db.collection<EvidenceRecord>("evidence");
    this.queue = db.collection<QueueItem>("evidence_hash_queue");
  }

  async ensureIndexes(): Promise<void> {
    await this.records.createIndex({ code: 1 });
    await this.queue.createIndex({ dueAt: 1 });
  }

  /** Records the report's files and queues their hashing. Idempotent (keyed by code and index). */
  async register(report: Report, downloadableBytes: number): Promise<void> {
    for (const [index, item] of report.evidence.entries()) {
      const _id = `${report.code}#${index}`;
      const tooLarge = item.size !== null && item.size > downloadableBytes;
      await this.records.updateOne(
        { _id },
        {
          $setOnInsert: {
            code: report.code,
            index,
            kind: item.kind,
            size: item.size,
            receivedAt: new Date(item.receivedAt),
            state: tooLarge ? "too-large" : "pending",
            sha256: null,
            hashedAt: null,
            attempts: 0,
          },
        },
        { upsert: true },
      );
      if (!tooLarge) await this.queue.updateOne({ _id }, { $setOnInsert: { dueAt: new Date(0) } }, { upsert: true });
    }
  }

  /** Up to `limit` queued records whose time has come. The queue stays small: done items leave it. */
  async due(now: Date, limit: number): Promise<EvidenceRecord[]> {
    const items = await this.queue.find({ dueAt: { $lte: now } }).limit(limit).toArray();
    if (items.length === 0) return [];
    return this.records.find({ _id: { $in: items.map((item) => item._id) } }).toArray();
  }

  async recordHash(id: string, sha256: string, now: Date): Promise<void> {
    await this.records.updateOne({ _id: id }, { $set: { state: "hashed", sha256, hashedAt: now } });
    await this.queue.deleteOne({ _id: id });
  }

  /** A failed download is tried again later, up to `maxAttempts` times. */
  async recordFailure(id: string, now: Date, retryAt: Date, maxAttempts: number): Promise<void> {
    const record = await this.records.findOneAndUpdate({ _id: id }, { $inc: { attempts: 1 } }, { returnDocument: "after" });
    if (!record || record.attempts >= maxAttempts) {
      await this.records.updateOne({ _id: id }, { $set: { state: "failed", hashedAt: now } });
      await this.queue.deleteOne({ _id: id });
      return;
    }
    await this.queue.updateOne({ _id: id }, { $set: { dueAt: retryAt } });
  }

  async forReport(code: string): Promise<EvidenceRecord[]> {
    const records = await this.records.find({ code }).sort({ index: 1 }).toArray();
    // FerretDB v1 leaves out fields an upsert set to null.
    return records.map((record) => ({ ...record, sha256: record.sha256 ?? null, hashedAt: record.hashedAt ?? null }));
  }
}
