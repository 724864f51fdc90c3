/**
 * A case is one report as one sector handles it: open, taken by a lead,
 * closed with an outcome. Escalation deadlines wait in a small queue.
 *
 * At rest, who took a case and the exact times are sealed; the clear times
 * are rounded to the hour. Records of the earlier format (clear `takenBy`,
 * exact times) are still read.
 */
import { isDuplicateKey } from "./duplicate-key.js";
import { absentAsNull, oneAtATime } from "./ferretdb.js";
import type { Collection, Db } from "mongodb";
import type { Cipher } from "../security/cipher.js";
import { toHour } from "./coarse-time.js";
import type { RegionId } from "../shared/regions.js";
import { SECTORS, type Outcome, type Sector } from "../shared/vocabulary.js";
import type { EscalationLevel } from "../routing/leads.js";
import type { CustodyMark } from "../cases/custody-clock.js";
import type { CaseFact } from "../stats/stats.js";

/** The lead's latest mark of the detained person: what, when, and in which lead chat (sealed at rest). */
export interface CustodyState {
  mark: CustodyMark;
  at: Date;
  /** The lead chat that marked it: reminders go there while the person is "still held". */
  chatId: number;
}

export interface CaseRecord {
  /** `<code>|<sector>` */
  _id: string;
  code: string;
  sector: Sector;
  region: RegionId;
  rank: number;
  status: "open" | "taken" | "closed";
  level: EscalationLevel;
  createdAt: Date;
  takenBy: string | null;
  takenAt: Date | null;
  closedAt: Date | null;
  outcome: Outcome | null;
  /** The clock on a detention (cases/custody-clock.ts); absent until a lead marks it. */
  custody?: CustodyState;
}

export const caseId = (code: string, sector: Sector) => `${code}|${sector}`;

/** At rest: the clear fields, with `createdAt` and `closedAt` rounded to the hour, and the sealed ones. */
type CaseDocument = Omit<CaseRecord, "takenBy" | "takenAt" | "custody"> & {
  /** The custody mark in clear (a status, like `status`), for the overview. */
  custody?: CustodyMark;
  /** { mark, at, chatId } of the latest custody mark, sealed. */
  sealedCustody?: string;
  /** The exact opening time (ms), sealed. */
  sealedOpened?: string;
  /** { by, at } of the lead who took it, sealed. */
  sealedTaken?: string;
  /** The earlier format. */
  takenBy?: string | null;
  takenAt?: Date | null;
};

export class CasesStore {
  /** Claims that must win once (take, close, a reminder) run one at a time: see ferretdb.ts. */
  private readonly claims = oneAtATime();
  readonly cases: Collection<CaseDocument>;
  private readonly escalations: Collection<{ _id: string; dueAt: Date }>;
  /** Custody reminders due, one per report (`_id` = its code): a small queue of pending work, exact times in clear. */
  private readonly custodyReminders: Collection<{ _id: string; dueAt: Date }>;

  constructor(
    db: Db,
    private readonly cipher: Cipher,
  ) {
    this.cases = db.collection<CaseDocument>("cases");
    this.escalations = db.collection("escalation_queue");
    this.custodyReminders = db.collection("custody_reminders");
  }

  async ensureIndexes(): Promise<void> {
    await this.cases.createIndex({ code: 1 });
    await this.cases.createIndex({ status: 1 });
    await this.escalations.createIndex({ dueAt: 1 });
    await this.custodyReminders.createIndex({ dueAt: 1 });
    await this.migrate();
  }

  /** Start-up migration of cases of the earlier format (idempotent: only records without `sealedOpened` change). */
  private async migrate(): Promise<void> {
    for await (const doc of this.cases.find({ sealedOpened: { $exists: false } })) {
      const record = this.toRecord(doc);
      await this.cases.updateOne(
        { _id: doc._id },
        {
          $set: {
            createdAt: toHour(record.createdAt),
            sealedOpened: this.cipher.encrypt(String(record.createdAt.getTime()), `case-opened:${doc._id}`),
            closedAt: record.closedAt ? toHour(record.closedAt) : null,
            ...(record.takenBy
              ? {
                  sealedTaken: this.cipher.encryptJson(
                    { by: record.takenBy, at: (record.takenAt ?? record.createdAt).getTime() },
                    `case-taken:${doc._id}`,
                  ),
                }
              : {}),
          },
          $unset: { takenBy: "", takenAt: "" },
        },
      );
    }
  }

