/**
 * Durable delivery of alerts. A report waits in `routing_queue` until its
 * delivery jobs are written; a job waits in `outbox` until its alert is
 * delivered; a delivered alert is kept in `alerts` with its message id.
 * Every write is keyed (report, chat), so doing any step twice after a crash
 * changes nothing. The queues hold only pending work and stay small:
 * FerretDB v1 scans a collection for any query not by _id.
 *
 * At rest the lead's chat id (and an alert's message id) is sealed; jobs and
 * alerts are keyed by a keyed pseudonym of the chat (`chatKey`). Jobs and
 * alerts of the earlier format (clear chat id) are still read.
 */
import { absentAsNull } from "./ferretdb.js";
import type { Collection, Db } from "mongodb";
import type { Cipher } from "../security/cipher.js";
import { toHour } from "./coarse-time.js";
import type { Sector } from "../shared/vocabulary.js";
import type { EscalationLevel } from "../routing/leads.js";

export interface DeliveryJob {
  /** `<code>|<chat key>` */
  _id: string;
  code: string;
  chatId: number;
  sectors: Sector[];
  level: EscalationLevel;
  locale: "kk" | "ru" | "en";
  /** Higher goes first (life at risk, detained now, minor, injured, journalist). */
  rank: number;
  /**
   * The report's {@link Intake.round}: lower goes first, before rank, so one
   * reporter's many reports cannot hold back another's first. Absent (before
   * everything): escalations and hand-overs, and jobs of the earlier format.
   */
  round?: number;
  /**
   * Before everything else, round included: 1 for an alarm's "detained now"
   * report (src/emergency), absent for routine reports.
   */
  priority?: number;
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
  /** A rewrite of an alert already delivered (the report changed): the lead has the earlier version. */
  rewrite?: true;
}

/**
 * Where a report stands among its reporter's reports of the hour: the first
 * report of everyone is sent before anyone's second (fair queueing), and a
 * report beyond the first few loses its priority (`demoted`). Kept only on
 * pending work (the routing queue, delivery jobs), never on the report.
 */
export interface Intake {
  /** 1 for the reporter's first report in the hour, 2 for the second… */
  round: number;
  demoted: boolean;
  /** An alarm's report goes before every queued routine report (see {@link DeliveryJob.priority}). */
  priority?: number;
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

/** At rest: `chatKey` and `sealedChat` instead of the chat id (absent in the earlier format). */
type JobDocument = Omit<DeliveryJob, "chatId"> & { chatKey?: string; sealedChat?: string; chatId?: number };
type AlertDocument = Omit<AlertRecord, "chatId" | "messageId"> & { chatKey?: string; sealed?: string; chatId?: number; messageId?: number };

export class OutboxStore {
  readonly routing: Collection<{ _id: string; enqueuedAt: Date } & Partial<Intake>>;
  readonly jobs: Collection<JobDocument>;
  readonly alerts: Collection<AlertDocument>;

  constructor(
    db: Db,
    private readonly cipher: Cipher,
  ) {
    this.routing = db.collection("routing_queue");
    this.jobs = db.collection<JobDocument>("outbox");
    this.alerts = db.collection<AlertDocument>("alerts");
  }

  async ensureIndexes(): Promise<void> {
    await this.jobs.createIndex({ dueAt: 1 });
    await this.alerts.createIndex({ code: 1 });
    await this.migrate();
  }

  /** Start-up migration of jobs and alerts keyed by a clear chat id (idempotent: only records with `chatId` move). */
  private async migrate(): Promise<void> {
    for await (const doc of this.jobs.find({ chatId: { $exists: true } })) {
      const { _id, chatId, ...job } = this.toJob(doc) as DeliveryJob & { chatKey?: string; sealedChat?: string };
      const id = this.jobId(job.code, chatId);
      await this.jobs.replaceOne(
        { _id: id },
        { ...job, chatKey: this.chatKey(chatId), sealedChat: this.cipher.encrypt(String(chatId), `job:${id}`) },
        { upsert: true },
      );
      await this.jobs.deleteOne({ _id });
    }
    for await (const doc of this.alerts.find({ chatId: { $exists: true } })) {
      const { _id, chatId, messageId, ...alert } = this.toAlert(doc);
      const id = this.jobId(alert.code, chatId);
      await this.alerts.replaceOne(
        { _id: id },
        {
          ...alert,
          chatKey: this.chatKey(chatId),
          sealed: this.cipher.encryptJson({ chatId, messageId }, `alert:${id}`),
          deliveredAt: toHour(alert.deliveredAt),
        },
        { upsert: true },
      );
      await this.alerts.deleteOne({ _id });
    }
  }

