/**
 * Whose figures a person may see. Admins, the national coordinator and a
 * national documentation lead see the whole country; a regional documentation
 * lead sees the regions they lead documentation for (least privilege: the
 * export of the same people's reports follows the same rule). Pure.
 */
import type { Lead } from "../routing/leads.js";
import type { RegionId } from "../shared/regions.js";

export type StatsScope = { national: true } | { national: false; regions: RegionId[] };

export function statsScope(leads: Array<Pick<Lead, "sector" | "scope">>, isAdmin: boolean): StatsScope | null {
  const national =
    isAdmin || leads.some((lead) => (lead.sector === "coordinator" || lead.sector === "documentation") && lead.scope === "national");
  if (national) return { national: true };
  const regions = [...new Set(leads.flatMap((lead) => (lead.sector === "documentation" && lead.scope !== "national" ? [lead.scope] : [])))];
  return regions.length > 0 ? { national: false, regions } : null;
}
