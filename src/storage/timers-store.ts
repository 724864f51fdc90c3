/**
 * Check-in timers (issue 10 §3), durable: a timer outlives restarts and a day
 * of the bot being down, and fires once — the job claims it with a
 * findOneAndUpdate before it raises anything. On MongoDB that claim is atomic.
 * On the embedded FerretDB v1 it is not: two concurrent findOneAndUpdate calls
 * on one document both matched and both "won" (test/checkin.test.ts caught
 * it). So this store also runs every change of a timer's stage — claims, "I'm
 * safe", Stop, +1 hour — one at a time within the process, which is enough
 * because one bot process owns its database (polling allows one consumer per
 * token; see the README). A claim and "I'm safe" pressed at the deadline thus
 * never both succeed.
 *
 * At rest: one document per person with a running timer, keyed by a keyed id
 * of its own purpose; who it is (the chat), the language, when it started and
 * the id of this run (its buttons carry it) are sealed, and so is the last
 * point of a live location, which is replaced by each new point and deleted
 * with the timer. In clear only what the job queries: the deadline, the next
 * moment to look at it, and its stage. The document is deleted when the timer
 * ends ("I'm safe", Stop, /forget) or has fired.
 *
 * Delivery guarantees: a reminder is sent at most once (claimed, then sent). A
 * fired timer is claimed for {@link FIRING_LEASE_MS}; the alarm is raised,
 * the person told, then the document deleted. If the process dies in between,
 * the lease runs out and the next run fires it again: a crash in that window
 * can raise the alarm twice, never not at all.
 */
import { isDuplicateKey } from "./duplicate-key.js";
import { randomBytes } from "node:crypto";
import type { Collection, Db } from "mongodb";
import { isLocale, type Locale } from "../shared/locales.js";
import type { Cipher } from "../security/cipher.js";
import { nextDueAt, type GeoPoint, type TimerStage } from "../emergency/checkin.js";
import { oneAtATime } from "./ferretdb.js";

/** How long a claimed firing is left to its process before another run may take it over. */
export const FIRING_LEASE_MS = 2 * 60_000;

export interface CheckinTimer {
  chatId: number;
  /** The language the person started it in: reminders and the alarm notice speak it. */
  locale: Locale;
  /** The id of this timer's run, in its buttons: a button of an earlier timer is stale. */
  run: string;
  startedAt: number;
  deadline: number;
  stage: TimerStage;
  /** The last point of a shared live location. */
  location?: GeoPoint;
}

type StoredStage = TimerStage | "firing";
const ACTIVE: StoredStage[] = ["running", "reminded"];

interface TimerDocument {
  /** keyedId("checkin-timer", chat id): one timer per person. */
  _id: string;
  /** { chatId, locale, run, startedAt }, sealed. */
  sealed: string;
  deadline: Date;
  /** The next moment the job must look: the reminder, the deadline, or the end of a firing's lease. */
  dueAt: Date;
  stage: StoredStage;
  /** The last location point, sealed; absent when none was shared. */
  sealedLocation?: string;
}

interface SealedPart {
  chatId: number;
  locale: Locale;
  run: string;
  startedAt: number;
}

/** A timer as the job sees it: the document's id to claim it with. */
export interface DueTimer {
  id: string;
  stage: StoredStage;
  deadline: number;
}

export type StartResult = { started: true; timer: CheckinTimer } | { started: false; existing: CheckinTimer | undefined };

export class TimersStore {
  private readonly timers: Collection<TimerDocument>;
  /** Changes of stage run one at a time (see the header). */
  private readonly exclusive = oneAtATime();

  constructor(
    db: Db,
    private readonly cipher: Cipher,
  ) {
    this.timers = db.collection<TimerDocument>("checkin_timers");
  }

  async ensureIndexes(): Promise<void> {
    await this.timers.createIndex({ dueAt: 1 });
  }

  /** Starts a timer, unless the person already has one (one per person): then that one is returned. */
  async start(input: { chatId: number; locale: Locale; startedAt: number; deadline: number }): Promise<StartResult> {
    const _id = this.id(input.chatId);
    const run = randomBytes(6).toString("base64url");
    const sealed: SealedPart = { chatId: input.chatId, locale: input.locale, run, startedAt: input.startedAt };
    try {
      await this.timers.insertOne({
        _id,
        sealed: this.cipher.encryptJson(sealed, `checkin:${_id}`),
        deadline: new Date(input.deadline),
        dueAt: new Date(nextDueAt("running", input.startedAt, input.deadline)),
        stage: "running",
      });
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      return { started: false, existing: await this.get(input.chatId) };
    }
    return { started: true, timer: { ...sealed, deadline: input.deadline, stage: "running" } };
  }

  /** The person's running timer (not one that is firing: its time is over). */
  async get(chatId: number): Promise<CheckinTimer | undefined> {
    const doc = await this.timers.findOne({ _id: this.id(chatId), stage: { $in: ACTIVE } });
    return doc ? this.open(doc) : undefined;
  }

