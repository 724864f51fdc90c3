/**
 * Whether a lead can still write to a report's reporter, and if not, what
 * the lead is told: they chose no contact (or retention dropped the way
 * back), or they asked the bot to forget them.
 */
import type { Report } from "../../../reports/report.js";
import type { ReportsStore } from "../../../storage/reports-store.js";

export type ReporterContact = { chat: number } | { refusal: "lead-no-contact" | "lead-reporter-left" };

export async function reporterContact(reports: ReportsStore, report: Report): Promise<ReporterContact> {
  if (report.contact !== "bot") return { refusal: "lead-no-contact" };
  const chat = await reports.reporterChat(report.code);
  if (chat !== undefined) return { chat };
  return { refusal: (await reports.reporterLeft(report.code)) ? "lead-reporter-left" : "lead-no-contact" };
}
