/**
 * Submitted reports. At rest a report is one sealed field plus a small clear
 * part that routing and statistics need (see {@link ClearReport}); the
 * reporter's Telegram chat is kept apart, in `reporters`, sealed too, and is
 * never shown to anyone. Records of the earlier format (a larger clear part)
 * are still read.
 */
import { isDuplicateKey } from "./duplicate-key.js";
import type { Collection, Db } from "mongodb";
import type { RegionId } from "../shared/regions.js";
import type { PriorityFlag } from "../reports/vocabulary.js";
import type { Sector } from "../shared/vocabulary.js";
import { joinSensitive, reportSchema, type OpenReport, type Report, type SensitiveParts } from "../reports/report.js";
import type { ReportKind } from "../reports/vocabulary.js";
import type { Cipher } from "../security/cipher.js";
import { toHour } from "./coarse-time.js";
import type { Intake, OutboxStore } from "./outbox-store.js";
import type { ReportFact } from "../stats/stats.js";
import { signalsOf } from "../stats/signals.js";

/**
 * What a copy of the database without the key shows of a report: enough to
 * route it and count reports by region, kind, sector, priority and hour —
 * nothing that tells a self-report apart (role, age group, ill-treatment
 * kinds, contact choice and exact times are sealed).
 */
export interface ClearReport {
  kind: ReportKind;
  region: RegionId;
  sectors: Sector[];
  priority: PriorityFlag[];
  /** The hour it was submitted (ISO). */
  submittedHour: string;
}

export interface ReportDocument {
  /** The reference code: people read it out, so it is the key lookups use. */
  _id: string;
  /** The draft's id: a second submission of the same draft is recognised. */
  reportId: string;
  /** 2: the whole report sealed, a {@link ClearReport} in clear. Absent: the earlier format. */
  format?: 2;
  open: ClearReport | OpenReport;
  sealed: string;
  /** Rounded to the hour. */
  createdAt: Date;
}

interface ReporterDocument {
  /** The report's reference code. */
  _id: string;
  /** The Telegram chat id, encrypted. */
  sealedChat: string;
  createdAt: Date;
}

export type SaveResult = "saved" | "already-saved" | "code-taken";

/** What a reporter link holds, sealed, once the reporter asked to be forgotten. */
const REPORTER_LEFT = "left";

export function clearPartOf(report: Report): ClearReport {
  return {
    kind: report.kind,
    region: report.where.region,
    sectors: report.derived.sectors,
    priority: (Object.keys(report.derived.priority) as PriorityFlag[]).filter((flag) => report.derived.priority[flag]),
    submittedHour: toHour(Date.parse(report.submittedAt)).toISOString(),
  };
}

export class ReportsStore {
  readonly reports: Collection<ReportDocument>;
  readonly reporters: Collection<ReporterDocument>;

  constructor(
    db: Db,
    private readonly cipher: Cipher,
    private readonly outbox: OutboxStore,
  ) {
    this.reports = db.collection<ReportDocument>("reports");
    this.reporters = db.collection<ReporterDocument>("reporters");
  }

  async ensureIndexes(): Promise<void> {
    await this.reports.createIndex({ createdAt: 1 });
    await this.migrate();
  }

  /** Start-up migration of reports of the earlier format (idempotent: only records without `format` change). */
  private async migrate(): Promise<void> {
    for await (const doc of this.reports.find({ format: { $exists: false } }, { projection: { _id: 1, reportId: 1, createdAt: 1 } })) {
      const report = await this.findByCode(doc._id).catch(() => undefined);
      if (!report) continue; // unreadable as a report: left as it is, still read as before
      const replacement = {
        reportId: doc.reportId,
        format: 2 as const,
        open: clearPartOf(report),
        sealed: this.cipher.encryptJson(report, `report:${doc._id}`),
        createdAt: toHour(doc.createdAt),
      };
      await this.reports.replaceOne({ _id: doc._id, format: { $exists: false } }, replacement);
    }
  }

