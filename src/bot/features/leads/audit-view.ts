/**
 * The audit trail of one case as an admin reads it, in the admin's language:
 * one line per action — when (to the minute, Kazakhstan time), who (name at
 * the time and Telegram id), where (a private chat or which group), what.
 * Plain text: names are whatever people chose, so nothing is parsed as markup.
 */
import type { Translate } from "../../../shared/text.js";
import type { AuditEntry } from "../../../storage/audit-store.js";

/** Telegram's limit is 4,096; whole lines are kept together below it. */
const CHUNK_CHARS = 4_000;
/** The most recent actions shown; older ones are counted. */
export const AUDIT_SHOWN = 100;

const minuteFormat = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Asia/Almaty",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});

export function auditLine(
  entry: AuditEntry,
  t: Translate,
  documentTitle: (id: string) => string,
  regionNames: (ids: string[]) => string = (ids) => ids.join(", "),
): string {
  const { detail } = entry;
  const sectors = (detail.sectors ?? []).map((s) => t(`sector-${s}`)).join(", ");
  let action = t(`audit-${entry.action}`, {
    to: detail.to ? t(`sector-${detail.to}`) : "",
    document: detail.document ? documentTitle(detail.document) : "",
    mark: detail.custody ? t(`custody-mark-${detail.custody}`) : "",
    ...(detail.export && {
      first: detail.export.first,
      last: detail.export.last,
      format: detail.export.format.toUpperCase(),
      variant:
        t(detail.export.sealed ? "export-audit-sealed" : "export-audit-plain") +
        (detail.export.regions ? ` · ${regionNames(detail.export.regions)}` : ""),
      rows: detail.export.rows,
    }),
  });
  if (sectors) action += ` (${sectors})`;
  if (detail.outcome) action += `: ${t(`outcome-${detail.outcome}`)}`;
  return t("audit-line", {
    time: minuteFormat.format(entry.at),
    who: entry.actor.name || "—",
    id: String(entry.actor.id),
    where: entry.chat.kind === "group" ? t("audit-in-group", { id: String(entry.chat.id) }) : t("audit-in-private"),
    action,
  });
}

/** The messages to send for a case: a title, then the lines, cut between lines to fit Telegram's limit. */
export function renderAudit(code: string, entries: AuditEntry[], t: Translate, documentTitle: (id: string) => string): string[] {
  if (entries.length === 0) return [t("audit-none", { code })];
  return auditMessages(t("audit-title", { code }), entries, t, documentTitle);
}

/**
 * A trail as messages: the title, how many older actions are not shown, a line per shown action,
 * cut between lines to fit Telegram's limit (a case's trail, the exports' trail).
 */
export function auditMessages(
  title: string,
  entries: AuditEntry[],
  t: Translate,
  documentTitle: (id: string) => string,
  regionNames?: (ids: string[]) => string,
): string[] {
  const shown = entries.slice(-AUDIT_SHOWN);
  const lines = [title];
  if (entries.length > shown.length) lines.push(t("audit-more", { count: entries.length - shown.length }));
  lines.push(...shown.map((entry) => auditLine(entry, t, documentTitle, regionNames)));
  const messages: string[] = [];
  let current = "";
  for (const line of lines) {
    if (current && current.length + 1 + line.length > CHUNK_CHARS) {
      messages.push(current);
      current = "";
    }
    current = current ? `${current}\n${line}` : line;
  }
  if (current) messages.push(current);
  return messages;
}
