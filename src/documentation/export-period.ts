/**
 * An export's period as its buttons carry it: the first and the last day
 * (UTC), as `yyyymmdd`. Read back from a press, checked again: a forged or
 * garbled period is refused, as is one longer than /stats allows.
 */
import { MAX_RANGE_DAYS } from "../stats/period.js";
import type { Period } from "../stats/stats.js";

const DAY_MS = 86_400_000;

const iso = (date: Date) => date.toISOString().slice(0, 10);

/** The first and last day of [from, to) as `2026-11-01`. */
export function periodDays(period: Period): { first: string; last: string } {
  return { first: iso(period.from), last: iso(new Date(period.to.getTime() - DAY_MS)) };
}

/** The button form of a period: `{ from: "20261101", to: "20261130" }` (both days included). */
export function packPeriod(period: Period): { from: string; to: string } {
  const { first, last } = periodDays(period);
  return { from: first.replace(/-/g, ""), to: last.replace(/-/g, "") };
}

function day(compact: string): number | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(compact);
  if (!match) return undefined;
  const [year, month, date] = match.slice(1).map(Number) as [number, number, number];
  const time = Date.UTC(year, month - 1, date);
  const check = new Date(time);
  return check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === date ? time : undefined;
}

/** The period a button names, or undefined for one that is not a real, allowed period. */
export function unpackPeriod(from: string, to: string): Period | undefined {
  const first = day(from);
  const last = day(to);
  if (first === undefined || last === undefined || last < first) return undefined;
  if (last + DAY_MS - first > MAX_RANGE_DAYS * DAY_MS) return undefined;
  return { from: new Date(first), to: new Date(last + DAY_MS) };
}