  /**
   * Stores a report, apart from it who sent it, and queues it for routing to
   * the sector leads. Idempotent: every write is keyed by the reference code,
   * so a retry after a crash completes the set instead of duplicating it.
   * "code-taken" (another report has the code) asks for a new code.
   * With contact "none" the way back to the reporter is not kept at all.
   */
  async save(report: Report, reporterChatId: number, intake?: Intake): Promise<SaveResult> {
    const existing = await this.reports.findOne({ _id: report.code }, { projection: { reportId: 1 } });
    if (existing && existing.reportId !== report.id) return "code-taken";
    const at = new Date();
    const now = toHour(at);
    // Identity first: a report that may be answered is never stored without the way back to its source.
    if (report.contact === "bot") {
      await this.reporters.replaceOne(
        { _id: report.code },
        { sealedChat: this.cipher.encrypt(String(reporterChatId), `reporter:${report.code}`), createdAt: now },
        { upsert: true },
      );
    }
    // Queued before it exists: once stored, a report is always routed, even after a crash here.
    await this.outbox.enqueueRouting(report.code, at, intake);
    if (existing) return "already-saved";
    try {
      await this.reports.insertOne({
        _id: report.code,
        reportId: report.id,
        format: 2,
        open: clearPartOf(report),
        sealed: this.cipher.encryptJson(report, `report:${report.code}`),
        createdAt: now,
      });
    } catch (error) {
      if (isDuplicateKey(error)) return this.save(report, reporterChatId, intake);
      throw error;
    }
    return "saved";
  }

  /**
   * Replaces a stored report with a fuller version of itself (a quick alert's
   * details): same code, same draft id. The way back to the reporter follows
   * the new contact choice. Returns false when there is no such report.
   */
  async amend(report: Report, reporterChatId: number): Promise<boolean> {
    const result = await this.reports.updateOne(
      { _id: report.code, reportId: report.id },
      { $set: { format: 2, open: clearPartOf(report), sealed: this.cipher.encryptJson(report, `report:${report.code}`) } },
    );
    if (result.matchedCount === 0) return false;
    if (report.contact === "bot")
      await this.reporters.replaceOne(
        { _id: report.code },
        { sealedChat: this.cipher.encrypt(String(reporterChatId), `reporter:${report.code}`), createdAt: toHour(new Date()) },
        { upsert: true },
      );
    else await this.reporters.deleteOne({ _id: report.code });
    return true;
  }

  async findByCode(code: string): Promise<Report | undefined> {
    const doc = await this.reports.findOne({ _id: code });
    return doc ? this.unseal(doc) : undefined;
  }

  private unseal(doc: Pick<ReportDocument, "_id" | "format" | "open" | "sealed">): Report {
    const code = doc._id;
    if (doc.format === 2) return reportSchema.parse(this.cipher.decryptJson<Report>(doc.sealed, `report:${code}`));
    return joinSensitive(doc.open as OpenReport, this.cipher.decryptJson<SensitiveParts>(doc.sealed, `report:${code}`));
  }

  /**
   * The reports stored in [from, to), for the documentation sector's exports and counts,
   * unsealed one at a time from a cursor (a small batch at a time from the database): an
   * export of 10,000 reports holds a batch, not the list. Ordered by the hour submitted,
   * then code. With `regions`, only reports of those regions (a regional documentation lead).
   */
  async *openedIn(from: Date, to: Date, regions?: RegionId[], batchSize = 100): AsyncGenerator<Report> {
    const filter = { createdAt: { $gte: from, $lt: to }, ...(regions ? { format: 2 as const, "open.region": { $in: regions } } : {}) };
    const cursor = this.reports
      .find(filter, { projection: { _id: 1, format: 1, open: 1, sealed: 1 } })
      .sort({ createdAt: 1, _id: 1 })
      .batchSize(batchSize);
    try {
      for await (const doc of cursor) yield this.unseal(doc);
    } finally {
      await cursor.close();
    }
  }

