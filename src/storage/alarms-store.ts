/**
 * Alarms and their sends. An alarm (who, when, where, to whom — all sealed)
 * is stored before anything is sent, and each message it owes a recipient is
 * a send keyed by (alarm, kind, recipient): writing it again changes nothing,
 * and a send is kept, marked sent, until the alarm is purged, so a crash at any
 * point resumes without repeating what went out. `complete: false` marks an
 * alarm whose sends (or report) may not all be written yet; the sender
 * finishes it after a crash. The collections hold only recent alarms
 * (FerretDB scans any query not by _id).
 */
import type { Collection, Db } from "mongodb";
import type { Cipher } from "../security/cipher.js";
import { ALARM_RETENTION_MS, type Alarm, type SendKind } from "../emergency/alarm.js";
import { toHour } from "./coarse-time.js";

interface AlarmDocument {
  _id: string;
  sealed: string;
  complete: boolean;
  expiresAt: Date;
}

export interface AlarmSend {
  _id: string;
  alarmId: string;
  kind: SendKind;
  /**
   * The recipient's place in the alarm's list (contacts, or leads for
   * "lead-safe"): never a contact's id, which would link two alarms of one person.
   */
  recipient: number;
  /** Higher first: the alarm before its follow-ups. */
  rank: number;
  dueAt: Date;
  attempts: number;
  sentAt: Date | null;
  /** Why it can never be sent (the contact blocked the bot). */
  failed: string | null;
  expiresAt: Date;
}

const RANK: Record<SendKind, number> = { alarm: 3, location: 2, safe: 1, "lead-safe": 1 };

export class AlarmsStore {
  private readonly alarms: Collection<AlarmDocument>;
  readonly sends: Collection<AlarmSend>;

  constructor(
    db: Db,
    private readonly cipher: Cipher,
  ) {
    this.alarms = db.collection<AlarmDocument>("alarms");
    this.sends = db.collection<AlarmSend>("alarm_sends");
  }

  async ensureIndexes(): Promise<void> {
    await this.sends.createIndex({ dueAt: 1 });
    await this.alarms.createIndex({ expiresAt: 1 });
  }

  /** Stores a new alarm unless one with its id exists; returns the stored one. */
  async create(alarm: Alarm): Promise<Alarm> {
    await this.alarms.updateOne(
      { _id: alarm.id },
      {
        $setOnInsert: {
          sealed: this.cipher.encryptJson(alarm, `alarm:${alarm.id}`),
          complete: false,
          expiresAt: toHour(alarm.raisedAt + ALARM_RETENTION_MS),
        },
      },
      { upsert: true },
    );
    return (await this.get(alarm.id))!;
  }

  async get(id: string): Promise<Alarm | undefined> {
    const doc = await this.alarms.findOne({ _id: id });
    return doc ? this.cipher.decryptJson<Alarm>(doc.sealed, `alarm:${id}`) : undefined;
  }

  /** A change (location, "I'm safe"): the alarm is incomplete until its new sends are written. */
  async change(alarm: Alarm): Promise<void> {
    await this.alarms.updateOne(
      { _id: alarm.id },
      { $set: { sealed: this.cipher.encryptJson(alarm, `alarm:${alarm.id}`), complete: false } },
    );
  }

  async markComplete(id: string): Promise<void> {
    await this.alarms.updateOne({ _id: id }, { $set: { complete: true } });
  }

  async incomplete(): Promise<Alarm[]> {
    const docs = await this.alarms.find({ complete: false }).limit(100).toArray();
    return docs.map((doc) => this.cipher.decryptJson<Alarm>(doc.sealed, `alarm:${doc._id}`));
  }

  /** Writes the send unless it exists (sent or not). */
  async addSend(alarm: Alarm, kind: SendKind, recipient: number, now: Date): Promise<void> {
    const _id = `${alarm.id}|${kind}|${recipient}`;
    await this.sends.updateOne(
      { _id },
      {
        $setOnInsert: {
          alarmId: alarm.id,
          kind,
          recipient,
          rank: RANK[kind],
          dueAt: now,
          attempts: 0,
          sentAt: null,
          failed: null,
          expiresAt: toHour(alarm.raisedAt + ALARM_RETENTION_MS),
        },
      },
      { upsert: true },
    );
  }

  async due(now: Date, limit: number): Promise<AlarmSend[]> {
    return this.sends
      .find({ sentAt: null, failed: null, dueAt: { $lte: now } })
      .sort({ rank: -1, dueAt: 1 })
      .limit(limit)
      .toArray();
  }

  /** Sends stored and not yet sent nor given up (metrics). */
  pendingSendCount(): Promise<number> {
    return this.sends.countDocuments({ sentAt: null, failed: null });
  }

  async nextDueAt(): Promise<Date | undefined> {
    return (await this.sends.find({ sentAt: null, failed: null }).sort({ dueAt: 1 }).limit(1).toArray())[0]?.dueAt;
  }

  async sent(id: string, now: Date): Promise<void> {
    // Kept (so it is never sent again) with times to the hour: only pending sends hold exact times.
    await this.sends.updateOne({ _id: id }, { $set: { sentAt: toHour(now), dueAt: toHour(now) } });
  }

  async retryLater(id: string, dueAt: Date): Promise<void> {
    await this.sends.updateOne({ _id: id }, { $set: { dueAt }, $inc: { attempts: 1 } });
  }

  async failed(id: string, reason: string): Promise<void> {
    await this.sends.updateOne({ _id: id }, { $set: { failed: reason, dueAt: toHour(Date.now()) } });
  }

  async pendingCount(): Promise<number> {
    return this.sends.countDocuments({ sentAt: null, failed: null });
  }

  /** Retention: alarms, their sends and locations, a week after the tap. */
  async purgeExpired(now: Date): Promise<number> {
    await this.sends.deleteMany({ expiresAt: { $lt: now } });
    return (await this.alarms.deleteMany({ expiresAt: { $lt: now } })).deletedCount;
  }

  /** /forget: the person's alarms (by id, from their profile). */
  async delete(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.sends.deleteMany({ alarmId: { $in: ids } });
    await this.alarms.deleteMany({ _id: { $in: ids } });
  }
}
