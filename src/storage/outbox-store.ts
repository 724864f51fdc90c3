/**
 * Durable delivery of alerts. A report waits in `routing_queue` until its
 * delivery jobs are written; a job waits in `outbox` until its alert is
 * delivered; a delivered alert is kept in `alerts` with its message id.
 * Every write is keyed (report, chat), so doing any step twice after a crash
 * changes nothing. The queues hold only pending work and stay small:
 * FerretDB v1 scans a collection for any query not by _id.
 */
import type { Collection, Db } from "mongodb";
import type { Sector } from "../reports/derive.js";
import type { EscalationLevel } from "../routing/leads.js";

export interface DeliveryJob {
  /** `<code>|<chat id>` */
  _id: string;
  code: string;
  chatId: number;
  sectors: Sector[];
  level: EscalationLevel;
  locale: "kk" | "ru" | "en";
  /** Higher goes first (life at risk, detained now, minor, injured, journalist). */
  rank: number;
  createdAt: Date;
  dueAt: Date;
  attempts: number;
  /**
   * Delivery is two steps: a short placeholder message, then an edit that
   * writes the alert into it. An edit can be repeated safely, a send cannot;
   * so after a crash the alert is written at most once.
   */
  placeholderId: number | null;
  lastError: string | null;
}

export interface AlertRecord {
  _id: string;
  code: string;
  chatId: number;
  messageId: number;
  sectors: Sector[];
  level: EscalationLevel;
  locale: "kk" | "ru" | "en";
  deliveredAt: Date;
}

export const jobId = (code: string, chatId: number) => `${code}|${chatId}`;

export class OutboxStore {
  readonly routing: Collection<{ _id: string; enqueuedAt: Date }>;
  readonly jobs: Collection<DeliveryJob>;
  readonly alerts: Collection<AlertRecord>;

  constructor(db: Db) {
    this.routing = db.collection("routing_queue");
    this.jobs = db.collection<DeliveryJob>("outbox");
    this.alerts = db.collection<AlertRecord>("alerts");
  }

  async ensureIndexes(): Promise<void> {
    await this.jobs.createIndex({ dueAt: 1 });
    await this.alerts.createIndex({ code: 1 });
  }

  async enqueueRouting(code: string, now = new Date()): Promise<void> {
    await this.routing.updateOne({ _id: code }, { $setOnInsert: { enqueuedAt: now } }, { upsert: true });
  }

  async pendingRouting(limit: number): Promise<Array<{ code: string; enqueuedAt: Date }>> {
    return (await this.routing.find({}).sort({ enqueuedAt: 1 }).limit(limit).toArray()).map((doc) => ({ code: doc._id, enqueuedAt: doc.enqueuedAt }));
  }

  async routed(code: string): Promise<void> {
    await this.routing.deleteOne({ _id: code });
  }

  /** Adds a job unless one for that report and chat exists (queued or delivered). */
  async addJob(job: Omit<DeliveryJob, "_id" | "attempts" | "placeholderId" | "lastError" | "dueAt">): Promise<boolean> {
    const _id = jobId(job.code, job.chatId);
    if (await this.alerts.findOne({ _id }, { projection: { _id: 1 } })) return false;
    const result = await this.jobs.updateOne(
      { _id },
      { $setOnInsert: { ...job, dueAt: job.createdAt, attempts: 0, placeholderId: null, lastError: null } },
      { upsert: true },
    );
    return result.upsertedCount > 0;
  }

  /**
   * Jobs whose time has come, most urgent first, leaving out chats that must
   * wait anyway: otherwise a backlog for one busy chat would hide the jobs
   * of every other chat behind it.
   */
  async due(now: Date, limit: number, skipChats: number[] = []): Promise<DeliveryJob[]> {
    const filter = skipChats.length > 0 ? { dueAt: { $lte: now }, chatId: { $nin: skipChats } } : { dueAt: { $lte: now } };
    const jobs = await this.jobs.find(filter).sort({ rank: -1, createdAt: 1 }).limit(limit).toArray();
    // FerretDB v1 leaves out fields an upsert set to null.
    return jobs.map((job) => ({ ...job, placeholderId: job.placeholderId ?? null, lastError: job.lastError ?? null }));
  }

  async nextDueAt(): Promise<Date | undefined> {
    return (await this.jobs.find({}).sort({ dueAt: 1 }).limit(1).toArray())[0]?.dueAt;
  }

  async recordPlaceholder(id: string, messageId: number): Promise<void> {
    await this.jobs.updateOne({ _id: id }, { $set: { placeholderId: messageId } });
  }

  async retryLater(id: string, dueAt: Date, error: string): Promise<void> {
    await this.jobs.updateOne({ _id: id }, { $set: { dueAt, lastError: error }, $inc: { attempts: 1 } });
  }

  /** The alert is in the chat: record it, then drop the job (in that order, so a crash between repeats nothing). */
  async delivered(job: DeliveryJob, messageId: number, now: Date): Promise<void> {
    await this.alerts.replaceOne(
      { _id: job._id },
      { code: job.code, chatId: job.chatId, messageId, sectors: job.sectors, level: job.level, locale: job.locale, deliveredAt: now },
      { upsert: true },
    );
    await this.jobs.deleteOne({ _id: job._id });
  }

  /** A job that can never be delivered (the lead blocked the bot, the chat is gone). */
  async abandon(id: string): Promise<void> {
    await this.jobs.deleteOne({ _id: id });
  }

  async alertsFor(code: string): Promise<AlertRecord[]> {
    return this.alerts.find({ code }).toArray();
  }

  async pendingCount(): Promise<number> {
    return this.jobs.countDocuments();
  }
}
