/**
 * Escalation: a case nobody took within its sector's delay goes to the
 * backup, then to the coordinator. Runs on a clock the caller controls.
 */
import type { Logger } from "pino";
import type { AllianceConfig } from "../config/alliance.js";
import { nextEscalation } from "../routing/escalation.js";
import type { CasesStore } from "../storage/cases-store.js";
import type { LeadsStore } from "../storage/leads-store.js";
import type { OutboxStore } from "../storage/outbox-store.js";

export interface EscalatorDeps {
  cases: CasesStore;
  outbox: OutboxStore;
  leads: LeadsStore;
  alliance: AllianceConfig;
  logger: Logger;
  now?: () => number;
  onJobs?: () => void;
  /** Told about every case moved up, with its new level (metrics). */
  onEscalated?: (level: string) => void;
}

export class Escalator {
  constructor(private readonly deps: EscalatorDeps) {}

  /** Escalates every case whose time has come; returns how many moved up. */
  async runOnce(): Promise<number> {
    const now = (this.deps.now ?? Date.now)();
    const due = await this.deps.cases.dueEscalations(new Date(now), 100);
    const leads = await this.deps.leads.all();
    let moved = 0;
    for (const record of due) {
      if (record.status !== "open") {
        await this.deps.cases.escalated(record._id, record.level, null);
        continue;
      }
      const next = nextEscalation(leads, record.sector, record.region, record.level);
      if (!next) {
        await this.deps.cases.escalated(record._id, record.level, null);
        continue;
      }
      for (const lead of next.leads) {
        await this.deps.outbox.addJob({
          code: record.code,
          chatId: lead.chatId,
          sectors: [record.sector],
          level: next.level,
          locale: lead.locale,
          rank: record.rank,
          createdAt: new Date(now),
        });
      }
      const delay = this.deps.alliance.escalationMinutes[record.sector] * 60_000;
      await this.deps.cases.escalated(record._id, next.level, next.level === "coordinator" ? null : new Date(now + delay));
      this.deps.logger.info({ sector: record.sector, level: next.level }, "case escalated");
      this.deps.onEscalated?.(next.level);
      moved++;
    }
    if (moved > 0) this.deps.onJobs?.();
    return moved;
  }
}
