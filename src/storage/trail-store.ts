/**
 * Each private chat's message trail (see privacy/chat-trail.ts): message ids
 * and times, sealed, under a keyed id of the chat's pseudonym — so it shares
 * no id with the session or the form state of the same chat.
 *
 * A chat's trail is written from its own updates and from other chats'
 * (a lead's question reaches the reporter's chat): changes to one trail are
 * queued one after another, so none is lost.
 */
import type { Collection } from "mongodb";
import { afterClean, emptyTrail, withEntries, type Trail, type TrailEntry } from "../privacy/chat-trail.js";
import type { Cipher } from "../security/cipher.js";
import type { CacheSlice } from "./byte-cache.js";
import { JsonStore, type JsonDocument } from "./json-store.js";

export interface TrailStoreOptions {
  cipher: Cipher;
  cache?: CacheSlice;
  /** Writes per group commit (FerretDB's connection budget, see ferretdb.ts). */
  maxBatch: number;
}

export class TrailStore {
  private readonly store: JsonStore<Trail>;
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(collection: Collection<JsonDocument>, options: TrailStoreOptions) {
    this.store = new JsonStore<Trail>(collection, {
      cipher: options.cipher,
      cache: options.cache,
      maxBatch: options.maxBatch,
      idOf: (key) => options.cipher.keyedId("trail", key),
    });
  }

  ensureIndexes(): Promise<void> {
    return this.store.ensureIndexes();
  }

  /** The `_id` a chat's trail is stored under (tests look it up). */
  storedIdOf(chatKey: string): string {
    return this.store.storedIdOf(chatKey);
  }

  async read(chatKey: string): Promise<Trail> {
    return this.queued(chatKey, async () => (await this.store.read(chatKey)) ?? emptyTrail());
  }

  async add(chatKey: string, entries: readonly TrailEntry[], nowMs = Date.now()): Promise<void> {
    if (entries.length === 0) return;
    await this.queued(chatKey, async () => {
      const trail = (await this.store.read(chatKey)) ?? emptyTrail();
      await this.store.write(chatKey, withEntries(trail, entries, nowMs));
    });
  }

  /** Every id up to `upTo` was handled by a clean. */
  async cleaned(chatKey: string, upTo: number): Promise<void> {
    await this.queued(chatKey, async () => {
      const trail = (await this.store.read(chatKey)) ?? emptyTrail();
      await this.store.write(chatKey, afterClean(trail, upTo));
    });
  }

  /** /forget: nothing of the chat is kept, not even the watermark. */
  async delete(chatKey: string): Promise<void> {
    await this.queued(chatKey, () => this.store.delete(chatKey));
  }

  /** Retention: trails untouched since `before` hold nothing the bot could still delete. */
  purgeOlderThan(before: Date): Promise<number> {
    return this.store.purgeOlderThan(before);
  }

  private queued<T>(chatKey: string, work: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(chatKey) ?? Promise.resolve();
    const result = previous.then(work, work);
    const settled = result.catch(() => {});
    this.queues.set(chatKey, settled);
    void settled.then(() => {
      if (this.queues.get(chatKey) === settled) this.queues.delete(chatKey);
    });
    return result;
  }
}
