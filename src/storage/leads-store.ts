/**
 * Enrolled sector leads. Few documents, read on every routing decision, so
 * they are kept in memory and reloaded after every change this process makes.
 */
import { randomUUID } from "node:crypto";
import type { Collection, Db } from "mongodb";
import type { Lead } from "../routing/leads.js";

interface LeadDocument extends Omit<Lead, "id"> {
  _id: string;
  enrolledAt: Date;
}

export class LeadsStore {
  private readonly leads: Collection<LeadDocument>;
  private cache: Lead[] | undefined;

  constructor(db: Db) {
    this.leads = db.collection<LeadDocument>("leads");
  }

  async ensureIndexes(): Promise<void> {
    await this.leads.createIndex({ chatId: 1 });
  }

  async all(): Promise<Lead[]> {
    this.cache ??= (await this.leads.find({}).toArray()).map(({ _id, enrolledAt: _enrolledAt, ...lead }) => ({ id: _id, ...lead }));
    return this.cache;
  }

  /** Leads whose chat is `chatId` (a person's private chat, or a group). */
  async byChat(chatId: number): Promise<Lead[]> {
    return (await this.all()).filter((lead) => lead.chatId === chatId);
  }

  async add(lead: Omit<Lead, "id">, now = new Date()): Promise<Lead> {
    // One lead per chat, sector, scope and role: enrolling twice updates.
    const existing = (await this.all()).find((l) => l.chatId === lead.chatId && l.sector === lead.sector && l.scope === lead.scope && l.role === lead.role);
    const id = existing?.id ?? randomUUID();
    await this.leads.replaceOne({ _id: id }, { ...lead, enrolledAt: now }, { upsert: true });
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
    const result = await this.leads.updateMany({ chatId }, { $set: { onDuty } });
    this.cache = undefined;
    return result.matchedCount;
  }

  /** For tests and for another process's changes. */
  forget(): void {
    this.cache = undefined;
  }
}
