/**
 * Stores a finished report — the full form's or a witness's quick alert —
 * before anything tells the person it is received: its place among the
 * reporter's reports of the hour, a fresh code if another report has this
 * one, its evidence queued for hashing, and delivery poked.
 */
import { randomBytes } from "node:crypto";
import type { Logger } from "pino";
import type { Limits } from "../../config/limits.js";
import { redactIds } from "../../logger.js";
import { referenceCode } from "../../reports/reference-code.js";
import type { Report } from "../../reports/report.js";
import { LIMITS } from "../../reports/vocabulary.js";
import type { EvidenceStore } from "../../storage/evidence-store.js";
import type { IntakeStore } from "../../storage/intake-store.js";
import type { ReportsStore } from "../../storage/reports-store.js";

export interface StoreReportDeps {
  reports: ReportsStore;
  evidence: EvidenceStore;
  /** Reports per person in the hour: where this one stands, for fair queueing and priority. */
  intake: IntakeStore;
  limits: Limits;
  logger: Logger;
  /** A report is stored: delivery to the leads can start. */
  onStored: () => void;
}

export type Stored = { ok: true; code: string; contact: Report["contact"] } | { ok: false };

export async function storeReport(deps: StoreReportDeps, first: Report, chatId: number, now: number): Promise<Stored> {
  try {
    let report = first;
    const recent = await deps.intake.recent(chatId, now);
    const round = recent.length + 1;
    const intake = { round, demoted: round > deps.limits.topPriorityReportsPerHour };
    for (let attempt = 0; attempt < 5; attempt++) {
      const result = await deps.reports.save(report, chatId, intake);
      if (result === "saved") await deps.intake.record(chatId, now, recent);
      if (result !== "code-taken") {
        await deps.evidence.register(report, LIMITS.downloadableBytes);
        deps.logger.info(
          { kind: report.kind, sectors: report.derived.sectors, evidence: report.evidence.length, quick: report.quick !== null, result },
          "report stored",
        );
        deps.onStored();
        return { ok: true, code: report.code, contact: report.contact };
      }
      report = { ...report, code: referenceCode(randomBytes) };
    }
    throw new Error("no free reference code after 5 attempts");
  } catch (error) {
    deps.logger.error({ err: redactIds((error as Error).message) }, "report could not be stored");
    return { ok: false };
  }
}
