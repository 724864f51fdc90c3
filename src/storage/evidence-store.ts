/**
 * Chain-of-custody records: one per file attached to a report, with the
 * SHA-256 of its content once the bot has downloaded it. Hashing runs in the
 * background from a small queue collection, so a burst of reports never
 * waits for downloads.
 *
 * At rest the hash, the exact size and the times are sealed: whoever holds a
 * file (from a seized phone) cannot find its report in a copy of the database
 * without the key. Records of the earlier format (those fields in clear) are
 * still read.
 */
import { absentAsNull } from "./ferretdb.js";
import type { Collection, Db } from "mongodb";
import type { Report } from "../reports/report.js";
import type { Cipher } from "../security/cipher.js";

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

/** The sealed part of a record. */
interface Custody {
  size: number | null;
  receivedAt: number;
  sha256: string | null;
  hashedAt: number | null;
}

type EvidenceDocument = Pick<EvidenceRecord, "_id" | "code" | "index" | "kind" | "state" | "attempts"> & { sealed?: string } & Partial<
    Omit<EvidenceRecord, "_id" | "code" | "index" | "kind" | "state" | "attempts">
  >;

interface QueueItem {
  _id: string;
  dueAt: Date;
}

export class EvidenceStore {
  readonly records: Collection<EvidenceDocument>;
  private readonly queue: Collection<QueueItem>;

  constructor(
    db: Db,
    private readonly cipher: Cipher,
  ) {
    this.records = db.collection<EvidenceDocument>("evidence");
    this.queue = db.collection<QueueItem>("evidence_hash_queue");
  }

  async ensureIndexes(): Promise<void> {
    await this.records.createIndex({ code: 1 });
    await this.queue.createIndex({ dueAt: 1 });
    await this.migrate();
  }

  /** Start-up migration of records with clear custody fields (idempotent: only records without `sealed` change). */
  private async migrate(): Promise<void> {
    for await (const doc of this.records.find({ sealed: { $exists: false } })) {
      const custody = this.custody(doc);
      await this.records.updateOne(
        { _id: doc._id },
        { $set: { sealed: this.seal(doc._id, custody) }, $unset: { size: "", receivedAt: "", sha256: "", hashedAt: "" } },
      );
    }
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
            state: tooLarge ? "too-large" : "pending",
            attempts: 0,
            sealed: this.seal(_id, { size: item.size, receivedAt: item.receivedAt, sha256: null, hashedAt: null }),
          },
        },
        { upsert: true },
      );
      if (!tooLarge) await this.queue.updateOne({ _id }, { $setOnInsert: { dueAt: new Date(0) } }, { upsert: true });
    }
  }

  /** Up to `limit` queued records whose time has come. The queue stays small: done items leave it. */
  async due(now: Date, limit: number): Promise<EvidenceRecord[]> {
    const items = await this.queue
      .find({ dueAt: { $lte: now } })
      .limit(limit)
      .toArray();
    if (items.length === 0) return [];
    return (await this.records.find({ _id: { $in: items.map((item) => item._id) } }).toArray()).map((doc) => this.open(doc));
  }

  async recordHash(id: string, sha256: string, now: Date): Promise<void> {
    const doc = await this.records.findOne({ _id: id });
    if (doc) {
      const custody = this.custody(doc);
      await this.records.updateOne(
        { _id: id },
        {
          $set: { state: "hashed", sealed: this.seal(id, { ...custody, sha256, hashedAt: now.getTime() }) },
          $unset: { size: "", receivedAt: "", sha256: "", hashedAt: "" },
        },
      );
    }
    await this.queue.deleteOne({ _id: id });
  }

  /** A failed download is tried again later, up to `maxAttempts` times. */
  async recordFailure(id: string, now: Date, retryAt: Date, maxAttempts: number): Promise<void> {
    const record = await this.records.findOneAndUpdate({ _id: id }, { $inc: { attempts: 1 } }, { returnDocument: "after" });
    if (!record || record.attempts >= maxAttempts) {
      if (record) {
        const custody = this.custody(record);
        await this.records.updateOne(
          { _id: id },
          {
            $set: { state: "failed", sealed: this.seal(id, { ...custody, hashedAt: now.getTime() }) },
            $unset: { size: "", receivedAt: "", sha256: "", hashedAt: "" },
          },
        );
      }
      await this.queue.deleteOne({ _id: id });
      return;
    }
    await this.queue.updateOne({ _id: id }, { $set: { dueAt: retryAt } });
  }

  async forReport(code: string): Promise<EvidenceRecord[]> {
    const records = await this.records.find({ code }).sort({ index: 1 }).toArray();
    return records.map((record) => this.open(record));
  }

  /** Retention: the records and queue items of purged reports. */
  async purgeReports(codes: string[]): Promise<number> {
    if (codes.length === 0) return 0;
    const ids = (await this.records.find({ code: { $in: codes } }, { projection: { _id: 1 } }).toArray()).map((doc) => doc._id);
    if (ids.length > 0) await this.queue.deleteMany({ _id: { $in: ids } });
    return (await this.records.deleteMany({ code: { $in: codes } })).deletedCount;
  }

  private seal(id: string, custody: Custody): string {
    return this.cipher.encryptJson(custody, `evidence:${id}`);
  }

  /** The sealed fields, or, in a record of the earlier format, the clear ones (absent when stored as null: ferretdb.ts). */
  private custody(doc: EvidenceDocument): Custody {
    if (doc.sealed) return this.cipher.decryptJson<Custody>(doc.sealed, `evidence:${doc._id}`);
    return {
      size: absentAsNull(doc.size),
      receivedAt: doc.receivedAt?.getTime() ?? 0,
      sha256: doc.sha256 ?? null,
      hashedAt: doc.hashedAt?.getTime() ?? null,
    };
  }

  private open(doc: EvidenceDocument): EvidenceRecord {
    const custody = this.custody(doc);
    return {
      _id: doc._id,
      code: doc.code,
      index: doc.index,
      kind: doc.kind,
      state: doc.state,
      attempts: doc.attempts,
      size: custody.size,
      receivedAt: new Date(custody.receivedAt),
      sha256: custody.sha256,
      hashedAt: custody.hashedAt === null ? null : new Date(custody.hashedAt),
    };
  }
}
