/**
 * The anonymous conversation between a lead and a reporter. A lead's question
 * and a reporter's answer are replies to a message of the bot; this store
 * remembers which report and which side each such message belongs to. No
 * message text is stored. The reporter's chat is keyed by a pseudonym.
 */
import type { Collection, Db } from "mongodb";

export interface RelayTarget {
  /** `<pseudonym of the chat>:<message id>` */
  _id: string;
  code: string;
  /** Where a reply to that message goes. */
  to: { side: "reporter" } | { side: "lead"; chatId: number };
  createdAt: Date;
}

export class RelayStore {
  private readonly relays: Collection<RelayTarget>;

  constructor(db: Db) {
    this.relays = db.collection<RelayTarget>("relays");
  }

  async ensureIndexes(): Promise<void> {
    await this.relays.createIndex({ createdAt: 1 });
  }

  async remember(chatKey: string, messageId: number, code: string, to: RelayTarget["to"], now = new Date()): Promise<void> {
    await this.relays.replaceOne({ _id: `${chatKey}:${messageId}` }, { code, to, createdAt: now }, { upsert: true });
  }

  async find(chatKey: string, messageId: number): Promise<RelayTarget | undefined> {
    return (await this.relays.findOne({ _id: `${chatKey}:${messageId}` })) ?? undefined;
  }

  async purgeOlderThan(before: Date): Promise<number> {
    return (await this.relays.deleteMany({ createdAt: { $lt: before } })).deletedCount;
  }
}