  /** Opens the case unless it exists; schedules its first escalation. */
  async open(
    record: Pick<CaseRecord, "code" | "sector" | "region" | "rank" | "level" | "createdAt">,
    escalateAt: Date | null,
  ): Promise<void> {
    const _id = caseId(record.code, record.sector);
    const result = await this.cases
      .updateOne(
        { _id },
        {
          $setOnInsert: {
            ...record,
            createdAt: toHour(record.createdAt),
            sealedOpened: this.cipher.encrypt(String(record.createdAt.getTime()), `case-opened:${_id}`),
            status: "open",
            closedAt: null,
            outcome: null,
          },
        },
        { upsert: true },
      )
      .catch((error: unknown) => {
        // Two upserts at once (an alarm's report routed at once beside a routing pass): both may try
        // the insert, on MongoDB as on FerretDB, and the loser gets a duplicate key — the case is open.
        if (isDuplicateKey(error)) return { upsertedCount: 0 };
        throw error;
      });
    if (result.upsertedCount > 0 && escalateAt)
      await this.escalations.updateOne({ _id }, { $setOnInsert: { dueAt: escalateAt } }, { upsert: true });
  }

  async get(code: string, sector: Sector): Promise<CaseRecord | undefined> {
    const record = await this.cases.findOne({ _id: caseId(code, sector) });
    return record ? this.toRecord(record) : undefined;
  }

  /**
   * A report's cases in the order of {@link SECTORS}. The database's natural order is no order:
   * FerretDB on PostgreSQL returns an updated case last (and MongoDB promises none).
   */
  async forReport(code: string): Promise<CaseRecord[]> {
    const records = (await this.cases.find({ code }).toArray()).map((record) => this.toRecord(record));
    return records.sort((a, b) => SECTORS.indexOf(a.sector) - SECTORS.indexOf(b.sector));
  }

  /** The cases of several reports (an export's batch), in no particular order. */
  async forReports(codes: string[]): Promise<CaseRecord[]> {
    if (codes.length === 0) return [];
    return (await this.cases.find({ code: { $in: codes } }).toArray()).map((record) => this.toRecord(record));
  }

  /** Takes an open case for a lead; false if someone was first or it is closed. */
  async take(code: string, sector: Sector, leadId: string, now: Date): Promise<boolean> {
    const _id = caseId(code, sector);
    // Two leads pressing Take at once: one wins (ferretdb.ts, "A conditional write").
    const result = await this.claims(() =>
      this.cases.updateOne(
        { _id, status: "open" },
        { $set: { status: "taken", sealedTaken: this.cipher.encryptJson({ by: leadId, at: now.getTime() }, `case-taken:${_id}`) } },
      ),
    );
    if (result.modifiedCount === 0) return false;
    await this.escalations.deleteOne({ _id });
    return true;
  }

  async close(code: string, sector: Sector, outcome: Outcome, now: Date): Promise<boolean> {
    const _id = caseId(code, sector);
    const result = await this.claims(() =>
      this.cases.updateOne({ _id, status: { $ne: "closed" } }, { $set: { status: "closed", closedAt: toHour(now), outcome } }),
    );
    await this.escalations.deleteOne({ _id });
    return result.modifiedCount > 0;
  }

  /** Cases waiting for their escalation time (a metric: the timers pending). */
  async pendingEscalations(): Promise<number> {
    return this.escalations.countDocuments();
  }

  async dueEscalations(now: Date, limit: number): Promise<CaseRecord[]> {
    const due = await this.escalations
      .find({ dueAt: { $lte: now } })
      .limit(limit)
      .toArray();
    if (due.length === 0) return [];
    return (await this.cases.find({ _id: { $in: due.map((d) => d._id) } }).toArray()).map((record) => this.toRecord(record));
  }

  async escalated(id: string, level: EscalationLevel, nextAt: Date | null): Promise<void> {
    await this.cases.updateOne({ _id: id }, { $set: { level } });
    if (nextAt) await this.escalations.updateOne({ _id: id }, { $set: { dueAt: nextAt } });
    else await this.escalations.deleteOne({ _id: id });
  }

  /**
   * A lead's custody mark, on every unclosed case of the report (the person is
   * one, whichever sectors act); schedules the next reminder, or none.
   * Returns the sectors marked (none when every case is closed).
   */
  async markCustody(code: string, state: CustodyState, remindAt: Date | null): Promise<Sector[]> {
    const marked: Sector[] = [];
    for (const doc of await this.cases.find({ code, status: { $ne: "closed" } }).toArray()) {
      await this.cases.updateOne(
        { _id: doc._id },
        {
          $set: {
            custody: state.mark,
            sealedCustody: this.cipher.encryptJson(
              { mark: state.mark, at: state.at.getTime(), chatId: state.chatId },
              `case-custody:${doc._id}`,
            ),
          },
        },
      );
      marked.push(doc.sector);
    }
    if (marked.length > 0 && remindAt)
      await this.custodyReminders.updateOne({ _id: code }, { $set: { dueAt: remindAt } }, { upsert: true });
    else await this.custodyReminders.deleteOne({ _id: code });
    return marked;
  }

  /** Reports whose custody reminder is due. */
  async dueCustodyReminders(now: Date, limit: number): Promise<Array<{ code: string; dueAt: Date }>> {
    const due = await this.custodyReminders
      .find({ dueAt: { $lte: now } })
      .limit(limit)
      .toArray();
    return due.map((entry) => ({ code: entry._id, dueAt: entry.dueAt }));
  }

