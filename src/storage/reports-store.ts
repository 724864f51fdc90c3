/**
 * Submitted reports. The readable part (kind, region, flags, sectors…) is a
 * plain document; names, places, free text and file ids are one encrypted
 * field. The reporter's Telegram identity is kept apart, in `reporters`,
 * encrypted too, and is never shown to anyone.
 */
import type { Collection, Db } from "mongodb";
import { joinSensitive, splitSensitive, type OpenReport, type Report, type SensitiveParts } from "../reports/report.js";
import type { Cipher } from "../security/cipher.js";
import type { OutboxStore } from "./outbox-store.js";

export interface ReportDocument {
  /** The reference code: people read it out, so it is the key lookups use. */
  _id: string;
  /** The draft's id: a second submission of the same draft is recognised. */
  reportId: string;
  open: OpenReport;
  sealed: string;
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

export class ReportsStore {
  private readonly reports: Collection<ReportDocument>;
  private readonly reporters: Collection<ReporterDocument>;

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
    await this.reporters.createIndex({ createdAt: 1 });
  }

  /**
   * Stores a report, apart from it who sent it, and queues it for routing to
   * the sector leads. Idempotent: every write is keyed by the reference code,
   * so a retry after a crash completes the set instead of duplicating it.
   * "code-taken" (another report has the code) asks for a new code.
   */
  async save(report: Report, reporterChatId: number): Promise<SaveResult> {
    const existing = await this.reports.findOne({ _id: report.code }, { projection: { reportId: 1 } });
    if (existing && existing.reportId !== report.id) return "code-taken";
    const now = new Date();
    // Identity first: a report is never stored without the way back to its source.
    await this.reporters.replaceOne(
      { _id: report.code },
      { sealedChat: this.cipher.encrypt(String(reporterChatId), `reporter:${report.code}`), createdAt: now },
      { upsert: true },
    );
    // Queued before it exists: once stored, a report is always routed, even after a crash here.
    await this.outbox.enqueueRouting(report.code, now);
    if (existing) return "already-saved";
    const { open, sensitive } = splitSensitive(report);
    try {
      await this.reports.insertOne({ _id: report.code, reportId: report.id, open, sealed: this.cipher.encryptJson(sensitive, `report:${report.code}`), createdAt: now });
    } catch (error) {
      if ((error as { code?: number }).code === 11000) return this.save(report, reporterChatId);
      throw error;
    }
    return "saved";
  }

  async findByCode(code: string): Promise<Report | undefined> {
    const doc = await this.reports.findOne({ _id: code });
    if (!doc) return undefined;
    return joinSensitive(doc.open, this.cipher.decryptJson<SensitiveParts>(doc.sealed, `report:${code}`));
  }

  /** The chat to write back to; only the bot itself ever calls this. */
  async reporterChat(code: string): Promise<number | undefined> {
    const doc = await this.reporters.findOne({ _id: code });
    return doc ? Number(this.cipher.decrypt(doc.sealedChat, `reporter:${code}`)) : undefined;
  }

  async count(): Promise<number> {
    return this.reports.countDocuments();
  }
}
