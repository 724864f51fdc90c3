/**
 * Small-cell suppression for the statistics a documentation team may publish.
 *
 * A count of 1 or 2 is shown as "< 3" (primary suppression). That alone is not
 * enough: the rows of a breakdown add up to a total that is shown exactly, so
 * one hidden cell is the total minus the others (6 reports, Almaty 4 → Atyrau
 * "< 3" is 2). So a breakdown with a "< 3" also hides a second cell, shown as
 * "hidden" (secondary suppression), chosen so that every "< 3" could be 1 or 2
 * from all that is shown — even to a reader who knows a "< 3" is 1–2 and a
 * "hidden" is 3 or more:
 *   - a "< 3" of 1 could be 2 if another hidden cell could be one less: a "< 3"
 *     of 2, or a "hidden" of 4 or more;
 *   - a "< 3" of 2 could be 1 if another hidden cell could be one more: a "< 3"
 *     of 1, or any "hidden".
 * When no cell can do that (three regions with one report each), the breakdown
 * is withheld: one row that says so, which shows neither the rows nor their number.
 */

/** Counts below this (but not 0) are shown as "< 3": a cell of one or two could single out a person. */
export const SMALL_CELL = 3;

/** A count as people may see it: the figure, "< 3" for 1–2, or hidden to protect a "< 3". */
export type Shown = { shown: "count"; count: number } | { shown: "small" } | { shown: "hidden" };

export const shown = (count: number): Shown => (count > 0 && count < SMALL_CELL ? { shown: "small" } : { shown: "count", count });

export interface Row<K extends string = string> {
  key: K;
  cell: Shown;
}

/** The key of the one row of a withheld breakdown. */
export const WITHHELD = "withheld";

/** Whether the "< 3" cell at `index` could be the other of 1 and 2, given the hidden cells `hidden`. */
function ambiguous(counts: number[], hidden: Set<number>, index: number): boolean {
  const value = counts[index]!;
  for (const other of hidden) {
    if (other === index) continue;
    const count = counts[other]!;
    const small = count < SMALL_CELL;
    if (value === 1 && ((small && count === 2) || (!small && count > SMALL_CELL))) return true;
    if (value === 2 && (!small || count === 1)) return true;
  }
  return false;
}

/**
 * What a reader knows of the sum of a breakdown's rows: shown exactly ("exact"); at most 2 ("small":
 * two rows of "< 3" would then each be 1); or nothing that binds the rows ("none": a report may count in
 * several rows, as with sectors or ill-treatment kinds).
 */
export type Total = "exact" | "small" | "none";

/** The Total of a breakdown whose rows add up to `sum`. */
export const totalOf = (sum: number): Total => (sum >= SMALL_CELL ? "exact" : "small");

/**
 * The rows of one breakdown (zeros included where the caller lists them), in the order given,
 * with primary and secondary suppression as the {@link Total} requires.
 */
export function protectRows<K extends string>(counts: Array<{ key: K; count: number }>, total: Total): Row<K | typeof WITHHELD>[] {
  const withheld: Row<typeof WITHHELD>[] = [{ key: WITHHELD, cell: { shown: "hidden" } }];
  if (total === "small")
    return counts.filter((row) => row.count > 0).length > 1 ? withheld : counts.map(({ key, count }) => ({ key, cell: shown(count) }));
  const values = counts.map((row) => row.count);
  const small = total === "exact" ? values.flatMap((count, i) => (count > 0 && count < SMALL_CELL ? [i] : [])) : [];
  const hidden = new Set(small);
  const unsafe = () => small.filter((i) => !ambiguous(values, hidden, i));
  while (small.length > 0 && unsafe().length > 0) {
    // A "hidden" of 4 or more protects any "< 3"; one of 3 protects only a "< 3" of 2.
    const needsFourPlus = unsafe().some((i) => values[i] === 1);
    const candidates = values
      .map((count, i) => ({ count, i }))
      .filter(({ count, i }) => !hidden.has(i) && count >= (needsFourPlus ? SMALL_CELL + 1 : SMALL_CELL))
      .sort((a, b) => a.count - b.count);
    if (candidates.length === 0) return withheld;
    hidden.add(candidates[0]!.i);
  }
  return counts.map(({ key, count }, i) => ({
    key,
    cell: hidden.has(i) && count >= SMALL_CELL ? { shown: "hidden" } : shown(count),
  }));
}

/**
 * Rows with exact counts first, most first; then the "< 3" and "hidden" ones in the order given (a
 * fixed order of keys): sorting those by their true counts would give away which is larger.
 */
export function mostFirst<K extends string>(rows: Row<K>[]): Row<K>[] {
  const count = (row: Row<K>) => (row.cell.shown === "count" ? row.cell.count : -1);
  return [...rows].sort((a, b) => count(b) - count(a));
}
