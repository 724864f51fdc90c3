/**
 * Who may act on a report: a lead of one of its sectors, the coordinator, or
 * an admin — decided here, from the database, at every press. The button
 * says which report; it carries no authority.
 */
import type { AllianceConfig } from "../../../config/alliance.js";
import type { Sector } from "../../../shared/vocabulary.js";
import type { Lead } from "../../../routing/leads.js";
import type { Storage } from "../../../storage/database.js";

export interface Acting {
  /** The lead records of the chat the button was pressed in (empty for an admin). */
  leads: Lead[];
  /** The report's sectors this chat may act for. */
  sectors: Sector[];
  /** Who is recorded as taking a case. */
  actorId: string;
}

export async function actingFor(storage: Storage, alliance: AllianceConfig, chat: { id: number; type: string }, userId: number, code: string): Promise<Acting | undefined> {
  const reportSectors = (await storage.cases.forReport(code)).map((c) => c.sector);
  if (reportSectors.length === 0) return undefined;
  const leads = (await storage.leads.byChat(chat.id)).filter((lead) => chat.type !== "private" || lead.kind === "person");
  const isAdmin = chat.type === "private" && chat.id === userId && alliance.admins.includes(userId);
  const everything = isAdmin || leads.some((lead) => lead.sector === "coordinator");
  const sectors = everything ? reportSectors : reportSectors.filter((sector) => leads.some((lead) => lead.sector === sector));
  if (sectors.length === 0) return undefined;
  return { leads, sectors, actorId: leads[0]?.id ?? `admin` };
}
