/** The periods /stats offers: today, the last 7 and 30 days (UTC days, today included). */
import type { Period } from "./stats.js";

export const PERIODS = ["today", "7d", "30d"] as const;
export type PeriodId = (typeof PERIODS)[number];

const DAYS: Record<PeriodId, number> = { today: 1, "7d": 7, "30d": 30 };
const DAY_MS = 86_400_000;

export function periodFor(id: PeriodId, now: number): Period {
  const tomorrow = Math.floor(now / DAY_MS) * DAY_MS + DAY_MS;
  return { from: new Date(tomorrow - DAYS[id] * DAY_MS), to: new Date(tomorrow) };
}

/** The longest typed range: a day is a row of the chart, which must stay a picture Telegram accepts. */
export const MAX_RANGE_DAYS = 31;

export type TypedRange = { ok: true; period: Period } | { ok: false; reason: "unreadable" | "too-long" };

const RANGE = /^(\d{1,2})\.(\d{1,2})(?:\.(\d{4}))?\s*[-–—]\s*(\d{1,2})\.(\d{1,2})(?:\.(\d{4}))?$/;

/** A UTC day, or undefined for one that does not exist (31.02). */
function utcDay(day: number, month: number, year: number): number | undefined {
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  return date.getUTCDate() === day && date.getUTCMonth() === month - 1 ? time : undefined;
}

/**
 * A typed range such as "01.11–15.11" or "20.12.2025-05.01.2026", both days
 * included. Without a year: the latest such range that has begun by `now`
 * (an end before the start is in the next year).
 */
export function parseRange(input: string, now: number): TypedRange {
  const match = RANGE.exec(input.trim());
  if (!match) return { ok: false, reason: "unreadable" };
  const [d1, m1, y1, d2, m2, y2] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
  const thisYear = new Date(now).getUTCFullYear();
  let startYear = y1 ?? thisYear;
  if (y1 === undefined && (utcDay(d1!, m1!, startYear) ?? 0) > now) startYear -= 1;
  const endYear = y2 ?? (m2! * 100 + d2! < m1! * 100 + d1! ? startYear + 1 : startYear);
  const from = utcDay(d1!, m1!, startYear);
  const last = utcDay(d2!, m2!, endYear);
  if (from === undefined || last === undefined || last < from) return { ok: false, reason: "unreadable" };
  const to = last + DAY_MS;
  if (to - from > MAX_RANGE_DAYS * DAY_MS) return { ok: false, reason: "too-long" };
  return { ok: true, period: { from: new Date(from), to: new Date(to) } };
}

/** "01.11–15.11" (the year only when the range is not in the current one). */
export function rangeLabel(period: Period, now: number): string {
  const last = new Date(period.to.getTime() - DAY_MS);
  const sameYear =
    period.from.getUTCFullYear() === new Date(now).getUTCFullYear() && last.getUTCFullYear() === period.from.getUTCFullYear();
  const day = (date: Date) =>
    `${String(date.getUTCDate()).padStart(2, "0")}.${String(date.getUTCMonth() + 1).padStart(2, "0")}${sameYear ? "" : `.${date.getUTCFullYear()}`}`;
  return `${day(period.from)}–${day(last)}`;
}
