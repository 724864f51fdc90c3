import type { Collection } from "mongodb";

/** One opaque value per key, kept as a JSON string (FerretDB v1 cannot store nested arrays). */
export interface JsonDocument {
  _id: string;
  json: string;
  updatedAt: Date;
}

/**
 * A key–value store over one collection, shaped like grammY's `StorageAdapter`
 * so it serves both sessions and conversation state.
 */
export class JsonStore<T> {
  constructor(
    private readonly collection: Collection<JsonDocument>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async ensureIndexes(): Promise<void> {
    await this.collection.createIndex({ updatedAt: 1 });
  }

  async read(key: string): Promise<T | undefined> {
    const doc = await this.collection.findOne({ _id: key }, { projection: { json: 1 } });
    return doc ? (JSON.parse(doc.json) as T) : undefined;
  }

  async write(key: string, value: T): Promise<void> {
    await this.collection.replaceOne(
      { _id: key },
      { json: JSON.stringify(value), updatedAt: this.now() },
      { upsert: true },
    );
  }

  async delete(key: string): Promise<void> {
    await this.collection.deleteOne({ _id: key });
  }

  /** Retention: removes values not written since `before` (FerretDB v1 has no TTL indexes). */
  async purgeOlderThan(before: Date): Promise<number> {
    const result = await this.collection.deleteMany({ updatedAt: { $lt: before } });
    return result.deletedCount;
  }
}
