/**
 * Whose figures a person may see. Admins, the national coordinator and a
 * national documentation lead see the whole country; a regional documentation
 * lead sees the regions they lead documentation for (least privilege: the
 * export of the same people's reports follows the same rule, and the export
 * with names and places a narrower one, sealedExportScope). Pure.
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

/**
 * Whose reports a person may export with names and places: an admin or a national documentation lead
 * the country's, a regional documentation lead their regions' — from the documentation roles alone
 * (a person who is also the national coordinator does not get the country's names through that role)
 * and only a person's own role, never a group's, where every member would get the file.
 */
export function sealedExportScope(leads: Array<Pick<Lead, "sector" | "scope" | "kind">>, isAdmin: boolean): StatsScope | null {
  const documentation = leads.filter((lead) => lead.sector === "documentation" && lead.kind === "person");
  if (isAdmin || documentation.some((lead) => lead.scope === "national")) return { national: true };
  const regions = [...new Set(documentation.flatMap((lead) => (lead.scope === "national" ? [] : [lead.scope])))];
  return regions.length > 0 ? { national: false, regions } : null;
}
