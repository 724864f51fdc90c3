/**
 * How many reports each person submitted in the last hour, for the
 * reports-per-hour limit and for fair queueing of alerts. Kept in the
 * database, so a restart does not hand a flooder a fresh hour.
 *
 * At rest: one record per person who reported within the hour, keyed by a
 * keyed id of its own purpose (it shares no id with any other record of that
 * person), the submission times sealed, and in clear only when it may be
 * deleted (rounded to the hour); the hourly purge (jobs/retention-purge.ts)
 * deletes it after that.
 */
import type { Collection, Db } from "mongodb";
import type { Cipher } from "../security/cipher.js";
import { toHour } from "./coarse-time.js";

export const INTAKE_WINDOW_MS = 60 * 60_000;

interface IntakeDocument {
  _id: string;
  /** { times: epoch ms[] }, sealed. */
  sealed: string;
  /** When it may be purged: the hour after the window of its last report ends. */
  expiresAt: Date;
}

export class IntakeStore {
  private readonly intake: Collection<IntakeDocument>;

  constructor(
    db: Db,
    private readonly cipher: Cipher,
  ) {
    this.intake = db.collection<IntakeDocument>("report_intake");
  }

  async ensureIndexes(): Promise<void> {
    await this.intake.createIndex({ expiresAt: 1 });
  }

  /** Submission times of this person's reports within the last hour, oldest first. */
  async recent(chatId: number, now: number): Promise<number[]> {
    const _id = this.id(chatId);
    const doc = await this.intake.findOne({ _id });
    if (!doc) return [];
    return this.cipher.decryptJson<{ times: number[] }>(doc.sealed, `intake:${_id}`).times.filter((t) => now - t < INTAKE_WINDOW_MS);
  }

  /**
   * Counts one more report, given what {@link recent} read just before (the
   * person's updates run one at a time, so nothing came in between); returns
   * how many this person has submitted in the hour, this one included.
   */
  async record(chatId: number, now: number, recent: readonly number[]): Promise<number> {
    const _id = this.id(chatId);
    const times = [...recent.filter((t) => now - t < INTAKE_WINDOW_MS), now];
    await this.intake.replaceOne(
      { _id },
      { sealed: this.cipher.encryptJson({ times }, `intake:${_id}`), expiresAt: toHour(now + 2 * INTAKE_WINDOW_MS) },
      { upsert: true },
    );
    return times.length;
  }

  async purgeExpired(now: Date): Promise<number> {
    return (await this.intake.deleteMany({ expiresAt: { $lt: now } })).deletedCount;
  }

  private id(chatId: number): string {
    return this.cipher.keyedId("report-intake", chatId);
  }
}
