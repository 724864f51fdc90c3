/**
 * Enrolled sector leads. Few documents, read on every routing decision, so
 * they are kept in memory and reloaded after every change this process makes.
 *
 * Alliance people are people too: at rest a lead's chat id and name (or group
 * title) are sealed; `chatKey`, a keyed pseudonym of the chat, serves the
 * look-ups. Records of the earlier format (clear chat id and label) are
 * rewritten at start.
 */
import { randomUUID } from "node:crypto";
import type { Collection, Db } from "mongodb";
import type { Lead } from "../routing/leads.js";
import type { Cipher } from "../security/cipher.js";
import { toHour } from "./coarse-time.js";

type Identity = Pick<Lead, "chatId" | "label">;

interface LeadDocument extends Omit<Lead, "id" | "chatId" | "label"> {
  _id: string;
  chatKey: string;
  /** {@link Identity}, sealed. */
  sealed: string;
  enrolledAt: Date;
}

/** The earlier format, read only to migrate it. */
type OldLeadDocument = Omit<LeadDocument, "chatKey" | "sealed"> & Partial<Pick<LeadDocument, "chatKey" | "sealed">> & Partial<Identity>;

export class LeadsStore {
  private readonly leads: Collection<LeadDocument>;
  private cache: Lead[] | undefined;

  constructor(
    db: Db,
    private readonly cipher: Cipher,
  ) {
    this.leads = db.collection<LeadDocument>("leads");
  }

  /** Also migrates leads of the earlier format (idempotent: only records without `sealed` change). */
  async ensureIndexes(): Promise<void> {
    await this.leads.createIndex({ chatKey: 1 });
    const old = await (this.leads as unknown as Collection<OldLeadDocument>).find({ sealed: { $exists: false } }).toArray();
    for (const { _id, chatId, label, ...rest } of old) {
      await this.leads.replaceOne(
        { _id },
        this.toDocument({ ...(rest as Omit<Lead, "id" | "chatId" | "label">), chatId: chatId!, label: label ?? "" }, _id, rest.enrolledAt),
      );
    }
    this.cache = undefined;
  }

  async all(): Promise<Lead[]> {
    this.cache ??= (await this.leads.find({}).toArray()).map(({ _id, enrolledAt: _enrolledAt, chatKey: _chatKey, sealed, ...lead }) => ({
      id: _id,
      ...lead,
      ...this.cipher.decryptJson<Identity>(sealed, `lead:${_id}`),
    }));
    return this.cache;
  }

  /** Leads whose chat is `chatId` (a person's private chat, or a group). */
  async byChat(chatId: number): Promise<Lead[]> {
    return (await this.all()).filter((lead) => lead.chatId === chatId);
  }

  async add(lead: Omit<Lead, "id">, now = new Date()): Promise<Lead> {
    // One lead per chat, sector, scope and role: enrolling twice updates.
    const existing = (await this.all()).find(
      (l) => l.chatId === lead.chatId && l.sector === lead.sector && l.scope === lead.scope && l.role === lead.role,
    );
    const id = existing?.id ?? randomUUID();
    await this.leads.replaceOne({ _id: id }, this.toDocument(lead, id, now), { upsert: true });
    this.cache = undefined;
    return { id, ...lead };
  }

  async remove(id: string): Promise<Lead | undefined> {
    const lead = (await this.all()).find((l) => l.id === id);
    await this.leads.deleteOne({ _id: id });
    this.cache = undefined;
    return lead;
  }

  /** On or off duty, for every lead record of that chat. Returns how many changed. */
  async setDuty(chatId: number, onDuty: boolean): Promise<number> {
    const result = await this.leads.updateMany({ chatKey: this.chatKey(chatId) }, { $set: { onDuty } });
    this.cache = undefined;
    return result.matchedCount;
  }

  /** For tests and for another process's changes. */
  forget(): void {
    this.cache = undefined;
  }

  private chatKey(chatId: number): string {
    return this.cipher.keyedId("lead-chat", chatId);
  }

  private toDocument(lead: Omit<Lead, "id">, id: string, enrolledAt: Date): Omit<LeadDocument, "_id"> {
    const { chatId, label, ...rest } = lead;
    return {
      ...rest,
      chatKey: this.chatKey(chatId),
      sealed: this.cipher.encryptJson({ chatId, label } satisfies Identity, `lead:${id}`),
      enrolledAt: toHour(enrolledAt),
    };
  }
}
