/**
 * Who may act on a report: a lead of one of its sectors in its region (or
 * national), the coordinator, or an admin — decided here, from the database,
 * at every press (see routing/permissions.ts). The button says which report;
 * it carries no authority.
 */
import type { AllianceConfig } from "../../../config/alliance.js";
import type { Sector } from "../../../shared/vocabulary.js";
import type { Lead } from "../../../routing/leads.js";
import { coveredCases } from "../../../routing/permissions.js";
import type { CaseRecord } from "../../../storage/cases-store.js";
import type { Storage } from "../../../storage/database.js";

export interface Acting {
  /** The lead records of the chat the button was pressed in (empty for an admin). */
  leads: Lead[];
  /** The report's cases this chat may act on. */
  cases: CaseRecord[];
  /** Their sectors. */
  sectors: Sector[];
  /** Who is recorded as taking a case. */
  actorId: string;
}

/**
 * The one rule for admins: a person listed in ALLIANCE_CONFIG's admins acts as one only in their
 * own private chat with the bot — never through a group, where others could press the buttons.
 */
export const isAdminChat = (alliance: AllianceConfig, chat: { id: number; type: string }, userId: number) =>
  chat.type === "private" && chat.id === userId && alliance.admins.includes(userId);

/** {@link isAdminChat} for a chat the bot writes to by id (a private chat's id is its person's id). */
export const isAdminsOwnChat = (alliance: AllianceConfig, chatId: number) =>
  isAdminChat(alliance, { id: chatId, type: chatId > 0 ? "private" : "group" }, chatId);

/** {@link isAdminChat} for the update being handled. */
export const isAdminHere = (alliance: AllianceConfig, ctx: { chat?: { id: number; type: string }; from?: { id: number } }) =>
  !!ctx.chat && !!ctx.from && isAdminChat(alliance, ctx.chat, ctx.from.id);

export async function actingFor(
  storage: Storage,
  alliance: AllianceConfig,
  chat: { id: number; type: string },
  userId: number,
  code: string,
): Promise<Acting | undefined> {
  return actingInChat(storage, chat, isAdminChat(alliance, chat, userId), code);
}

/** The same decision for a chat known by id (a relay back to the chat that asked). */
export async function actingInChat(
  storage: Storage,
  chat: { id: number; type: string },
  isAdmin: boolean,
  code: string,
): Promise<Acting | undefined> {
  const reportCases = await storage.cases.forReport(code);
  if (reportCases.length === 0) return undefined;
  const leads = (await storage.leads.byChat(chat.id)).filter((lead) => chat.type !== "private" || lead.kind === "person");
  const cases = coveredCases(leads, isAdmin, reportCases);
  if (cases.length === 0) return undefined;
  return { leads, cases, sectors: cases.map((c) => c.sector), actorId: leads[0]?.id ?? `admin` };
}

/** Whether any of these cases is still open or taken: nothing goes to or from the reporter about closed ones. */
export const stillOpen = (cases: Array<Pick<CaseRecord, "status">>) => cases.some((c) => c.status !== "closed");
