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
import type { Collection, Db } from "mongodb";
import type { Cipher } from "../security/cipher.js";
import { toHour } from "./coarse-time.js";

export interface RelayTarget {
  code: string;
  /** Where a reply to that message goes. */
  to: { side: "reporter" } | { side: "lead"; chatId: number };
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
      if (split > 0 && doc.code && doc.to) await this.remember(doc._id.slice(0, split), Number(doc._id.slice(split + 1)), doc.code, doc.to, doc.createdAt);
      await this.relays.deleteOne({ _id: doc._id });
    }
  }

  async remember(chatKey: string, messageId: number, code: string, to: RelayTarget["to"], now = new Date()): Promise<void> {
    const _id = this.id(chatKey, messageId);
    await this.relays.replaceOne({ _id }, { sealed: this.cipher.encryptJson({ code, to }, `relay:${_id}`), createdAt: toHour(now) }, { upsert: true });
  }

  async find(chatKey: string, messageId: number): Promise<RelayTarget | undefined> {
    const _id = this.id(chatKey, messageId);
    const doc = await this.relays.findOne({ _id });
    if (!doc?.sealed) return undefined; // a record of the old format (clear, prefix-keyed) is never matched: it expires
    return { ...this.cipher.decryptJson<Pick<RelayTarget, "code" | "to">>(doc.sealed, `relay:${_id}`), createdAt: doc.createdAt };
  }

  /**
   * /forget: the records of this chat's messages (by their ids), and every
   * record in a reporter's chat of these reports (found by a scan: their ids
   * cannot be computed without the message ids). The leads' side stays, so a
   * lead's reply can be told "the reporter left".
   */
  async forgetChat(chatKey: string, messageIds: readonly number[], codes: readonly string[]): Promise<number> {
    let deleted = 0;
    if (messageIds.length > 0) deleted += (await this.relays.deleteMany({ _id: { $in: messageIds.map((id) => this.id(chatKey, id)) } })).deletedCount;
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
}
