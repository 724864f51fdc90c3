/**
 * MongoDB's (and FerretDB's) answer when an insert or upsert meets a key that
 * exists: two processes, or two routings, wrote the same record at once — the
 * other one won, and the record is there. An upsert is not atomic against
 * another upsert of the same key (MongoDB documents it: retry, or accept).
 */
export const isDuplicateKey = (error: unknown): boolean => (error as { code?: number } | null)?.code === 11000;
