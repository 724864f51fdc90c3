/**
 * Who receives a report: for each sector it concerns, the on-duty leads of the
 * report's region, else the national ones, else the coordinator (regional,
 * then national). One alert per chat, listing every sector it is sent for.
 */
import type { RegionId } from "../shared/regions.js";
import type { Sector } from "../shared/vocabulary.js";
import type { EscalationLevel, Lead, LeadRole } from "./leads.js";

export interface Recipient {
  chatId: number;
  /** The leads this chat stands for (a person may lead two sectors). */
  leadIds: string[];
  sectors: Sector[];
  locale: Lead["locale"];
  level: EscalationLevel;
}

/** The leads who answer for `sector` at `level`, most local first; empty if none is on duty. */
export function leadsFor(leads: Lead[], sector: Sector, region: RegionId, level: EscalationLevel): Lead[] {
  const onDuty = leads.filter((lead) => lead.onDuty);
  const pick = (s: Sector, role: LeadRole) => {
    const regional = onDuty.filter((lead) => lead.sector === s && lead.role === role && lead.scope === region);
    return regional.length > 0 ? regional : onDuty.filter((lead) => lead.sector === s && lead.role === role && lead.scope === "national");
  };
  if (level === "coordinator") {
    const coordinators = pick("coordinator", "primary");
    return coordinators.length > 0 ? coordinators : pick("coordinator", "backup");
  }
  return pick(sector, level);
}

/**
 * The first delivery of a report: primary leads of each sector, falling back
 * to the coordinator for a sector nobody covers.
 */
export function recipientsFor(leads: Lead[], sectors: Sector[], region: RegionId): Recipient[] {
  const byChat = new Map<number, Recipient>();
  for (const sector of sectors) {
    let level: EscalationLevel = "primary";
    let chosen = sector === "coordinator" ? [] : leadsFor(leads, sector, region, "primary");
    if (chosen.length === 0) {
      level = "coordinator";
      chosen = leadsFor(leads, sector, region, "coordinator");
    }
    for (const lead of chosen) addRecipient(byChat, lead, sector, level);
  }
  return [...byChat.values()];
}

export function addRecipient(byChat: Map<number, Recipient>, lead: Lead, sector: Sector, level: EscalationLevel): void {
  const existing = byChat.get(lead.chatId);
  if (!existing) {
    byChat.set(lead.chatId, { chatId: lead.chatId, leadIds: [lead.id], sectors: [sector], locale: lead.locale, level });
    return;
  }
  if (!existing.leadIds.includes(lead.id)) existing.leadIds.push(lead.id);
  if (!existing.sectors.includes(sector)) existing.sectors.push(sector);
}
