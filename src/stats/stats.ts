/**
 * Statistics for the documentation sector: counts over the clear parts of
 * reports and cases, never over sealed fields (ill-treatment kinds, the
 * lawyer's admission, relatives, whereabouts and the time a case was taken
 * are sealed, so they are not counted). Pure: no Telegram, no MongoDB.
 */
import type { RegionId } from "../shared/regions.js";
import type { Outcome, Sector } from "../shared/vocabulary.js";
import type { PriorityFlag, ReportKind } from "../reports/vocabulary.js";

/** What a report shows in clear (storage's ClearReport, as statistics read it). */
export interface ReportFact {
  kind: ReportKind;
  region: RegionId;
  sectors: Sector[];
  priority: PriorityFlag[];
  /** The hour it was submitted. */
  submittedHour: Date;
}

/** What a case shows in clear: times rounded to the hour. */
export interface CaseFact {
  sector: Sector;
  status: "open" | "taken" | "closed";
  outcome?: Outcome;
  createdAt: Date;
  closedAt?: Date;
}

/** Counts below this (but not 0) are shown as "< 3": a cell of one or two could single out a person. */
export const SMALL_CELL = 3;

/** A count as people may see it: the figure, or "small" for 1–2. */
export type Shown = { small: true } | { small: false; count: number };

export const shown = (count: number): Shown => (count > 0 && count < SMALL_CELL ? { small: true } : { small: false, count });

/** The text of a shown count: "< 3" for a small cell. */
export const shownText = (cell: Shown): string => (cell.small ? `< ${SMALL_CELL}` : String(cell.count));

export interface Row<K extends string = string> {
  key: K;
  cell: Shown;
}

export interface Stats {
  reports: Shown;
  /** Each day of the period (YYYY-MM-DD, UTC), in order, zeros included. */
  byDay: Row[];
  byRegion: Row<RegionId>[];
  byKind: Row<ReportKind>[];
  bySector: Row<Sector>[];
  /** Detention reports of someone detained at the time of the report, and the other detention reports. */
  detained: Row<"now" | "later">[];
  cases: Row<"open" | "taken" | "closed">[];
  closedByOutcome: Row<Outcome>[];
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

/** Counts of `keys`, most first (ties in first-seen order); zero rows are left out. */
function tally<K extends string>(keys: K[]): Row<K>[] {
  const counts = new Map<K, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([key, count]) => ({ key, cell: shown(count) }));
}

export function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function computeStats(period: Period, reports: ReportFact[], cases: CaseFact[]): Stats {
  const inPeriod = reports.filter((r) => r.submittedHour >= period.from && r.submittedHour < period.to);
  const byDay: Row[] = [];
  for (let day = Date.parse(dayOf(period.from)); day < period.to.getTime(); day += DAY_MS) {
    const key = dayOf(new Date(day));
    byDay.push({ key, cell: shown(inPeriod.filter((r) => dayOf(r.submittedHour) === key).length) });
  }
  const detentions = inPeriod.filter((r) => r.kind !== "ill-treatment");
  const closed = cases.filter((c) => c.status === "closed");
  const hoursToClose = closed.filter((c) => c.closedAt).map((c) => (c.closedAt!.getTime() - c.createdAt.getTime()) / 3_600_000);
  return {
    reports: shown(inPeriod.length),
    byDay,
    byRegion: tally(inPeriod.map((r) => r.region)),
    byKind: tally(inPeriod.map((r) => r.kind)),
    bySector: tally(inPeriod.flatMap((r) => r.sectors)),
    detained: tally(detentions.map((r) => (r.priority.includes("detainedNow") ? ("now" as const) : ("later" as const)))),
    cases: (["open", "taken", "closed"] as const).map((key) => ({ key, cell: shown(cases.filter((c) => c.status === key).length) })),
    closedByOutcome: tally(closed.flatMap((c) => (c.outcome ? [c.outcome] : []))),
    // A median of one or two cases would be their own times.
    medianHoursToClose: hoursToClose.length >= SMALL_CELL ? median(hoursToClose) : undefined,
  };
}