  /** The chat to write back to; only the bot itself ever calls this. Undefined once the link is dropped, or the reporter left. */
  async reporterChat(code: string): Promise<number | undefined> {
    const doc = await this.reporters.findOne({ _id: code });
    const chat = doc ? this.cipher.decrypt(doc.sealedChat, `reporter:${code}`) : undefined;
    return chat === undefined || chat === REPORTER_LEFT ? undefined : Number(chat);
  }

  /** The reporter asked the bot to forget them (/forget): leads are told so instead of "no contact". */
  async reporterLeft(code: string): Promise<boolean> {
    const doc = await this.reporters.findOne({ _id: code });
    return !!doc && this.cipher.decrypt(doc.sealedChat, `reporter:${code}`) === REPORTER_LEFT;
  }

  /**
   * /forget: every link from a report to this chat is replaced by a sealed
   * "left" (looks like any other link in a copy without the key; dropped
   * with the other links by retention). Reports stay. Returns their codes.
   * A scan: a keyed chat id on each link would link a person's reports.
   */
  async forgetReporter(chatId: number): Promise<string[]> {
    const codes: string[] = [];
    for await (const doc of this.reporters.find({}, { projection: { _id: 1, sealedChat: 1 } })) {
      if (!doc.sealedChat || this.cipher.decrypt(doc.sealedChat, `reporter:${doc._id}`) !== String(chatId)) continue;
      await this.reporters.updateOne({ _id: doc._id }, { $set: { sealedChat: this.cipher.encrypt(REPORTER_LEFT, `reporter:${doc._id}`) } });
      codes.push(doc._id);
    }
    return codes;
  }

  /** Drops the way back to the reporters of these reports (retention, or the reporter asked). */
  async dropReporterLinks(codes: string[]): Promise<number> {
    if (codes.length === 0) return 0;
    return (await this.reporters.deleteMany({ _id: { $in: codes } })).deletedCount;
  }

  /** Codes of reports whose reporter link is kept. */
  async linkedCodes(): Promise<string[]> {
    return (await this.reporters.find({}, { projection: { _id: 1 } }).toArray()).map((doc) => doc._id);
  }

  /** Links kept for reports of the earlier format whose reporter chose "don't contact me". */
  async linkedWithoutConsent(): Promise<string[]> {
    return (await this.reports.find({ format: { $exists: false }, "open.contact": "none" }, { projection: { _id: 1 } }).toArray()).map(
      (doc) => doc._id,
    );
  }

  /** Codes of reports stored before `before`, oldest first. */
  async codesOlderThan(before: Date, limit: number): Promise<string[]> {
    return (
      await this.reports
        .find({ createdAt: { $lt: before } }, { projection: { _id: 1 } })
        .sort({ createdAt: 1 })
        .limit(limit)
        .toArray()
    ).map((doc) => doc._id);
  }

  /** Removes the reports and their reporter links (retention). */
  async purge(codes: string[]): Promise<number> {
    if (codes.length === 0) return 0;
    await this.reporters.deleteMany({ _id: { $in: codes } });
    return (await this.reports.deleteMany({ _id: { $in: codes } })).deletedCount;
  }

  /**
   * What statistics count of the reports stored in [from, to) (in `regions`, when given): the
   * clear part, and from the sealed part only the rights signals and ill-treatment kinds
   * (signals.ts) — nothing else leaves this method.
   */
  async statsFacts(from: Date, to: Date, regions?: RegionId[]): Promise<ReportFact[]> {
    const facts: ReportFact[] = [];
    for await (const report of this.openedIn(from, to, regions)) {
      const clear = clearPartOf(report);
      facts.push({ ...clear, submittedHour: new Date(clear.submittedHour), signals: signalsOf(report) });
    }
    return facts;
  }

  async count(): Promise<number> {
    return this.reports.countDocuments();
  }
}
