/**
 * The trail of a private chat: which messages (both sides') are in it and
 * when they were sent, so the bot can delete them later — after a report,
 * from /clean, or on /forget. Ids and times only, never texts. Kept apart
 * from any form state, so a stale button or an ended form cannot lose it.
 *
 * Telegram lets a bot delete messages of a private chat for 48 hours; older
 * entries are useless, so they are dropped and only counted, to tell the
 * person that some messages must be deleted by hand.
 */

/** How long Telegram lets a bot delete a message in a private chat. */
export const DELETABLE_MS = 48 * 60 * 60 * 1000;
/** A message this close to 48 hours may be refused by the time the request arrives. */
const MARGIN_MS = 60 * 1000;
/** At most this many ids per chat: a flood cannot grow the record without bound. */
export const TRAIL_CAP = 1_000;
/** Telegram's `deleteMessages` takes up to 100 ids per call. */
export const DELETE_BATCH = 100;

/** [message id, sent at in seconds] */
export type TrailEntry = [number, number];

export interface Trail {
  /** Entries in id order (ids in a private chat only grow). */
  m: TrailEntry[];
  /** Messages that left the trail undeleted (older than 48 hours, or beyond the cap). */
  lost: number;
  /**
   * Ids up to this one were deleted by a clean. A conversation replaying its
   * earlier API calls reports their old results again; they stay out.
   */
  upTo: number;
}

export const emptyTrail = (): Trail => ({ m: [], lost: 0, upTo: 0 });

const deletableAt = (sentAtSeconds: number, nowMs: number) => sentAtSeconds * 1000 > nowMs - DELETABLE_MS + MARGIN_MS;

/** The trail with these messages added (known and already-deleted ids are ignored), aged and capped. */
export function withEntries(trail: Trail, entries: readonly TrailEntry[], nowMs: number): Trail {
  const known = new Set(trail.m.map(([id]) => id));
  const all = [...trail.m];
  for (const [id, at] of entries) {
    if (id <= trail.upTo || known.has(id) || !Number.isSafeInteger(id) || id <= 0) continue;
    known.add(id);
    all.push([id, at]);
  }
  all.sort((a, b) => a[0] - b[0]);
  let kept = all.filter(([, at]) => deletableAt(at, nowMs));
  let lost = trail.lost + (all.length - kept.length);
  if (kept.length > TRAIL_CAP) {
    lost += kept.length - TRAIL_CAP;
    kept = kept.slice(-TRAIL_CAP);
  }
  return { m: kept, lost, upTo: trail.upTo };
}

/** What a clean can still delete now, and how many messages it cannot (too old, or already out of the trail). */
export function cleanable(trail: Trail, nowMs: number): { ids: number[]; tooOld: number } {
  const ids = trail.m.filter(([, at]) => deletableAt(at, nowMs)).map(([id]) => id);
  return { ids, tooOld: trail.lost + trail.m.length - ids.length };
}

/** The trail after a clean handled every id up to `upTo`: newer entries (sent meanwhile) stay. */
export function afterClean(trail: Trail, upTo: number): Trail {
  return { m: trail.m.filter(([id]) => id > upTo), lost: 0, upTo: Math.max(trail.upTo, upTo) };
}

/** Ids in groups of at most {@link DELETE_BATCH}. */
export function deleteBatches(ids: readonly number[]): number[][] {
  const batches: number[][] = [];
  for (let i = 0; i < ids.length; i += DELETE_BATCH) batches.push(ids.slice(i, i + DELETE_BATCH));
  return batches;
}
