/**
 * What the embedded FerretDB v1 cannot do, and what the stores do about it — in one place, so that
 * a deployment on MongoDB (MONGODB_URI) or a move to another server version changes this file.
 *
 * - Connections: FerretDB v1 holds two of its 100 SQLite connections per update command, and one
 *   per statement of a bulk write until the batch ends; more than ~50 concurrent commands can
 *   deadlock it. The pool and the group-commit batches below stay under 100 together:
 *   conversations 30 + trails 15 + sessions 15 (each +1) + 17 other pooled commands × 2 = 97.
 * - Fields an upsert sets to null are left out of the stored document: stores read them back
 *   with {@link absentAsNull}.
 * - No TTL indexes: retention is a daily purge (storage/retention.ts, jobs/retention-purge.ts).
 * - Any query not by `_id` scans the collection, and every index costs each write (the document is
 *   re-read per index): hot stores (sessions, conversations, trails) have no index beyond `_id`.
 * - No nested arrays: JSON values are stored as one string (storage/json-store.ts).
 * - A conditional write is not atomic: two concurrent updateOne / findOneAndUpdate / findOneAndDelete
 *   calls on one document can both match its filter and both "win" (measured: 10 concurrent claims
 *   of one document, 30 rounds — updateOne let two or more win in 14 rounds, findOneAndUpdate in 10).
 *   Every claim that must win once (taking or closing a case, an invitation or a contact's link used
 *   once, confirming an enrolment, a check-in timer firing, a custody reminder, a profile's
 *   compare-and-set) runs through its store's {@link oneAtATime} queue, which suffices because one bot
 *   process at a time is active on a database (the lease, serve/lease.ts). On MongoDB the queue costs
 *   only the wait.
 */
export const FERRETDB_LIMITS = {
  /** The driver's connection pool. */
  maxPoolSize: 20,
  /** Operations per group commit (storage/write-batcher.ts), per store. */
  batch: { default: 20, conversations: 30, trails: 15, sessions: 15 },
} as const;

/** Runs the changes given to it one after another, in the order given (see "A conditional write" above). */
export function oneAtATime(): <T>(change: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (change) => {
    const result = tail.then(change);
    tail = result.catch(() => undefined);
    return result;
  };
}

/** A field FerretDB v1 left out because it was stored as null. */
export function absentAsNull<T>(value: T | undefined): T | null {
  return value ?? null;
}
