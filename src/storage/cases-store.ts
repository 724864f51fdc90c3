/**
 * A case is one report as one sector handles it: open, taken by a lead,
 * closed with an outcome. Escalation deadlines wait in a small queue.
 */
import type { Collection, Db } from "mongodb";
import type { RegionId } from "../content/regions.js";
import type { Sector } from "../reports/derive.js";
import type { EscalationLevel } from "../routing/leads.js";

export const OUTCOMES = ["lawyer-provided", "released", "relatives-informed", "complaint-filed", "referred", "no-action", "duplicate"] as const;
export type Outcome = (typeof OUTCOMES)[number] | "handed-over";

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
}

export const caseId = (code: string, sector: Sector) => `${code}|${sector}`;

/** FerretDB v1 leaves out fields an upsert set to null; read them back as null. */
function withNulls(record: CaseRecord): CaseRecord {
  return { ...record, takenBy: record.takenBy ?? null, takenAt: record.takenAt ?? null, closedAt: record.closedAt ?? null, outcome: record.outcome ?? null };
}

export class CasesStore {
  readonly cases: Collection<CaseRecord>;
  private readonly escalations: Collection<{ _id: string; dueAt: Date }>;

  constructor(db: Db) {
    this.cases = db.collection<CaseRecord>("cases");
    this.escalations = db.collection("escalation_queue");
  }

  async ensureIndexes(): Promise<void> {
    await this.cases.createIndex({ code: 1 });
    await this.cases.createIndex({ status: 1 });
    await this.escalations.createIndex({ dueAt: 1 });
  }

  /** Opens the case unless it exists; schedules its first escalation. */
  async open(record: Pick<CaseRecord, "code" | "sector" | "region" | "rank" | "level" | "createdAt">, escalateAt: Date | null): Promise<void> {
    const _id = caseId(record.code, record.sector);
    const result = await this.cases.updateOne(
      { _id },
      { $setOnInsert: { ...record, status: "open", takenBy: null, takenAt: null, closedAt: null, outcome: null } },
      { upsert: true },
    );
    if (result.upsertedCount > 0 && escalateAt) await this.escalations.updateOne({ _id }, { $setOnInsert: { dueAt: escalateAt } }, { upsert: true });
  }

  async get(code: string, sector: Sector): Promise<CaseRecord | undefined> {
    const record = await this.cases.findOne({ _id: caseId(code, sector) });
    return record ? withNulls(record) : undefined;
  }

  async forReport(code: string): Promise<CaseRecord[]> {
    return (await this.cases.find({ code }).toArray()).map(withNulls);
  }

  /** Takes an open case for a lead; false if someone was first or it is closed. */
  async take(code: string, sector: Sector, leadId: string, now: Date): Promise<boolean> {
    const _id = caseId(code, sector);
    const result = await this.cases.updateOne({ _id, status: "open" }, { $set: { status: "taken", takenBy: leadId, takenAt: now } });
    if (result.modifiedCount === 0) return false;
    await this.escalations.deleteOne({ _id });
    return true;
  }

  async close(code: string, sector: Sector, outcome: Outcome, now: Date): Promise<boolean> {
    const _id = caseId(code, sector);
    const result = await this.cases.updateOne({ _id, status: { $ne: "closed" } }, { $set: { status: "closed", closedAt: now, outcome } });
    await this.escalations.deleteOne({ _id });
    return result.modifiedCount > 0;
  }

  async dueEscalations(now: Date, limit: number): Promise<CaseRecord[]> {
    const due = await this.escalations.find({ dueAt: { $lte: now } }).limit(limit).toArray();
    if (due.length === 0) return [];
    return (await this.cases.find({ _id: { $in: due.map((d) => d._id) } }).toArray()).map(withNulls);
  }

  async escalated(id: string, level: EscalationLevel, nextAt: Date | null): Promise<void> {
    await this.cases.updateOne({ _id: id }, { $set: { level } });
    if (nextAt) await this.escalations.updateOne({ _id: id }, { $set: { dueAt: nextAt } });
    else await this.escalations.deleteOne({ _id: id });
  }

  async unclosed(): Promise<CaseRecord[]> {
    return (await this.cases.find({ status: { $ne: "closed" } }).toArray()).map(withNulls);
  }
}
