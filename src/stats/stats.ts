/**
 * Statistics for the documentation sector: counts over the clear parts of
 * reports and cases, and over the few sealed facts that name no one (the
 * rights signals and ill-treatment kinds, the time a case was taken), which
 * the stores take out of the sealed parts in memory. Small cells are
 * suppressed (suppression.ts). Pure: no Telegram, no MongoDB.
 */
import type { RegionId } from "../shared/regions.js";
import type { Outcome, Sector } from "../shared/vocabulary.js";
import type { PriorityFlag, ReportKind } from "../reports/vocabulary.js";
import { RIGHTS_SIGNALS, type RightsSignal, type SignalFact } from "./signals.js";
import type { IllTreatmentKind } from "../reports/vocabulary.js";
import { mostFirst, protectRows, shown, SMALL_CELL, totalOf, WITHHELD, type Row, type Shown, type Total } from "./suppression.js";

/** What a report shows in clear (storage's ClearReport, as statistics read it). */
export interface ReportFact {
  kind: ReportKind;
  region: RegionId;
  sectors: Sector[];
  priority: PriorityFlag[];
  /** The hour it was submitted. */
  submittedHour: Date;
  signals: SignalFact;
}

/** What a case shows in clear: times rounded to the hour. */
export interface CaseFact {
  sector: Sector;
  status: "open" | "taken" | "closed";
  outcome?: Outcome;
  createdAt: Date;
  /** How long after opening a lead took it (from the sealed exact times; who took it is not read). */
  takenAfterMs?: number;
  closedAt?: Date;
}

export { SMALL_CELL, WITHHELD, shown, type Row, type Shown };

/** The text of a shown count: "< 3" for a small cell; a hidden one is named by the caller (its word is translated). */
export const shownText = (cell: Shown, hiddenWord: string): string =>
  cell.shown === "count" ? String(cell.count) : cell.shown === "small" ? `< ${SMALL_CELL}` : hiddenWord;

/** A breakdown's rows, or its one WITHHELD row when no row could be shown without singling someone out. */
type Breakdown<K extends string> = Row<K | typeof WITHHELD>[];

export interface Stats {
  reports: Shown;
  /** Each day of the period (YYYY-MM-DD, UTC), in order, zeros included. */
  byDay: Breakdown<string>;
  byRegion: Breakdown<RegionId>;
  byKind: Breakdown<ReportKind>;
  bySector: Breakdown<Sector>;
  /** Detention reports of someone detained at the time of the report, and the other detention reports. */
  detained: Breakdown<"now" | "later">;
  illKinds: Breakdown<IllTreatmentKind>;
  /** Detention reports with each rights signal (a report may have several). */
  signals: Breakdown<RightsSignal>;
  cases: Breakdown<"open" | "taken" | "closed">;
  closedByOutcome: Breakdown<Outcome>;
  /** Median minutes from opening to taking, undefined with fewer than 3 taken cases. */
  medianMinutesToTake?: number;
  /** Median hours from opening to closing (hour-rounded times), undefined with fewer than 3 closed cases. */
  medianHoursToClose?: number;
}

export interface Period {
  from: Date;
  /** Exclusive. */
  to: Date;
}

const DAY_MS = 86_400_000;
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/** Counts of `keys` in the order of the keys (never of the counts: see mostFirst); zero rows are left out. */
function tally<K extends string>(keys: K[]): Array<{ key: K; count: number }> {
  const counts = new Map<K, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].sort((a, b) => a[0].localeCompare(b[0])).map(([key, count]) => ({ key, count }));
}

/** A breakdown of `keys`, protected, exact rows most first. */
const breakdown = <K extends string>(keys: K[], total: Total) => mostFirst(protectRows(tally(keys), total));

export function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function computeStats(period: Period, reports: ReportFact[], cases: CaseFact[]): Stats {
  const inPeriod = reports.filter((r) => r.submittedHour >= period.from && r.submittedHour < period.to);
  const byDay: Array<{ key: string; count: number }> = [];
  for (let day = Date.parse(dayOf(period.from)); day < period.to.getTime(); day += DAY_MS) {
    const key = dayOf(new Date(day));
    byDay.push({ key, count: inPeriod.filter((r) => dayOf(r.submittedHour) === key).length });
  }
  const detentions = inPeriod.filter((r) => r.kind !== "ill-treatment");
  const closed = cases.filter((c) => c.status === "closed");
  const hours = (from: Date, to: Date | undefined) => (to ? [(to.getTime() - from.getTime()) / 3_600_000] : []);
  const hoursToClose = closed.flatMap((c) => hours(c.createdAt, c.closedAt));
  const minutesToTake = cases.flatMap((c) => (c.takenAfterMs === undefined ? [] : [c.takenAfterMs / 60_000]));
  const caseCounts = (["open", "taken", "closed"] as const).map((key) => ({ key, count: cases.filter((c) => c.status === key).length }));
  const total = totalOf(inPeriod.length);
  return {
    reports: shown(inPeriod.length),
    byDay: protectRows(byDay, total),
    byRegion: breakdown(
      inPeriod.map((r) => r.region),
      total,
    ),
    byKind: breakdown(
      inPeriod.map((r) => r.kind),
      total,
    ),
    // A report counts in each of its sectors: the rows are bound by no total, but kept as if they were.
    bySector: breakdown(
      inPeriod.flatMap((r) => r.sectors),
      total === "exact" ? "exact" : "none",
    ),
    detained: breakdown(
      detentions.map((r) => (r.priority.includes("detainedNow") ? ("now" as const) : ("later" as const))),
      totalOf(detentions.length),
    ),
    // A report may have several kinds and signals: no total binds these rows, "< 3" is enough.
    illKinds: breakdown(
      inPeriod.flatMap((r) => r.signals.illKinds),
      "none",
    ),
    signals: breakdown(
      detentions.flatMap((r) => RIGHTS_SIGNALS.filter((signal) => r.signals[signal])),
      "none",
    ),
    cases: protectRows(caseCounts, totalOf(cases.length)),
    closedByOutcome: breakdown(
      closed.flatMap((c) => (c.outcome ? [c.outcome] : [])),
      totalOf(closed.length),
    ),
    // A median of one or two cases would be their own times.
    medianMinutesToTake: minutesToTake.length >= SMALL_CELL ? median(minutesToTake) : undefined,
    medianHoursToClose: hoursToClose.length >= SMALL_CELL ? median(hoursToClose) : undefined,
  };
}
