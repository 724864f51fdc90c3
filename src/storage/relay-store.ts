/**
 * The anonymous conversation between a lead and a reporter. A lead's question
 * and a reporter's answer are replies to a message of the bot; this store
 * remembers which report and which side each such message belongs to. No
 * message text is stored.
 *
 * At rest: the id is a keyed HMAC of (chat, message), so two records of one
 * chat share nothing a copy of the database without the key could link; the
 * report code and the lead chat are sealed.
 */
import { randomUUID } from "node:crypto";
import type { Collection, Db } from "mongodb";
import type { Cipher } from "../security/cipher.js";
import { toHour } from "./coarse-time.js";

export interface RelayTarget {
  code: string;
  /** Where a reply to that message goes. */
  to: { side: "reporter" } | { side: "lead"; chatId: number };
  /** The lead chat was removed: a reply is answered "this conversation has ended" and goes nowhere. */
  ended?: true;
  createdAt: Date;
}

interface RelayDocument {
  /** keyedId("relay", chat key, message id) */
  _id: string;
  /** { code, to }, sealed. */
  sealed: string;
  createdAt: Date;
}

export class RelayStore {
  private readonly relays: Collection<RelayDocument>;

  constructor(
    db: Db,
    private readonly cipher: Cipher,
  ) {
    this.relays = db.collection<RelayDocument>("relays");
  }

  async ensureIndexes(): Promise<void> {
    await this.relays.createIndex({ createdAt: 1 });
    await this.migrate();
  }

  /** Start-up migration of `<chat key>:<message id>` records with a clear code (idempotent: only records without `sealed` move). */
  private async migrate(): Promise<void> {
    type Old = { _id: string; code: string; to: RelayTarget["to"]; createdAt: Date };
    for await (const doc of (this.relays as unknown as Collection<Old>).find({ sealed: { $exists: false } })) {
      const split = doc._id.lastIndexOf(":");
      if (split > 0 && doc.code && doc.to)
        await this.remember(doc._id.slice(0, split), Number(doc._id.slice(split + 1)), doc.code, doc.to, doc.createdAt);
      await this.relays.deleteOne({ _id: doc._id });
    }
  }

  async remember(chatKey: string, messageId: number, code: string, to: RelayTarget["to"], now = new Date()): Promise<void> {
    const _id = this.id(chatKey, messageId);
    await this.relays.replaceOne(
      { _id },
      { sealed: this.cipher.encryptJson({ code, to }, `relay:${_id}`), createdAt: toHour(now) },
      { upsert: true },
    );
  }

  /**
   * Stored before a relay message is sent: a reply can arrive before the line
   * after `sendMessage` runs (or the process dies there), and must not be taken
   * for stray text. Until {@link settle} records the message id, a reply in
   * that chat to a message of the bot that is not known goes here. Returns
   * the token that settles it.
   */
  async expect(chatKey: string, code: string, to: RelayTarget["to"], now = new Date()): Promise<string> {
    const _id = this.pendingId(chatKey);
    const token = randomUUID();
    await this.relays.replaceOne(
      { _id },
      { sealed: this.cipher.encryptJson({ code, to, token }, `relay:${_id}`), createdAt: toHour(now) },
      { upsert: true },
    );
    return token;
  }

  /** The message is sent: its link is kept by message id, and the pending one (if still this one's) is dropped. */
  async settle(chatKey: string, messageId: number, code: string, to: RelayTarget["to"], token: string, now = new Date()): Promise<void> {
    await this.remember(chatKey, messageId, code, to, now);
    const pending = await this.read(this.pendingId(chatKey));
    if (pending && (pending as { token?: string }).token === token) await this.relays.deleteOne({ _id: this.pendingId(chatKey) });
  }

  async find(chatKey: string, messageId: number): Promise<RelayTarget | undefined> {
    return (await this.read(this.id(chatKey, messageId))) ?? (await this.read(this.pendingId(chatKey)));
  }

  private async read(_id: string): Promise<RelayTarget | undefined> {
    const doc = await this.relays.findOne({ _id });
    if (!doc?.sealed) return undefined; // a record of the old format (clear, prefix-keyed) is never matched: it expires
    const { code, to, ended, token } = this.cipher.decryptJson<Pick<RelayTarget, "code" | "to" | "ended"> & { token?: string }>(
      doc.sealed,
      `relay:${_id}`,
    );
    return { code, to, createdAt: doc.createdAt, ...(ended ? { ended } : {}), ...(token ? { token } : {}) };
  }

  /**
   * Ends every way back to one lead chat (a removed lead): the record keeps
   * only that the conversation ended (the chat is dropped), so a reporter's
   * later answer reaches nobody and the reporter is told why. Rare, so it
   * reads and opens every record rather than keeping a look-up that would
   * link a lead's conversations.
   */
  async endLeadChat(chatId: number): Promise<number> {
    let ended = 0;
    for await (const doc of this.relays.find({ sealed: { $exists: true } })) {
      const { code, to } = this.cipher.decryptJson<Pick<RelayTarget, "code" | "to">>(doc.sealed, `relay:${doc._id}`);
      if (to.side !== "lead" || to.chatId !== chatId) continue;
      await this.relays.updateOne(
        { _id: doc._id },
        { $set: { sealed: this.cipher.encryptJson({ code, to: { side: "lead", chatId: 0 }, ended: true }, `relay:${doc._id}`) } },
      );
      ended++;
    }
    return ended;
  }

  /**
   * /forget: the records of this chat's messages (by their ids), and every
   * record in a reporter's chat of these reports (found by a scan: their ids
   * cannot be computed without the message ids). The leads' side stays, so a
   * lead's reply can be told "the reporter left".
   */
  async forgetChat(chatKey: string, messageIds: readonly number[], codes: readonly string[]): Promise<number> {
    let deleted = 0;
    if (messageIds.length > 0)
      deleted += (await this.relays.deleteMany({ _id: { $in: messageIds.map((id) => this.id(chatKey, id)) } })).deletedCount;
    if (codes.length === 0) return deleted;
    for await (const doc of this.relays.find({ sealed: { $exists: true } })) {
      const { code, to } = this.cipher.decryptJson<Pick<RelayTarget, "code" | "to">>(doc.sealed, `relay:${doc._id}`);
      if (to.side === "lead" && codes.includes(code)) deleted += (await this.relays.deleteOne({ _id: doc._id })).deletedCount;
    }
    return deleted;
  }

  async purgeOlderThan(before: Date): Promise<number> {
    return (await this.relays.deleteMany({ createdAt: { $lt: before } })).deletedCount;
  }

  private id(chatKey: string, messageId: number): string {
    return this.cipher.keyedId("relay", chatKey, messageId);
  }

  private pendingId(chatKey: string): string {
    return this.cipher.keyedId("relay-pending", chatKey);
  }
}
