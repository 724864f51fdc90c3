import type { Collection } from "mongodb";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import type { Cipher } from "../security/cipher.js";
import type { CacheSlice } from "./byte-cache.js";
import { toHour } from "./coarse-time.js";
import { WriteBatcher } from "./write-batcher.js";
import { rememberLast } from "../shared/memo.js";

/** Stored ids remembered per store: about 150 bytes each. */
const ID_MEMO_SIZE = 10_000;

/** One opaque value per key, kept as a JSON string (FerretDB v1 cannot store nested arrays). */
export interface JsonDocument {
  _id: string;
  /** The value as JSON, or, in a sealed store, encrypted JSON. */
  json: string;
  /** Rounded to the hour: enough for retention. */
  updatedAt: Date;
  /** 1: `_id` is the store's {@link JsonStoreOptions.idOf} of the key. Absent: the key itself (earlier format). */
  k?: 1;
  /**
   * A sealed value another store keeps in the same write (the chat's trail rides along with the
   * form state, see trail-store.ts): one statement per update instead of two. Opaque here.
   */
  rider?: string;
}

export interface JsonStoreOptions {
  /** Encrypts values at rest (conversation state holds what people wrote). */
  cipher?: Cipher;
  /**
   * Where values read or written are kept in memory: this store's part of
   * the budget shared with the other stores (byte-cache.ts). None: every
   * read goes to the database.
   */
  cache?: CacheSlice;
  /** Writes per group commit (FerretDB's connection budget, see ferretdb.ts). */
  maxBatch?: number;
  now?: () => Date;
  /**
   * The stored id of a key (a keyed hash): another store keyed by the same
   * pseudonym (sessions) then shares no id with this one, so a copy of the
   * database without the key cannot link a person's records across them.
   */
  idOf?: (key: string) => string;
  /** Documents carry a {@link JsonDocument.rider} (conversations: the chat's trail). */
  withRider?: boolean;
  /** Where riders read or written are kept in memory (a slice of the same budget). */
  riderCache?: CacheSlice;
}

/**
 * A key–value store over one collection, shaped like grammY's `StorageAdapter`
 * so it serves sessions and conversation state. Reads are served from memory
 * when cached; writes always reach the database before they return.
 */
export class JsonStore<T> {
  private readonly now: () => Date;
  private readonly writes: WriteBatcher<JsonDocument>;
  private readonly idOf: ((key: string) => string) | undefined;

  constructor(
    private readonly collection: Collection<JsonDocument>,
    private readonly options: JsonStoreOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.writes = new WriteBatcher(collection, options.maxBatch);
    // Remembered: a form's update asks for its record's id several times (reads, the write, the trail's rider).
    this.idOf = options.idOf && rememberLast(options.idOf, ID_MEMO_SIZE);
  }

  /**
   * No index beyond `_id`: this store is written on every update, and every
   * index costs each write (FerretDB re-reads the whole document per index).
   * The only other query is the daily retention purge, which may scan.
   */
  async ensureIndexes(): Promise<void> {
    await this.migrateIds();
  }

  /** Start-up migration of values stored under the bare key (idempotent: only records without `k` move). */
  private async migrateIds(): Promise<void> {
    const idOf = this.options.idOf;
    if (!idOf) return;
    for await (const doc of this.collection.find({ k: { $exists: false } })) {
      const id = idOf(doc._id);
      const json = this.options.cipher
        ? this.options.cipher.encryptBytes(this.options.cipher.decryptBytes(doc.json, doc._id), id)
        : doc.json;
      await this.collection.replaceOne({ _id: id }, { json, updatedAt: doc.updatedAt, k: 1 }, { upsert: true });
      await this.collection.deleteOne({ _id: doc._id });
    }
  }

  /** The `_id` a key is stored under (tests look records up by it). */
  storedIdOf(key: string): string {
    return this.id(key);
  }

  private id(key: string): string {
    return this.idOf ? this.idOf(key) : key;
  }

  async read(key: string): Promise<T | undefined> {
    const cached = this.options.cache?.get(key);
    let json: string | undefined;
    if (cached?.hit) json = cached.value;
    else {
      const id = this.id(key);
      const doc = await this.collection.findOne({ _id: id }, { projection: { json: 1, rider: 1 } });
      json = doc ? this.open(id, doc.json) : undefined;
      this.options.cache?.set(key, json);
      if (this.options.withRider) this.options.riderCache?.set(key, doc?.rider);
    }
    // A fresh object every time: callers (the conversations plugin) mutate what they get.
    return json === undefined ? undefined : (JSON.parse(json) as T);
  }

  /** Writes the value; with `rider`, replaces the key's rider too (else the stored one is kept). */
  async write(key: string, value: T, rider?: string): Promise<void> {
    const json = JSON.stringify(value);
    const cached = this.options.cache?.get(key);
    if (cached?.hit && cached.value === json && rider === undefined) return;
    const keptRider = rider ?? (this.options.withRider ? await this.rider(key) : undefined);
    const id = this.id(key);
    const updatedAt = toHour(this.now());
    const replacement: Omit<JsonDocument, "_id"> = this.options.idOf
      ? { json: this.seal(id, json), updatedAt, k: 1 }
      : { json: this.seal(id, json), updatedAt };
    if (keptRider !== undefined) replacement.rider = keptRider;
    // Drop the old value first: were the write to fail, a read must not see what the database may not hold.
    this.options.cache?.delete(key);
    this.options.riderCache?.delete(key);
    await this.writes.write({ replaceOne: { filter: { _id: id }, replacement, upsert: true } });
    this.options.cache?.set(key, json);
    if (this.options.withRider) this.options.riderCache?.set(key, keptRider);
  }

  /** The rider stored with the key, if any (read from the database unless cached). */
  async rider(key: string): Promise<string | undefined> {
    const cached = this.options.riderCache?.get(key);
    if (cached?.hit) return cached.value;
    const doc = await this.collection.findOne({ _id: this.id(key) }, { projection: { rider: 1 } });
    this.options.riderCache?.set(key, doc?.rider);
    return doc?.rider;
  }

  async delete(key: string): Promise<void> {
    const cached = this.options.cache?.get(key);
    if (cached?.hit && cached.value === undefined) return;
    this.options.cache?.delete(key);
    this.options.riderCache?.delete(key);
    await this.collection.deleteOne({ _id: this.id(key) });
    this.options.cache?.set(key, undefined);
    this.options.riderCache?.set(key, undefined);
  }

  /** Retention: removes values not written since `before` (FerretDB v1 has no TTL indexes). */
  async purgeOlderThan(before: Date): Promise<number> {
    const result = await this.collection.deleteMany({ updatedAt: { $lt: before } });
    if (result.deletedCount > 0) {
      this.options.cache?.clear();
      this.options.riderCache?.clear();
    }
    return result.deletedCount;
  }

  /**
   * Sealed values are compressed, then encrypted: conversation state halves in
   * size, and the database, which parses every stored document, does half the work.
   */
  private seal(key: string, json: string): string {
    return this.options.cipher ? this.options.cipher.encryptBytes(deflateRawSync(json, { level: 1 }), key) : json;
  }

  private open(key: string, stored: string): string {
    return this.options.cipher ? inflateRawSync(this.options.cipher.decryptBytes(stored, key)).toString("utf8") : stored;
  }
}
