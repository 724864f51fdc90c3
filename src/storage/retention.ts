import type { Storage } from "./database.js";

export const DAY_MS = 24 * 60 * 60 * 1000;
/** Reports purged per step: the purge deletes by lists of codes. */
const PURGE_BATCH = 500;

/**
 * How long untouched data is kept. A language choice is forgotten after half a
 * year of silence; an unfinished flow after 30 days (a shutdown can last days);
 * which bot message a reply belongs to (lead ⇄ reporter) after 90 days; a
 * chat's message trail after 3 days (Telegram lets the bot delete messages
 * for 48 hours only, so an older trail serves nothing).
 * Expired invitations go at once, unconfirmed enrolments after 7 days (see InvitesStore).
 */
export const RETENTION = { sessionsDays: 180, conversationsDays: 30, relaysDays: 90, trailsDays: 3 } as const;

/** What a deployment decides (REPORT_RETENTION_DAYS, REPORTER_LINK_GRACE_DAYS). */
export interface RetentionPolicy {
  /** A report and everything hanging off it (cases, alerts, evidence records, reporter link) is deleted this long after it came. */
  reportsDays: number;
  /** The way back to a reporter is dropped this long after the report's last case closed. */
  reporterLinkGraceDays: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { reportsDays: 365, reporterLinkGraceDays: 14 };

export interface PurgeCounts {
  sessions: number;
  conversations: number;
  relays: number;
  trails: number;
  invites: number;
  pendingEnrolments: number;
  /** Reports-per-hour records past their hour (also purged hourly). */
  intake: number;
  reporterLinks: number;
  reports: number;
  /** Trusted contacts' one-time links past their time. */
  contactInvites: number;
  /** Alarms (with their sends and locations) a week after the tap. */
  alarms: number;
}

/** One run of the retention purge, as of `now`. */
export async function purgeExpired(storage: Storage, now: Date, policy: RetentionPolicy = DEFAULT_RETENTION): Promise<PurgeCounts> {
  const ago = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const counts: PurgeCounts = {
    sessions: await storage.sessions.purgeOlderThan(ago(RETENTION.sessionsDays)),
    conversations: await storage.conversations.purgeOlderThan(ago(RETENTION.conversationsDays)),
    relays: await storage.relays.purgeOlderThan(ago(RETENTION.relaysDays)),
    trails: await storage.trails.purgeOlderThan(ago(RETENTION.trailsDays)),
    invites: await storage.invites.purgeExpired(now),
    pendingEnrolments: await storage.invites.purgePending(now),
    intake: await storage.intake.purgeExpired(now),
    reporterLinks: 0,
    reports: 0,
    contactInvites: await storage.trustedContacts.purgeExpired(now),
    alarms: await storage.alarms.purgeExpired(now),
  };

  // Reporter links: at once for "don't contact me" (records of the earlier format kept them), else once every case is closed.
  counts.reporterLinks += await storage.reports.dropReporterLinks(await storage.reports.linkedWithoutConsent());
  const linked = await storage.reports.linkedCodes();
  const settled = await storage.cases.reportsClosedBefore(ago(policy.reporterLinkGraceDays), linked);
  counts.reporterLinks += await storage.reports.dropReporterLinks(settled);

  for (;;) {
    const codes = await storage.reports.codesOlderThan(ago(policy.reportsDays), PURGE_BATCH);
    if (codes.length === 0) break;
    await storage.evidence.purgeReports(codes);
    await storage.outbox.purgeReports(codes);
    await storage.cases.purgeReports(codes);
    await storage.audit.purgeReports(codes);
    // Last: a crash before this line leaves the report, so the next run finishes the set.
    counts.reports += await storage.reports.purge(codes);
    if (codes.length < PURGE_BATCH) break;
  }
  return counts;
}
