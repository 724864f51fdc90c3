import { describe, expect, it } from "vitest";
import { afterClean, cleanable, deleteBatches, emptyTrail, TRAIL_CAP, withEntries, type TrailEntry } from "../src/privacy/chat-trail.js";

const NOW = Date.parse("2026-12-16T08:00:00Z");
const at = (hoursAgo: number) => Math.floor((NOW - hoursAgo * 3_600_000) / 1000);

describe("a chat's message trail", () => {
  it("keeps each id once, in order, and nothing at or below the last clean (a replayed send)", () => {
    let trail = withEntries(
      emptyTrail(),
      [
        [12, at(1)],
        [10, at(2)],
        [12, at(1)],
      ],
      NOW,
    );
    expect(trail.m.map(([id]) => id)).toEqual([10, 12]);
    trail = afterClean(trail, 12);
    trail = withEntries(
      trail,
      [
        [11, at(1)],
        [12, at(1)],
        [13, at(0)],
      ],
      NOW,
    );
    expect(trail.m.map(([id]) => id)).toEqual([13]);
  });

  it("drops what Telegram no longer lets the bot delete (48 hours), and counts it", () => {
    const trail = withEntries(
      emptyTrail(),
      [
        [1, at(49)],
        [2, at(47)],
      ],
      NOW,
    );
    expect(trail.m.map(([id]) => id)).toEqual([2]);
    expect(cleanable(trail, NOW)).toEqual({ ids: [2], tooOld: 1 });
    expect(cleanable(trail, NOW + 2 * 3_600_000)).toEqual({ ids: [], tooOld: 2 });
  });

  it("holds at most its cap under a flood; the rest is counted as not deletable", () => {
    const flood: TrailEntry[] = Array.from({ length: TRAIL_CAP + 200 }, (_, i) => [i + 1, at(1)]);
    const trail = withEntries(emptyTrail(), flood, NOW);
    expect(trail.m).toHaveLength(TRAIL_CAP);
    expect(trail.m[0]![0]).toBe(201);
    expect(cleanable(trail, NOW).tooOld).toBe(200);
  });

  it("keeps what arrived during a clean, and deletes in batches of 100", () => {
    const trail = withEntries(
      emptyTrail(),
      [
        [5, at(1)],
        [9, at(0)],
      ],
      NOW,
    );
    expect(afterClean(trail, 5)).toEqual({ m: [[9, at(0)]], lost: 0, upTo: 5 });
    expect(deleteBatches(Array.from({ length: 250 }, (_, i) => i)).map((b) => b.length)).toEqual([100, 100, 50]);
  });
});
