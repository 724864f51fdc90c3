/**
 * Small-cell suppression: whatever the counts, no "< 3" can be worked out
 * from what a chart shows — checked by trying every set of counts a reader
 * could fill in behind the "< 3" and "hidden" cells, given the total.
 */
import { describe, expect, it } from "vitest";
import { mostFirst, protectRows, WITHHELD, type Row } from "../src/stats/suppression.js";

const show = (counts: number[]) =>
  protectRows(
    counts.map((count, i) => ({ key: `r${i}`, count })),
    "exact",
  ).map((row) => (row.key === WITHHELD ? "withheld" : row.cell.shown === "count" ? row.cell.count : row.cell.shown));

/** Every value each "< 3" cell could have, to a reader who knows the total, that a "< 3" is 1–2 and a "hidden" is ≥ 3. */
function possibleValues(rows: Row[], total: number): Map<number, Set<number>> {
  const known = rows.reduce((sum, row) => sum + (row.cell.shown === "count" ? row.cell.count : 0), 0);
  const unknown = rows.flatMap((row, i) => (row.cell.shown === "count" ? [] : [{ i, small: row.cell.shown === "small" }]));
  const seen = new Map<number, Set<number>>(unknown.filter((u) => u.small).map((u) => [u.i, new Set<number>()]));
  const fill = (at: number, left: number, values: number[]) => {
    if (at === unknown.length) {
      if (left === 0) unknown.forEach((u, k) => u.small && seen.get(u.i)!.add(values[k]!));
      return;
    }
    const range = unknown[at]!.small ? [1, 2] : Array.from({ length: Math.max(0, left - 2) }, (_, k) => k + 3);
    for (const value of range) if (value <= left) fill(at + 1, left - value, [...values, value]);
  };
  fill(0, total - known, []);
  return seen;
}

describe("small-cell suppression", () => {
  it("hides a second cell when one '< 3' could be worked out from the total", () => {
    expect(show([4, 2])).toEqual(["hidden", "small"]);
    expect(show([5, 1])).toEqual(["hidden", "small"]);
    expect(show([9, 5, 1])).toEqual([9, "hidden", "small"]);
    // A hidden 3 could not cover a 1 (1 + 3 = 4 has one reading), so the 5 is hidden instead.
    expect(show([9, 5, 3, 1])).toEqual([9, "hidden", 3, "small"]);
    // Two "< 3" of 1 and 2 cover each other; two of 1 do not.
    expect(show([7, 2, 1])).toEqual([7, "small", "small"]);
    expect(show([7, 1, 1])).toEqual(["hidden", "small", "small"]);
  });

  it("withholds a breakdown that nothing can protect, and leaves one without small cells alone", () => {
    expect(show([1, 1, 1])).toEqual(["withheld"]);
    expect(show([3, 1])).toEqual(["withheld"]);
    expect(show([3, 0, 12])).toEqual([3, 0, 12]);
  });

  it("when the total itself is '< 3', one '< 3' row is shown; two are withheld (each would be 1)", () => {
    expect(protectRows([{ key: "almaty", count: 2 }], "small")).toEqual([{ key: "almaty", cell: { shown: "small" } }]);
    expect(
      protectRows(
        [
          { key: "almaty", count: 1 },
          { key: "day-2", count: 0 },
        ],
        "small",
      ),
    ).toEqual([
      { key: "almaty", cell: { shown: "small" } },
      { key: "day-2", cell: { shown: "count", count: 0 } },
    ]);
    expect(
      protectRows(
        [
          { key: "almaty", count: 1 },
          { key: "atyrau", count: 1 },
        ],
        "small",
      ),
    ).toEqual([{ key: WITHHELD, cell: { shown: "hidden" } }]);
  });

  it("rows with exact counts come first, most first; '< 3' and 'hidden' rows keep their fixed order, whatever their true counts", () => {
    const shownOf = (counts: Record<string, number>) =>
      mostFirst(
        protectRows(
          Object.entries(counts).map(([key, count]) => ({ key, count })),
          "exact",
        ),
      ).map((row) => `${row.key}:${row.cell.shown === "count" ? row.cell.count : row.cell.shown}`);
    // Astana 1 and Atyrau 2, or the other way round: what is shown is the same.
    expect(shownOf({ almaty: 7, astana: 1, atyrau: 2 })).toEqual(["almaty:7", "astana:small", "atyrau:small"]);
    expect(shownOf({ almaty: 7, astana: 2, atyrau: 1 })).toEqual(["almaty:7", "astana:small", "atyrau:small"]);
    // A hidden 4 does not sit above a shown 4 (that would tell it is at least 4).
    expect(shownOf({ almaty: 4, astana: 1, atyrau: 4 })).toEqual(["atyrau:4", "almaty:hidden", "astana:small"]);
  });

  it("for every breakdown of up to 4 rows of 0–7, each '< 3' shown could be 1 or 2", () => {
    let checked = 0;
    const all = (rows: number, max: number): number[][] =>
      rows === 0 ? [[]] : all(rows - 1, max).flatMap((rest) => Array.from({ length: max + 1 }, (_, v) => [v, ...rest]));
    for (const counts of all(4, 7)) {
      const rows = protectRows(
        counts.map((count, i) => ({ key: `r${i}`, count })),
        "exact",
      );
      if (rows[0]?.key === WITHHELD) continue;
      for (const [i, values] of possibleValues(
        rows,
        counts.reduce((a, b) => a + b, 0),
      )) {
        expect(values.size, `counts ${counts.join(",")}: row ${i} could only be ${[...values].join()}`).toBe(2);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});
