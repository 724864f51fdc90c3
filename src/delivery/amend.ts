/**
 * A stored report changed (a witness added the details to a quick alert):
 * the leads who already have its alert get it rewritten in place — an edit
 * of the same message, queued as a job so 429s and 5xx are retried like any
 * delivery — and sectors or chats the new answers add are routed as usual.
 * An alert already shrunk to its outcome (every case closed) stays shrunk.
 */
import { priorityRank } from "../reports/derive.js";
import type { Report } from "../reports/report.js";
import type { CasesStore } from "../storage/cases-store.js";
import type { OutboxStore } from "../storage/outbox-store.js";
import type { Router } from "./router.js";

export interface AmendDeps {
  router: Pick<Router, "route">;
  outbox: OutboxStore;
  cases: CasesStore;
}

export async function rerouteAmended(deps: AmendDeps, report: Report, now: Date): Promise<void> {
  // New chats get a job; chats that have the alert are skipped there and rewritten below.
  const recipients = await deps.router.route(report, report.derived.sectors);
  const cases = new Map((await deps.cases.forReport(report.code)).map((c) => [c.sector, c]));
  const rank = priorityRank(report.derived.priority);
  for (const alert of await deps.outbox.alertsFor(report.code)) {
    const own = alert.sectors.map((sector) => cases.get(sector));
    if (own.length > 0 && own.every((c) => c?.status === "closed")) continue;
    const added = recipients.find((r) => r.chatId === alert.chatId)?.sectors ?? [];
    await deps.outbox.rewrite(alert, [...new Set([...alert.sectors, ...added])], rank, now);
  }
  // A job whose placeholder is out may be writing the earlier version right now: queue its rewrite
  // too (a later createdAt, so recording the earlier write does not remove it).
  for (const job of await deps.outbox.jobsFor(report.code)) {
    if (job.placeholderId === null || job.rewrite) continue;
    await deps.outbox.rewrite({ ...job, messageId: job.placeholderId }, job.sectors, rank, now);
  }
}
