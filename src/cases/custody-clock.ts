/**
 * The clock on a detention: how long the person has been held, the lead's
 * mark ("still held", "released", "unknown"), the flag at the limit the legal
 * brief lets us state, and when to remind the lead. Pure: times are
 * milliseconds, the caller brings the clock.
 *
 * The limit: CPC art. 131 — 48 hours without a court's authorisation (legal
 * brief rev. 2, confidence S: it may be stated). Nothing else is: the brief's
 * unconfirmed (U) figures — the 1995 Constitution's 72 hours, the terms of
 * administrative detention — are never used here or in the texts.
 */
import type { Report } from "../reports/report.js";

export const CUSTODY_MARKS = ["held", "released", "unknown"] as const;
export type CustodyMark = (typeof CUSTODY_MARKS)[number];

/** CPC art. 131 (S): a suspect is held at most 48 hours without a court's authorisation. */
export const CPC_HOURS_WITHOUT_COURT = 48;
/** While a person is marked "still held", the lead is reminded every so many hours of detention. */
export const REMIND_EVERY_HOURS = 6;
/** No reminder between 22:00 and 08:00 in Almaty, unless life or health is at risk. */
export const QUIET_FROM_HOUR = 22;
export const QUIET_UNTIL_HOUR = 8;
export const ALMATY_TIME_ZONE = "Asia/Almaty";

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

export interface DetentionStart {
  /** When the person was detained, as the report gives it (ms). */
  at: number;
  /** The reporter chose "today" or "yesterday" rather than a time: shown as "since about". */
  approximate: boolean;
}

/** The detention's start, for a report of a detention with a known time; undefined otherwise ("earlier, not sure"). */
export function detentionStart(report: Pick<Report, "detention" | "when">): DetentionStart | undefined {
  if (!report.detention || !report.when.at) return undefined;
  return { at: Date.parse(report.when.at), approximate: report.when.approximate };
}

/** Whole hours and the remaining minutes held (never negative: a time typed slightly ahead counts as zero). */
export function heldFor(start: DetentionStart, now: number): { hours: number; minutes: number } {
  const minutes = Math.max(0, Math.floor((now - start.at) / MINUTE_MS));
  return { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}

/** Held for 48 hours or more: a court must have authorised it by now (CPC art. 131). */
export function pastCpcLimit(start: DetentionStart, now: number): boolean {
  return now - start.at >= CPC_HOURS_WITHOUT_COURT * HOUR_MS;
}

/** Life or health at risk, from the report: a death or a life-threatening injury, or medical help needed and not given. */
export function healthAtRisk(report: Pick<Report, "derived" | "illTreatment">): boolean {
  return report.derived.priority.lifeAtRisk || report.illTreatment?.medical === "needed-not-given";
}

const hourFormat = new Intl.DateTimeFormat("en-GB", { timeZone: ALMATY_TIME_ZONE, hour: "numeric", hourCycle: "h23" });
const minuteFormat = new Intl.DateTimeFormat("en-GB", { timeZone: ALMATY_TIME_ZONE, minute: "numeric" });

export function almatyHour(at: number): number {
  return Number(hourFormat.format(at));
}

export function isQuietTime(at: number): boolean {
  const hour = almatyHour(at);
  return hour >= QUIET_FROM_HOUR || hour < QUIET_UNTIL_HOUR;
}

/** The first moment at or after `at` that is not night in Almaty (08:00 the same or the next morning). */
export function endOfQuiet(at: number): number {
  if (!isQuietTime(at)) return at;
  // Back to the start of the current minute's hour, then forward hour by hour to 08:00.
  let t = at - (at % MINUTE_MS) - Number(minuteFormat.format(at)) * MINUTE_MS;
  while (isQuietTime(t)) t += HOUR_MS;
  return t;
}

/**
 * When to remind next, after `after`: at the next whole multiple of
 * {@link REMIND_EVERY_HOURS} hours held (6, 12, 18, … — 48 among them), moved
 * to 08:00 when it falls in the night, unless life or health is at risk.
 */
export function nextReminderAt(start: DetentionStart, after: number, atRisk: boolean): number {
  const every = REMIND_EVERY_HOURS * HOUR_MS;
  const slot = Math.max(1, Math.floor((after - start.at) / every) + 1);
  const due = start.at + slot * every;
  return atRisk ? due : endOfQuiet(due);
}
