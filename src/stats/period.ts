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
