/**
 * Turns a stored report into delivery jobs and cases. Reports wait in the
 * routing queue, so one stored just before a crash is routed after it.
 */
import type { Logger } from "pino";
import type { AllianceConfig } from "../config/alliance.js";
import { priorityRank } from "../reports/derive.js";
import type { Locale } from "../shared/locales.js";
import { type Sector } from "../shared/vocabulary.js";
import type { Report } from "../reports/report.js";
import { recipientsFor, type Recipient } from "../routing/recipients.js";
import type { CasesStore } from "../storage/cases-store.js";
import type { LeadsStore } from "../storage/leads-store.js";
import type { Intake, OutboxStore } from "../storage/outbox-store.js";
import type { ReportsStore } from "../storage/reports-store.js";

export interface RouterDeps {
  reports: ReportsStore;
  outbox: OutboxStore;
  cases: CasesStore;
  leads: LeadsStore;
  alliance: AllianceConfig;
  logger: Logger;
  now?: () => number;
  /** New jobs were written. */
  onJobs?: () => void;
  /** The language of a chat that is not a lead's (an admin's, storage/chat-locale.ts). */
  localeOf: (chatId: number) => Promise<Locale>;
}

/** A queue entry whose report never got stored (a crash between the two writes, no retry). */
const ORPHAN_AFTER_MS = 10 * 60_000;

export class Router {
  constructor(private readonly deps: RouterDeps) {}

  /** Routes what is queued; returns how many reports were routed. */
  async runOnce(): Promise<number> {
    const now = (this.deps.now ?? Date.now)();
    const queued = await this.deps.outbox.pendingRouting(50);
    let routed = 0;
    for (const { code, enqueuedAt, intake } of queued) {
      const report = await this.deps.reports.findByCode(code);
      if (!report) {
        // Queued a moment before it is stored; given up only if it never was.
        if (now - enqueuedAt.getTime() > ORPHAN_AFTER_MS) await this.deps.outbox.routed(code);
        continue;
      }
      await this.route(report, report.derived.sectors, intake);
      await this.deps.outbox.routed(code);
      routed++;
    }
    if (routed > 0) this.deps.onJobs?.();
    return routed;
  }

  /** Delivery jobs for `sectors` of a report (all of its sectors, or one handed over to). */
  async route(report: Report, sectors: Sector[] = report.derived.sectors, intake?: Intake): Promise<Recipient[]> {
    const now = (this.deps.now ?? Date.now)();
    const leads = await this.deps.leads.all();
    const recipients = await withAdminsFallback(recipientsFor(leads, sectors, report.where.region), this.deps, sectors);
    if (recipients.length === 0) this.deps.logger.error({ sectors }, "no lead, coordinator or admin to receive a report");
    // A reporter's reports beyond the first few in an hour are not sent as urgent.
    const rank = intake?.demoted ? 0 : priorityRank(report.derived.priority);
    const round = intake ? { round: intake.round, ...(intake.priority ? { priority: intake.priority } : {}) } : {};
    for (const recipient of recipients) {
      await this.deps.outbox.addJob({
        code: report.code,
        chatId: recipient.chatId,
        sectors: recipient.sectors,
        level: recipient.level,
        locale: recipient.locale,
        rank,
        createdAt: new Date(now),
        ...round,
      });
    }
    for (const sector of sectors) {
      const delay = this.deps.alliance.escalationMinutes[sector] * 60_000;
      await this.deps.cases.open(
        { code: report.code, sector, region: report.where.region, rank, level: "primary", createdAt: new Date(now) },
        new Date(now + delay),
      );
    }
    return recipients;
  }
}

/**
 * When no lead or coordinator is enrolled for a sector, the alliance's admins
 * receive it: an alert must reach someone — in the admin's language.
 */
async function withAdminsFallback(
  recipients: Recipient[],
  { alliance, localeOf }: Pick<RouterDeps, "alliance" | "localeOf">,
  sectors: Sector[],
): Promise<Recipient[]> {
  const covered = new Set(recipients.flatMap((r) => r.sectors));
  const uncovered = sectors.filter((sector) => !covered.has(sector));
  if (uncovered.length === 0) return recipients;
  const result = [...recipients];
  for (const admin of alliance.admins) {
    const existing = result.find((r) => r.chatId === admin);
    if (existing) existing.sectors.push(...uncovered.filter((s) => !existing.sectors.includes(s)));
    else result.push({ chatId: admin, leadIds: [], sectors: uncovered, locale: await localeOf(admin), level: "coordinator" });
  }
  return result;
}