  /** The keyed pseudonym of a lead chat that jobs and alerts are keyed by. */
  chatKey(chatId: number): string {
    return this.cipher.keyedId("lead-chat", chatId);
  }

  /** The id of the job, then of the alert, of one report in one chat. */
  jobId(code: string, chatId: number): string {
    return `${code}|${this.chatKey(chatId)}`;
  }

  private toJob(doc: JobDocument): DeliveryJob {
    const { chatKey: _chatKey, sealedChat, chatId, ...job } = doc;
    return {
      ...job,
      chatId: sealedChat ? Number(this.cipher.decrypt(sealedChat, `job:${doc._id}`)) : chatId!,
      placeholderId: absentAsNull(job.placeholderId),
      lastError: absentAsNull(job.lastError),
    };
  }

  private toAlert(doc: AlertDocument): AlertRecord {
    const { chatKey: _chatKey, sealed, chatId, messageId, ...alert } = doc;
    const where = sealed
      ? this.cipher.decryptJson<{ chatId: number; messageId: number }>(sealed, `alert:${doc._id}`)
      : { chatId: chatId!, messageId: messageId! };
    return { ...alert, ...where };
  }

  async enqueueRouting(code: string, now = new Date(), intake?: Intake): Promise<void> {
    await this.routing.updateOne({ _id: code }, { $setOnInsert: { enqueuedAt: now, ...intake } }, { upsert: true });
  }

  async pendingRouting(limit: number): Promise<Array<{ code: string; enqueuedAt: Date; intake?: Intake }>> {
    return (await this.routing.find({}).sort({ priority: -1, enqueuedAt: 1 }).limit(limit).toArray()).map((doc) => ({
      code: doc._id,
      enqueuedAt: doc.enqueuedAt,
      ...(typeof doc.round === "number"
        ? { intake: { round: doc.round, demoted: doc.demoted === true, ...(doc.priority ? { priority: doc.priority } : {}) } }
        : {}),
    }));
  }

  async routed(code: string): Promise<void> {
    await this.routing.deleteOne({ _id: code });
  }

  /** Adds a job unless one for that report and chat exists (queued or delivered). */
  async addJob(job: Omit<DeliveryJob, "_id" | "attempts" | "placeholderId" | "lastError" | "dueAt">): Promise<boolean> {
    const _id = this.jobId(job.code, job.chatId);
    if (await this.alerts.findOne({ _id }, { projection: { _id: 1 } })) return false;
    const { chatId, ...rest } = job;
    const result = await this.jobs.updateOne(
      { _id },
      {
        $setOnInsert: {
          ...rest,
          chatKey: this.chatKey(chatId),
          sealedChat: this.cipher.encrypt(String(chatId), `job:${_id}`),
          dueAt: job.createdAt,
          attempts: 0,
          placeholderId: null,
          lastError: null,
        },
      },
      { upsert: true },
    );
    return result.upsertedCount > 0;
  }

  /**
   * Jobs whose time has come — an alarm's first, then everyone's first report
   * of the hour before anyone's second, then most urgent first — leaving out chats that must
   * wait anyway: otherwise a backlog for one busy chat would hide the jobs
   * of every other chat behind it.
   */
  async due(now: Date, limit: number, skipChats: number[] = []): Promise<DeliveryJob[]> {
    const filter =
      skipChats.length > 0
        ? { dueAt: { $lte: now }, chatKey: { $nin: skipChats.map((chat) => this.chatKey(chat)) }, chatId: { $nin: skipChats } }
        : { dueAt: { $lte: now } };
    const jobs = await this.jobs.find(filter).sort({ priority: -1, round: 1, rank: -1, createdAt: 1 }).limit(limit).toArray();
    return jobs.map((job) => this.toJob(job));
  }