  /**
   * Claims a due reminder before it is sent: moves it to `next` (or drops it)
   * only if it is still the one that was due. A reminder is so sent at most
   * once, also when the process stops right after the claim.
   */
  async claimCustodyReminder(code: string, dueAt: Date, next: Date | null): Promise<boolean> {
    return this.claims(async () => {
      const result = next
        ? (await this.custodyReminders.updateOne({ _id: code, dueAt }, { $set: { dueAt: next } })).modifiedCount
        : (await this.custodyReminders.deleteOne({ _id: code, dueAt })).deletedCount;
      return result > 0;
    });
  }

  async unclosed(): Promise<CaseRecord[]> {
    return (await this.cases.find({ status: { $ne: "closed" } }).toArray()).map((record) => this.toRecord(record));
  }

  /**
   * What statistics count of the cases opened in [from, to) (in `regions`, when given): the clear
   * parts, and the time each was taken, from its sealed part (who took it is not read out).
   */
  async statsFacts(from: Date, to: Date, regions?: RegionId[]): Promise<CaseFact[]> {
    const docs = await this.cases
      .find(
        { createdAt: { $gte: from, $lt: to }, ...(regions ? { region: { $in: regions } } : {}) },
        { projection: { sector: 1, status: 1, outcome: 1, createdAt: 1, closedAt: 1, sealedOpened: 1, sealedTaken: 1 } },
      )
      .toArray();
    // Both exact times are sealed (the clear one is rounded to the hour); only their difference leaves.
    const takenAfterMs = (doc: (typeof docs)[number]) => {
      const taken = this.cipher.decryptJson<{ at: number }>(doc.sealedTaken!, `case-taken:${doc._id}`).at;
      const opened = doc.sealedOpened ? Number(this.cipher.decrypt(doc.sealedOpened, `case-opened:${doc._id}`)) : doc.createdAt.getTime();
      return Math.max(0, taken - opened);
    };
    return docs.map((doc) => ({
      sector: doc.sector,
      status: doc.status,
      ...(doc.outcome ? { outcome: doc.outcome } : {}),
      createdAt: doc.createdAt,
      ...(doc.sealedTaken ? { takenAfterMs: takenAfterMs(doc) } : {}),
      ...(doc.closedAt ? { closedAt: doc.closedAt } : {}),
    }));
  }

  /** Codes of reports whose every case closed before `before` (a report with an unclosed case is left out). */
  async reportsClosedBefore(before: Date, codes?: string[]): Promise<string[]> {
    const filter = codes ? { code: { $in: codes } } : {};
    const all = await this.cases.find(filter, { projection: { code: 1, status: 1, closedAt: 1 } }).toArray();
    const settled = new Map<string, boolean>();
    for (const c of all) settled.set(c.code, (settled.get(c.code) ?? true) && c.status === "closed" && !!c.closedAt && c.closedAt < before);
    return [...settled].filter(([, done]) => done).map(([code]) => code);
  }

  /** Retention: the cases of purged reports and their escalations. */
  async purgeReports(codes: string[]): Promise<number> {
    if (codes.length === 0) return 0;
    const ids = (await this.cases.find({ code: { $in: codes } }, { projection: { _id: 1 } }).toArray()).map((doc) => doc._id);
    if (ids.length > 0) await this.escalations.deleteMany({ _id: { $in: ids } });
    await this.custodyReminders.deleteMany({ _id: { $in: codes } });
    return (await this.cases.deleteMany({ code: { $in: codes } })).deletedCount;
  }

  /** The record as the bot uses it (fields stored as null come back absent: ferretdb.ts). */
  private toRecord(doc: CaseDocument): CaseRecord {
    const { sealedOpened, sealedTaken, takenBy, takenAt, custody: _clearMark, sealedCustody, ...rest } = doc;
    const taken = sealedTaken ? this.cipher.decryptJson<{ by: string; at: number }>(sealedTaken, `case-taken:${doc._id}`) : undefined;
    const custody = sealedCustody
      ? this.cipher.decryptJson<{ mark: CustodyMark; at: number; chatId: number }>(sealedCustody, `case-custody:${doc._id}`)
      : undefined;
    return {
      ...rest,
      ...(custody ? { custody: { mark: custody.mark, at: new Date(custody.at), chatId: custody.chatId } } : {}),
      createdAt: sealedOpened ? new Date(Number(this.cipher.decrypt(sealedOpened, `case-opened:${doc._id}`))) : doc.createdAt,
      takenBy: taken?.by ?? takenBy ?? null,
      takenAt: taken ? new Date(taken.at) : (takenAt ?? null),
      closedAt: absentAsNull(doc.closedAt),
      outcome: absentAsNull(doc.outcome),
    };
  }
}
