/**
 * Each private chat's message trail (see privacy/chat-trail.ts): message ids
 * and times, sealed, under a keyed id of the chat's pseudonym — so it shares
 * no id with the session or the form state of the same chat.
 *
 * A chat's trail is written from its own updates and from other chats'
 * (a lead's question reaches the reporter's chat): changes to one trail are
 * queued one after another, so none is lost.
 *
 * While a form is open, its own updates write the form state anyway: their
 * trail entries ride along in that same write (the `rider` of the chat's
 * conversation record, sealed under its own context), so an update of a form
 * costs the database one write, not two. The rider is part of the trail for
 * every reader, survives a restart with the form state, and moves into the
 * trail record when the form state is deleted ({@link TrailStore.settle}).
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
  /** The conversation records the chat's trail rides along with (same chat key). */
  carrier?: JsonStore<unknown>;
}

export class TrailStore {
  private readonly store: JsonStore<Trail>;
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly cipher: Cipher;
  private readonly carrier: JsonStore<unknown> | undefined;

  constructor(collection: Collection<JsonDocument>, options: TrailStoreOptions) {
    this.cipher = options.cipher;
    this.carrier = options.carrier;
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

  /** The chat's trail: its record and what rides along with its form state. */
  async read(chatKey: string, nowMs = Date.now()): Promise<Trail> {
    return this.queued(chatKey, async () => {
      const trail = (await this.store.read(chatKey)) ?? emptyTrail();
      const riding = await this.riding(chatKey);
      return riding ? { ...withEntries(trail, riding.m, nowMs), lost: trail.lost + riding.lost } : trail;
    });
  }

  /**
   * The rider for the chat's next form-state write: what rides already, with
   * these entries (the caller writes it with the form state, see JsonStore.write).
   */
  async carry(chatKey: string, entries: readonly TrailEntry[], nowMs = Date.now()): Promise<string> {
    const riding = (await this.riding(chatKey)) ?? emptyTrail();
    const next = withEntries({ ...riding, upTo: 0 }, entries, nowMs);
    return this.cipher.encryptJson(next, this.riderContext(chatKey));
  }

  /** The form state is about to be deleted: what rode along with it (and `entries`) moves into the trail record. */
  async settle(chatKey: string, entries: readonly TrailEntry[] = [], nowMs = Date.now()): Promise<void> {
    const riding = await this.riding(chatKey);
    await this.add(chatKey, [...(riding?.m ?? []), ...entries], nowMs);
  }

  private async riding(chatKey: string): Promise<Trail | undefined> {
    const sealed = await this.carrier?.rider(chatKey);
    return sealed === undefined ? undefined : this.cipher.decryptJson<Trail>(sealed, this.riderContext(chatKey));
  }

  /** Sealed with the conversation record's `_id`, under the trail's purpose. */
  private riderContext(chatKey: string): string {
    return `trail:${this.carrier!.storedIdOf(chatKey)}`;
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
