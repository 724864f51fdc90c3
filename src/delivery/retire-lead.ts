/**
 * When an admin removes a lead, permission ends at once — queued work
 * included: the chat's queued alerts for sectors it no longer stands for are
 * cancelled (and their still-open cases routed again, so the alert reaches
 * whoever stands for them now), and the way back from the reporters it asked
 * ends (a reporter's answer is told the conversation ended). Buttons of
 * alerts already delivered are refused by the permission check at every
 * press. An alert the dispatcher is sending at this very moment can still
 * arrive; its buttons are refused too.
 */
import type { Sector } from "../shared/vocabulary.js";
import type { Report } from "../reports/report.js";
import type { Lead } from "../routing/leads.js";
import { leadCovers } from "../routing/permissions.js";
import type { Storage } from "../storage/database.js";

export interface RetiredLead {
  cancelledJobs: number;
  endedRelays: number;
}

/** After `removed` was deleted from the leads: `isAdmin` when its chat is an admin's own (admins may act on everything). */
export async function retireLead(
  storage: Storage,
  routeTo: (report: Report, sectors: Sector[]) => Promise<void>,
  removed: Lead,
  isAdmin: boolean,
): Promise<RetiredLead> {
  const remaining = await storage.leads.byChat(removed.chatId);
  const reroute = new Map<string, Sector[]>();
  let cancelledJobs = 0;
  for (const job of await storage.outbox.jobsForChat(removed.chatId)) {
    const keep: Sector[] = [];
    for (const sector of job.sectors) {
      const record = await storage.cases.get(job.code, sector);
      if (record && (isAdmin || remaining.some((lead) => leadCovers(lead, record)))) keep.push(sector);
      else if (record?.status === "open") reroute.set(job.code, [...(reroute.get(job.code) ?? []), sector]);
    }
    if (keep.length === job.sectors.length) continue;
    if (keep.length === 0) await storage.outbox.abandon(job._id);
    else await storage.outbox.narrowJob(job._id, keep);
    cancelledJobs++;
  }
  const endedRelays = remaining.length === 0 && !isAdmin ? await storage.relays.endLeadChat(removed.chatId) : 0;
  for (const [code, sectors] of reroute) {
    const report = await storage.reports.findByCode(code);
    if (report) await routeTo(report, sectors);
  }
  return { cancelledJobs, endedRelays };
}
