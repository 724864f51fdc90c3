/**
 * One-time, expiring invitations to become a sector lead. Only a hash of the
 * token is stored: a copy of the database does not let anyone enrol.
 */
import { createHash, randomBytes } from "node:crypto";
import type { Collection, Db } from "mongodb";
import type { Sector } from "../reports/derive.js";
import type { LeadRole, LeadScope } from "../routing/leads.js";

export interface Invite {
  sector: Sector;
  scope: LeadScope;
  role: LeadRole;
  createdBy: number;
  expiresAt: Date;
}

interface InviteDocument extends Invite {
  _id: string;
  usedAt: Date | null;
}

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
  private readonly invites: Collection<InviteDocument>;
  private readonly pending: Collection<PendingEnrolment>;

  constructor(db: Db) {
    this.invites = db.collection<InviteDocument>("invites");
    this.pending = db.collection<PendingEnrolment>("pending_enrolments");
  }

  async ensureIndexes(): Promise<void> {
    await this.invites.createIndex({ expiresAt: 1 });
  }

  /** Creates an invitation and returns its token (only ever shown to the admin who asked). */
  async create(invite: Invite): Promise<string> {
    const token = randomBytes(16).toString("base64url");
    await this.invites.insertOne({ _id: hash(token), ...invite, usedAt: null });
    return token;
  }

  /** Uses an invitation once; undefined if unknown, used or expired. */
  async consume(token: string, now: Date): Promise<Invite | undefined> {
    const doc = await this.invites.findOneAndUpdate({ _id: hash(token), usedAt: null, expiresAt: { $gt: now } }, { $set: { usedAt: now } }, { returnDocument: "after" });
    if (!doc) return undefined;
    const { _id: _hash, usedAt: _usedAt, ...invite } = doc;
    return invite;
  }

  async addPending(enrolment: Omit<PendingEnrolment, "_id">): Promise<string> {
    const id = randomBytes(9).toString("base64url");
    await this.pending.insertOne({ _id: id, ...enrolment });
    return id;
  }

  /** Takes a pending enrolment out (confirm or reject); undefined if another admin was first. */
  async takePending(id: string): Promise<PendingEnrolment | undefined> {
    return (await this.pending.findOneAndDelete({ _id: id })) ?? undefined;
  }

  /** Retention: expired invitations go. */
  async purgeExpired(now: Date): Promise<number> {
    return (await this.invites.deleteMany({ expiresAt: { $lt: now } })).deletedCount;
  }
}
