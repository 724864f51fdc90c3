/**
 * Who may act on a case: permission is sector × region. A lead covers the
 * cases of their sector in their region, or in every region when national;
 * a coordinator covers every sector, in their region or, when national,
 * everywhere. Admins (decided by the caller) cover everything. The same rule
 * scopes the alert buttons, evidence copies, documents, relayed questions
 * and `/cases`. Pure: no Telegram, no MongoDB.
 */
import type { RegionId } from "../shared/regions.js";
import type { Sector } from "../shared/vocabulary.js";
import type { Lead } from "./leads.js";

export interface CaseScope {
  sector: Sector;
  region: RegionId;
}

export function leadCovers(lead: Pick<Lead, "sector" | "scope">, target: CaseScope): boolean {
  const inRegion = lead.scope === "national" || lead.scope === target.region;
  return inRegion && (lead.sector === "coordinator" || lead.sector === target.sector);
}

/** The cases of `cases` that any of `leads` (or an admin) may act on. */
export function coveredCases<C extends CaseScope>(leads: Array<Pick<Lead, "sector" | "scope">>, isAdmin: boolean, cases: C[]): C[] {
  return isAdmin ? cases : cases.filter((c) => leads.some((lead) => leadCovers(lead, c)));
}

/** Whether these leads see every case (a national coordinator), for the coordinator's overview. */
export function seesEverything(leads: Array<Pick<Lead, "sector" | "scope">>, isAdmin: boolean): boolean {
  return isAdmin || leads.some((lead) => lead.sector === "coordinator" && lead.scope === "national");
}