  /** Ends the person's running timer and its location ("I'm safe", Stop); false when there was none (or `run` is another's). */
  end(chatId: number, run?: string): Promise<boolean> {
    return this.exclusive(async () => {
      const _id = this.id(chatId);
      if (run !== undefined && (await this.get(chatId))?.run !== run) return false;
      return (await this.timers.deleteOne({ _id, stage: { $in: ACTIVE } })).deletedCount === 1;
    });
  }

  /** +1 hour (or any new deadline): undefined when the timer of `run` is not running any more. */
  extend(chatId: number, run: string, deadline: (current: number) => number): Promise<CheckinTimer | undefined> {
    return this.exclusive(async () => {
      const timer = await this.get(chatId);
      if (!timer || timer.run !== run) return undefined;
      const next = deadline(timer.deadline);
      const result = await this.timers.updateOne(
        // The deadline read above: on MongoDB a concurrent change makes this match nothing.
        { _id: this.id(chatId), stage: { $in: ACTIVE }, deadline: new Date(timer.deadline) },
        { $set: { deadline: new Date(next), dueAt: new Date(nextDueAt("running", timer.startedAt, next)), stage: "running" } },
      );
      return result.matchedCount === 1 ? { ...timer, deadline: next, stage: "running" as const } : undefined;
    });
  }

  /** Keeps only this point as the last location of the running timer; false when none runs. */
  async setLocation(chatId: number, point: GeoPoint): Promise<boolean> {
    const _id = this.id(chatId);
    const sealedLocation = this.cipher.encryptJson({ latitude: point.latitude, longitude: point.longitude }, `checkin-location:${_id}`);
    return (await this.timers.updateOne({ _id, stage: { $in: ACTIVE } }, { $set: { sealedLocation } })).matchedCount === 1;
  }

  /** Timers something is due for (a reminder, a deadline, an abandoned firing), soonest first. */
  async due(now: number, limit = 100): Promise<DueTimer[]> {
    const docs = await this.timers
      .find({ dueAt: { $lte: new Date(now) } }, { projection: { stage: 1, deadline: 1, dueAt: 1 } })
      .sort({ dueAt: 1 })
      .limit(limit)
      .toArray();
    return docs.map((doc) => ({ id: doc._id, stage: doc.stage, deadline: doc.deadline.getTime() }));
  }

  /** When the job must next look at any timer (undefined: no timer at all). */
  async nextDueAt(): Promise<number | undefined> {
    const [doc] = await this.timers
      .find({}, { projection: { dueAt: 1 } })
      .sort({ dueAt: 1 })
      .limit(1)
      .toArray();
    return doc?.dueAt.getTime();
  }

  /** Claims the reminder of a running timer (once): the timer, or undefined when another run claimed it or it changed. */
  claimReminder(id: string, deadline: number, now: number): Promise<CheckinTimer | undefined> {
    return this.exclusive(async () => {
      const doc = await this.timers.findOneAndUpdate(
        { _id: id, stage: "running", deadline: new Date(deadline), dueAt: { $lte: new Date(now) } },
        { $set: { stage: "reminded", dueAt: new Date(deadline) } },
        { returnDocument: "after" },
      );
      return doc ? this.open(doc) : undefined;
    });
  }

  /** Claims a timer whose deadline has passed (or whose firing was abandoned), with its last location. */
  claimFiring(id: string, now: number): Promise<CheckinTimer | undefined> {
    return this.exclusive(async () => {
      const doc = await this.timers.findOneAndUpdate(
        { _id: id, deadline: { $lte: new Date(now) }, dueAt: { $lte: new Date(now) } },
        { $set: { stage: "firing", dueAt: new Date(now + FIRING_LEASE_MS) } },
        { returnDocument: "after" },
      );
      return doc ? this.open(doc) : undefined;
    });
  }

  /** A fired timer is done: it goes, with its location. */
  async finish(id: string): Promise<void> {
    await this.timers.deleteOne({ _id: id });
  }

  /** Timers running, with or without their reminder sent (metrics). */
  runningCount(): Promise<number> {
    return this.timers.countDocuments({ stage: { $in: ACTIVE } });
  }

  /** /forget: whatever timer the person has, gone. */
  async forget(chatId: number): Promise<void> {
    await this.timers.deleteOne({ _id: this.id(chatId) });
  }

  private open(doc: TimerDocument): CheckinTimer {
    const sealed = this.cipher.decryptJson<SealedPart>(doc.sealed, `checkin:${doc._id}`);
    const location = doc.sealedLocation ? this.cipher.decryptJson<GeoPoint>(doc.sealedLocation, `checkin-location:${doc._id}`) : undefined;
    return {
      chatId: sealed.chatId,
      locale: isLocale(sealed.locale) ? sealed.locale : "en",
      run: sealed.run,
      startedAt: sealed.startedAt,
      deadline: doc.deadline.getTime(),
      // A firing timer is past its reminder: as the job sees it, "reminded".
      stage: doc.stage === "running" ? "running" : "reminded",
      ...(location ? { location } : {}),
    };
  }

  private id(chatId: number): string {
    return this.cipher.keyedId("checkin-timer", chatId);
  }
}
