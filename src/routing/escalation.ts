/**
 * When an alert nobody took goes further: after the sector's delay to the
 * backup, after another delay to the coordinator. Pure: the caller brings the
 * clock and the leads.
 */
import type { RegionId } from "../shared/regions.js";
import type { Sector } from "../shared/vocabulary.js";
import { ESCALATION_LEVELS, type EscalationLevel, type Lead } from "./leads.js";
import { leadsFor } from "./recipients.js";

/** The next level that has someone on duty, skipping empty ones; undefined at the top. */
export function nextEscalation(
  leads: Lead[],
  sector: Sector,
  region: RegionId,
  current: EscalationLevel,
): { level: EscalationLevel; leads: Lead[] } | undefined {
  for (const level of ESCALATION_LEVELS.slice(ESCALATION_LEVELS.indexOf(current) + 1)) {
    const found = leadsFor(leads, sector, region, level);
    if (found.length > 0) return { level, leads: found };
  }
  return undefined;
}

export function escalationDue(deliveredAt: number, delayMinutes: number, now: number): boolean {
  return now - deliveredAt >= delayMinutes * 60_000;
}
