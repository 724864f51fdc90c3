/**
 * The audit trail of lead actions: who took, asked, closed, handed over,
 * opened the evidence of, or sent a document for a case, and when — so the
 * alliance can answer "who saw this case". Written once, never changed;
 * deleted with its report (retention).
 *
 * At rest a record is a keyed id of the case code, the hour in clear (for
 * nothing but retention and the database-copy rule that clear times are
 * hours), and everything else sealed: the person (Telegram id and the name
 * they had at the time), the chat they acted in, the action and its detail,
 * and the exact time. Admins see the time to the minute: "who saw it, when"
 * needs minutes, and the seal keeps them from a copy without the key.
 */
import { randomBytes } from "node:crypto";
import type { Collection, Db } from "mongodb";
import type { Cipher } from "../security/cipher.js";
import { toHour } from "./coarse-time.js";

export const AUDIT_ACTIONS = [
  "took",
  "asked",
  "closed",
  "handed-over",
  "opened-evidence",
  "sent-document",
  "marked-custody",
  "exported",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  code: string;
  action: AuditAction;
  /** The person who pressed or wrote: their Telegram id and display name at the time. */
  actor: { id: number; name: string };
  /** The chat they acted in: their private chat, or an enrolled group. */
  chat: { id: number; kind: "private" | "group" };
  /** What it was about, as data (rendered in the reader's language). */
  detail: AuditDetail;
  at: Date;
}

export interface AuditDetail {
  /** The sectors acted for. */
  sectors?: string[];
  outcome?: string;
  /** The sector a case was handed over to. */
  to?: string;
  /** The document sent to the reporter. */
  document?: string;
  /** The custody mark given (held, released, unknown). */
  custody?: string;
  /** An export (/export): its period (first and last day), format, variant, row count, and regions when not the whole country. */
  export?: { first: string; last: string; format: string; sealed: boolean; rows: number; regions?: string[] };
}

/**
 * Exports concern no one report: they are recorded under this trail name in
 * place of a code (never a reference code's shape), read by admins with
 * `/audit exports`, and kept when reports are purged.
 */
export const EXPORTS_TRAIL = "exports";

interface AuditDocument {
  _id: string;
  /** keyedId("audit", code) */
  codeKey: string;
  /** Rounded to the hour. */
  hour: Date;
  /** Everything of {@link AuditEntry} but the code, sealed. */
  sealed: string;
}

/** `seq` orders two records of one millisecond (it counts within a process). */
type Sealed = Omit<AuditEntry, "code" | "at"> & { at: number; seq: number };

export class AuditStore {
  private readonly audit: Collection<AuditDocument>;
  private seq = 0;

  constructor(
    db: Db,
    private readonly cipher: Cipher,
  ) {
    this.audit = db.collection<AuditDocument>("audit");
  }

  async ensureIndexes(): Promise<void> {
    await this.audit.createIndex({ codeKey: 1 });
  }

  async record(entry: AuditEntry): Promise<void> {
    // A random id: an ObjectId would carry the exact second in clear.
    const _id = randomBytes(18).toString("base64url");
    const { code, at, ...rest } = entry;
    await this.audit.insertOne({
      _id,
      codeKey: this.codeKey(code),
      hour: toHour(at),
      sealed: this.cipher.encryptJson({ ...rest, at: at.getTime(), seq: this.seq++ } satisfies Sealed, `audit:${_id}`),
    });
  }

  /** A case's trail, oldest first. */
  async forCode(code: string): Promise<AuditEntry[]> {
    const docs = await this.audit.find({ codeKey: this.codeKey(code) }).toArray();
    return docs
      .map((doc) => this.cipher.decryptJson<Sealed>(doc.sealed, `audit:${doc._id}`))
      .sort((a, b) => a.at - b.at || a.seq - b.seq)
      .map(({ at, seq: _seq, ...rest }) => ({ code, ...rest, at: new Date(at) }));
  }

  /** Retention: the trail of purged reports goes with them. */
  async purgeReports(codes: string[]): Promise<number> {
    if (codes.length === 0) return 0;
    return (await this.audit.deleteMany({ codeKey: { $in: codes.map((code) => this.codeKey(code)) } })).deletedCount;
  }

  private codeKey(code: string): string {
    return this.cipher.keyedId("audit", code);
  }
}
