/**
 * Reminders on the clock of a detention: while a lead has marked the person
 * "still held", the lead chat that marked it is reminded every 6 hours of
 * detention (cases/custody-clock.ts), never at night in Almaty unless life or
 * health is at risk, and no longer once the person is marked released or
 * unknown, the cases are closed, or the chat may no longer act on them.
 *
 * Durable: the next reminder's time is stored (custody_reminders), so a
 * restart loses none; each is claimed in the database before it is sent, so
 * none goes twice, also after a crash (at worst one is lost, and the next
 * comes 6 hours later). Runs on a clock the caller controls.
 */
import type { Logger } from "pino";
import type { AllianceConfig } from "../config/alliance.js";
import { detentionStart, endOfQuiet, healthAtRisk, isQuietTime, nextReminderAt } from "../cases/custody-clock.js";
import type { Report } from "../reports/report.js";
import { coveredCases } from "../routing/permissions.js";
import type { CasesStore } from "../storage/cases-store.js";
import type { LeadsStore } from "../storage/leads-store.js";
import type { ReportsStore } from "../storage/reports-store.js";

export interface CustodyReminder {
  report: Report;
  /** When the reminder is written (ms). */
  now: number;
}

export interface CaseClockDeps {
  cases: CasesStore;
  reports: ReportsStore;
  leads: LeadsStore;
  alliance: AllianceConfig;
  logger: Logger;
  now?: () => number;
  /** Sends the reminder to a lead chat (in the bot: the messenger, in that chat's language). */
  remind: (chatId: number, reminder: CustodyReminder) => Promise<boolean>;
}

const CHECK_EVERY_MS = 60_000;

export class CaseClock {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: CaseClockDeps) {}

  /** Sends every reminder whose time has come; returns how many were sent. */
  async runOnce(): Promise<number> {
    const { cases, reports, leads, alliance, logger } = this.deps;
    const now = (this.deps.now ?? Date.now)();
    let sent = 0;
    for (const { code, dueAt } of await cases.dueCustodyReminders(new Date(now), 100)) {
      const report = await reports.findByCode(code);
      const start = report && detentionStart(report);
      const held = (await cases.forReport(code)).filter((c) => c.status !== "closed" && c.custody?.mark === "held");
      const latest = held.map((c) => c.custody!).sort((a, b) => b.at.getTime() - a.at.getTime())[0];
      if (!report || !start || !latest) {
        await cases.claimCustodyReminder(code, dueAt, null);
        continue;
      }
      // The chat that marked it must still stand for one of these cases (a removed lead hears nothing more).
      const chatLeads = (await leads.byChat(latest.chatId)).filter((lead) => latest.chatId < 0 || lead.kind === "person");
      const isAdmin = latest.chatId > 0 && alliance.admins.includes(latest.chatId);
      if (coveredCases(chatLeads, isAdmin, held).length === 0) {
        await cases.claimCustodyReminder(code, dueAt, null);
        continue;
      }
      const atRisk = healthAtRisk(report);
      // Due during the night (the process was down, or a mark came late): wait for the morning.
      if (!atRisk && isQuietTime(now)) {
        await cases.claimCustodyReminder(code, dueAt, new Date(endOfQuiet(now)));
        continue;
      }
      if (!(await cases.claimCustodyReminder(code, dueAt, new Date(nextReminderAt(start, now, atRisk))))) continue;
      if (await this.deps.remind(latest.chatId, { report, now })) sent++;
      else logger.warn("a custody reminder could not be sent");
    }
    return sent;
  }

  start(): void {
    const tick = () => {
      this.running = this.runOnce()
        .catch((error: unknown) => this.deps.logger.error({ err: (error as Error).name }, "custody reminders failed; retrying"))
        .finally(() => {
          if (this.timer) this.timer = setTimeout(tick, CHECK_EVERY_MS);
        });
    };
    this.timer = setTimeout(tick, 0);
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
