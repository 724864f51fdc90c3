/**
 * The part of /help for the alliance's people: the commands this chat may use,
 * decided as each command decides it (a lead of any sector has /cases and the
 * duty switch; /stats and /export follow the statistics scope; admins, in their
 * own chat, also manage leads and read the audit). Nothing for anyone else.
 */
import type { Lead } from "../../../routing/leads.js";
import { statsScope } from "../../../stats/scope.js";

export const LEAD_HELP_LINES = ["cases", "duty", "stats", "export", "invite", "leads", "audit"] as const;
export type LeadHelpLine = (typeof LEAD_HELP_LINES)[number];

export function leadHelpLines(leads: Array<Pick<Lead, "sector" | "scope">>, isAdmin: boolean): LeadHelpLine[] {
  const lines: LeadHelpLine[] = [];
  if (leads.length > 0 || isAdmin) lines.push("cases");
  if (leads.length > 0) lines.push("duty");
  if (statsScope(leads, isAdmin)) lines.push("stats", "export");
  if (isAdmin) lines.push("invite", "leads", "audit");
  return lines;
}