  async nextDueAt(): Promise<Date | undefined> {
    return (await this.jobs.find({}).sort({ dueAt: 1 }).limit(1).toArray())[0]?.dueAt;
  }

  /**
   * Queues a rewrite of an alert already in a lead's chat (the report
   * changed): a job whose placeholder is the alert's message, so the
   * dispatcher edits it in place — with its retries, and recorded again when
   * done — instead of sending a new message. Keyed like the alert: queuing it
   * twice leaves one job.
   */
  async rewrite(
    alert: Pick<AlertRecord, "code" | "chatId" | "messageId" | "level" | "locale">,
    sectors: Sector[],
    rank: number,
    now: Date,
  ): Promise<void> {
    const _id = this.jobId(alert.code, alert.chatId);
    await this.jobs.replaceOne(
      { _id },
      {
        code: alert.code,
        chatKey: this.chatKey(alert.chatId),
        sealedChat: this.cipher.encrypt(String(alert.chatId), `job:${_id}`),
        sectors,
        level: alert.level,
        locale: alert.locale,
        rank,
        createdAt: now,
        dueAt: now,
        attempts: 0,
        placeholderId: alert.messageId,
        lastError: null,
        rewrite: true,
      },
      { upsert: true },
    );
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
      {
        code: job.code,
        chatKey: this.chatKey(job.chatId),
        sealed: this.cipher.encryptJson({ chatId: job.chatId, messageId }, `alert:${job._id}`),
        sectors: job.sectors,
        level: job.level,
        locale: job.locale,
        deliveredAt: toHour(now),
      },
      { upsert: true },
    );
    // Only this job: a rewrite queued meanwhile (same key) must still run.
    await this.jobs.deleteOne({ _id: job._id, rewrite: job.rewrite ? true : { $exists: false }, createdAt: job.createdAt });
  }

  /** The queued jobs of one chat (a removed lead's, to cancel them). */
  async jobsForChat(chatId: number): Promise<DeliveryJob[]> {
    return (await this.jobs.find({ $or: [{ chatKey: this.chatKey(chatId) }, { chatId }] }).toArray()).map((job) => this.toJob(job));
  }

  /** Narrows a queued job to the sectors the chat still stands for. */
  async narrowJob(id: string, sectors: DeliveryJob["sectors"]): Promise<void> {
    await this.jobs.updateOne({ _id: id }, { $set: { sectors } });
  }

  /** A job that can never be delivered (the lead blocked the bot, the chat is gone). */
  async abandon(id: string): Promise<void> {
    await this.jobs.deleteOne({ _id: id });
  }

  /** The queued jobs of one report. */
  async jobsFor(code: string): Promise<DeliveryJob[]> {
    return (await this.jobs.find({ code }).toArray()).map((job) => this.toJob(job));
  }

  async alertsFor(code: string): Promise<AlertRecord[]> {
    return (await this.alerts.find({ code }).toArray()).map((doc) => this.toAlert(doc));
  }

  /** Retention: the jobs, alerts and routing entries of purged reports. */
  async purgeReports(codes: string[]): Promise<number> {
    if (codes.length === 0) return 0;
    await this.routing.deleteMany({ _id: { $in: codes } });
    await this.jobs.deleteMany({ code: { $in: codes } });
    return (await this.alerts.deleteMany({ code: { $in: codes } })).deletedCount;
  }

  async pendingCount(): Promise<number> {
    return this.jobs.countDocuments();
  }

  /** When the oldest queued alert was queued (a metric: how long the oldest has waited). */
  async oldestQueuedAt(): Promise<Date | undefined> {
    return (
      await this.jobs
        .find({}, { projection: { createdAt: 1 } })
        .sort({ createdAt: 1 })
        .limit(1)
        .toArray()
    )[0]?.createdAt;
  }
}
