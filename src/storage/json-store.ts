import type { Collection } from "mongodb";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import type { Cipher } from "../security/cipher.js";
import { WriteBatcher } from "./write-batcher.js";

/** One opaque value per key, kept as a JSON string (FerretDB v1 cannot store nested arrays). */
export interface JsonDocument {
  _id: string;
  /** The value as JSON, or, in a sealed store, encrypted JSON. */
  json: string;
  updatedAt: Date;
}

export interface JsonStoreOptions {
  /** Encrypts values at rest (conversation state holds what people wrote). */
  cipher?: Cipher;
  /**
   * Keeps up to this many values in memory. Safe because one bot process
   * owns its database (polling allows one consumer per token): every write
   * goes through this store, so the cache cannot go stale.
   */
  cacheSize?: number;
  /** Writes per group commit (see WriteBatcher for FerretDB's limit). */
  maxBatch?: number;
  now?: () => Date;
}

const ABSENT = Symbol("absent");

/**
 * A key–value store over one collection, shaped like grammY's `StorageAdapter`
 * so it serves sessions and conversation state. Reads are served from memory
 * when cached; writes always reach the database before they return.
 */
export class JsonStore<T> {
  private readonly cache = new Map<string, string | typeof ABSENT>();
  private readonly now: () => Date;
  private readonly writes: WriteBatcher<JsonDocument>;

  constructor(
    private readonly collection: Collection<JsonDocument>,
    private readonly options: JsonStoreOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.writes = new WriteBatcher(collection, options.maxBatch);
  }

  /**
   * No index beyond `_id`: this store is written on every update, and every
   * index costs each write (FerretDB re-reads the whole document per index).
   * The only other query is the daily retention purge, which may scan.
   */
  async ensureIndexes(): Promise<void> {}

  async read(key: string): Promise<T | undefined> {
    let json = this.cache.get(key);
    if (json === undefined) {
      const doc = await this.collection.findOne({ _id: key }, { projection: { json: 1 } });
      json = doc ? this.open(key, doc.json) : ABSENT;
      this.remember(key, json);
    }
    // A fresh object every time: callers (the conversations plugin) mutate what they get.
    return json === ABSENT ? undefined : (JSON.parse(json) as T);
  }

  async write(key: string, value: T): Promise<void> {
    const json = JSON.stringify(value);
    if (this.cache.get(key) === json) return;
    await this.writes.write({ replaceOne: { filter: { _id: key }, replacement: { json: this.seal(key, json), updatedAt: this.now() }, upsert: true } });
    this.remember(key, json);
  }

  async delete(key: string): Promise<void> {
    if (this.cache.get(key) === ABSENT) return;
    await this.collection.deleteOne({ _id: key });
    this.remember(key, ABSENT);
  }

  /** Retention: removes values not written since `before` (FerretDB v1 has no TTL indexes). */
  async purgeOlderThan(before: Date): Promise<number> {
    const result = await this.collection.deleteMany({ updatedAt: { $lt: before } });
    if (result.deletedCount > 0) this.cache.clear();
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

  /** Least-recently-used eviction: Map keeps insertion order. */
  private remember(key: string, json: string | typeof ABSENT): void {
    const size = this.options.cacheSize ?? 0;
    if (size <= 0) return;
    this.cache.delete(key);
    this.cache.set(key, json);
    if (this.cache.size > size) this.cache.delete(this.cache.keys().next().value!);
  }
}
