/**
 * One memory budget, in bytes, for what the stores keep of the database in
 * memory (sessions, form state, message trails): a least-recently-used cache
 * shared by them, so ten thousand silent drafts cost the budget, not ten
 * thousand times a draft. The database is the truth: a value enters the cache
 * only after it was read from, or written to, the database, so dropping it
 * never loses a write — the next read goes to the database.
 *
 * Safe because one bot process owns its database (polling allows one consumer
 * per token, and a webhook has one URL): every write goes through the stores,
 * so a cached value cannot go stale.
 */

/** A JS string costs up to 2 bytes a character (Cyrillic is stored as UTF-16), plus the map entry and the string headers. */
const ENTRY_OVERHEAD = 96;
const costOf = (key: string, value: string | undefined) => ENTRY_OVERHEAD + 2 * (key.length + (value?.length ?? 0));

/** `undefined` as a value: known to be absent from the database. */
export type Cached = string | undefined;

export class ByteCache {
  private readonly entries = new Map<string, Cached>();
  private used = 0;

  constructor(
    /** The budget; 0 keeps nothing. */
    readonly budgetBytes: number,
  ) {}

  /** Bytes held now (an estimate; see {@link costOf}). */
  get bytes(): number {
    return this.used;
  }

  get size(): number {
    return this.entries.size;
  }

  /** A view for one store: its keys cannot collide with another store's. */
  slice(name: string): CacheSlice {
    return new CacheSlice(this, `${name}\u0000`);
  }

  /** `{ hit: false }` when not cached; a hit moves the entry to the recent end. */
  get(key: string): { hit: true; value: Cached } | { hit: false } {
    if (!this.entries.has(key)) return { hit: false };
    const value = this.entries.get(key);
    this.entries.delete(key);
    this.entries.set(key, value);
    return { hit: true, value };
  }

  set(key: string, value: Cached): void {
    this.delete(key);
    const cost = costOf(key, value);
    if (cost > this.budgetBytes) return;
    this.entries.set(key, value);
    this.used += cost;
    // Map keeps insertion order: the first entries are the least recently used.
    for (const [oldest, old] of this.entries) {
      if (this.used <= this.budgetBytes) break;
      this.entries.delete(oldest);
      this.used -= costOf(oldest, old);
    }
  }

  delete(key: string): void {
    if (!this.entries.has(key)) return;
    this.used -= costOf(key, this.entries.get(key));
    this.entries.delete(key);
  }

  /** Drops every key that starts with `prefix` (a store's purge). */
  deletePrefix(prefix: string): void {
    for (const key of [...this.entries.keys()]) if (key.startsWith(prefix)) this.delete(key);
  }
}

/** One store's part of a shared {@link ByteCache}. */
export class CacheSlice {
  constructor(
    private readonly cache: ByteCache,
    private readonly prefix: string,
  ) {}

  get(key: string): { hit: true; value: Cached } | { hit: false } {
    return this.cache.get(this.prefix + key);
  }

  set(key: string, value: Cached): void {
    this.cache.set(this.prefix + key, value);
  }

  delete(key: string): void {
    this.cache.delete(this.prefix + key);
  }

  clear(): void {
    this.cache.deletePrefix(this.prefix);
  }
}
