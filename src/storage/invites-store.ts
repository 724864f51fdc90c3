/**
 * One-time, expiring invitations to become a sector lead. Only a hash of the
 * token is stored: a copy of the database does not let anyone enrol.
 * Who created an invitation, and the chat id and name of whoever used it,
 * are sealed. Pending enrolments of the earlier format (clear) are still read.
 */
import { createHash, randomBytes } from "node:crypto";
import type { Collection, Db } from "mongodb";
import type { Cipher } from "../security/cipher.js";
import type { Sector } from "../shared/vocabulary.js";
import type { LeadRole, LeadScope } from "../routing/leads.js";
import { oneAtATime } from "./ferretdb.js";

export interface Invite {
  sector: Sector;
  scope: LeadScope;
  role: LeadRole;
  createdBy: number;
  expiresAt: Date;
}

interface InviteDocument extends Omit<Invite, "createdBy"> {
  _id: string;
  /** The admin's Telegram id, sealed. */
  sealedBy?: string;
  /** The earlier format. */
  createdBy?: number;
  usedAt: Date | null;
}

type Applicant = Pick<PendingEnrolment, "chatId" | "label" | "createdBy">;
type PendingDocument = Omit<PendingEnrolment, keyof Applicant> & { sealed?: string } & Partial<Applicant>;

/** Unconfirmed enrolments are dropped after this long. */
export const PENDING_ENROLMENT_DAYS = 7;

/** Someone used an invite; an admin still has to confirm them. */
export interface PendingEnrolment extends Invite {
  _id: string;
  chatId: number;
  kind: "person" | "group";
  label: string;
  locale: "kk" | "ru" | "en";
  createdAt: Date;
}

const hash = (token: string) => createHash("sha256").update(token).digest("base64url");

export class InvitesStore {
  /** Uses that must happen once (an invitation, a pending enrolment) run one at a time: see ferretdb.ts. */
  private readonly claims = oneAtATime();
  private readonly invites: Collection<InviteDocument>;
  private readonly pending: Collection<PendingDocument>;

  constructor(
    db: Db,
    private readonly cipher: Cipher,
  ) {
    this.invites = db.collection<InviteDocument>("invites");
    this.pending = db.collection<PendingDocument>("pending_enrolments");
  }

  async ensureIndexes(): Promise<void> {
    await this.invites.createIndex({ expiresAt: 1 });
    await this.migrate();
  }

  /** Start-up migration of invitations and pending enrolments with clear ids and names (idempotent). */
  private async migrate(): Promise<void> {
    for await (const doc of this.invites.find({ createdBy: { $exists: true } })) {
      await this.invites.updateOne(
        { _id: doc._id },
        { $set: { sealedBy: this.cipher.encrypt(String(doc.createdBy), `invite:${doc._id}`) }, $unset: { createdBy: "" } },
      );
    }
    for await (const doc of this.pending.find({ sealed: { $exists: false } })) {
      const { chatId, label, createdBy } = doc;
      await this.pending.updateOne(
        { _id: doc._id },
        {
          $set: {
            sealed: this.cipher.encryptJson(
              { chatId: chatId!, label: label!, createdBy: createdBy! } satisfies Applicant,
              `pending:${doc._id}`,
            ),
          },
          $unset: { chatId: "", label: "", createdBy: "" },
        },
      );
    }
  }

  /** Creates an invitation and returns its token (only ever shown to the admin who asked). */
  async create(invite: Invite): Promise<string> {
    const token = randomBytes(16).toString("base64url");
    const { createdBy, ...rest } = invite;
    const _id = hash(token);
    await this.invites.insertOne({ _id, ...rest, sealedBy: this.cipher.encrypt(String(createdBy), `invite:${_id}`), usedAt: null });
    return token;
  }

  /** Uses an invitation once; undefined if unknown, used or expired. */
  async consume(token: string, now: Date): Promise<Invite | undefined> {
    // Two people opening one link at once: one is enrolled (ferretdb.ts, "A conditional write").
    const doc = await this.claims(() =>
      this.invites.findOneAndUpdate(
        { _id: hash(token), usedAt: null, expiresAt: { $gt: now } },
        { $set: { usedAt: now } },
        { returnDocument: "after" },
      ),
    );
    if (!doc) return undefined;
    const { _id, usedAt: _usedAt, sealedBy, createdBy, ...invite } = doc;
    return { ...invite, createdBy: sealedBy ? Number(this.cipher.decrypt(sealedBy, `invite:${_id}`)) : createdBy! };
  }

  async addPending(enrolment: Omit<PendingEnrolment, "_id">): Promise<string> {
    const id = randomBytes(9).toString("base64url");
    const { chatId, label, createdBy, ...rest } = enrolment;
    await this.pending.insertOne({
      _id: id,
      ...rest,
      sealed: this.cipher.encryptJson({ chatId, label, createdBy } satisfies Applicant, `pending:${id}`),
    });
    return id;
  }

  /** Takes a pending enrolment out (confirm or reject); undefined if another admin was first. */
  async takePending(id: string): Promise<PendingEnrolment | undefined> {
    const doc = await this.claims(() => this.pending.findOneAndDelete({ _id: id }));
    if (!doc) return undefined;
    const { sealed, chatId, label, createdBy, ...rest } = doc;
    const applicant = sealed
      ? this.cipher.decryptJson<Applicant>(sealed, `pending:${id}`)
      : { chatId: chatId!, label: label!, createdBy: createdBy! };
    return { ...rest, ...applicant };
  }

  /** Retention: expired invitations go. */
  async purgeExpired(now: Date): Promise<number> {
    return (await this.invites.deleteMany({ expiresAt: { $lt: now } })).deletedCount;
  }

  /** Retention: enrolments no admin confirmed within {@link PENDING_ENROLMENT_DAYS}. */
  async purgePending(now: Date): Promise<number> {
    return (await this.pending.deleteMany({ createdAt: { $lt: new Date(now.getTime() - PENDING_ENROLMENT_DAYS * 24 * 3600_000) } }))
      .deletedCount;
  }
}
