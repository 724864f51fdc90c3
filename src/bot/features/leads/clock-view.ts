/**
 * The clock on a detention as a lead reads it (alert, /cases, reminder): how
 * long the person has been held, the lead's mark, and the flag at 48 hours
 * for a person marked "still held" (CPC art. 131, the only limit the legal
 * brief lets us state). Plain text; the callers escape it.
 */
import type { InlineKeyboard } from "grammy";
import { ALMATY_TIME_ZONE, CUSTODY_MARKS, detentionStart, heldFor, pastCpcLimit, type CustodyMark } from "../../../cases/custody-clock.js";
import type { Report } from "../../../reports/report.js";
import type { Translate } from "../../../shared/text.js";
import { LEAD } from "./callback-data.js";

const sinceFormat = new Intl.DateTimeFormat("ru-RU", {
  timeZone: ALMATY_TIME_ZONE,
  day: "2-digit",
  month: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});

/** "5 h 20 min" in the reader's language. */
export function heldDuration(report: Report, now: number, t: Translate): string | undefined {
  const start = detentionStart(report);
  if (!start) return undefined;
  const { hours, minutes } = heldFor(start, now);
  return t("clock-duration", { hours, minutes });
}

export function clockLines(report: Report, mark: CustodyMark | undefined, now: number, t: Translate): string[] {
  const lines: string[] = [];
  const start = detentionStart(report);
  if (start && mark !== "released") {
    const duration = heldDuration(report, now, t)!;
    const since = sinceFormat.format(start.at).replace(",", "");
    lines.push(t(start.approximate ? "clock-held-approx" : "clock-held", { duration, since }));
    if (mark === "held" && pastCpcLimit(start, now)) lines.push(t("clock-past-limit"));
  }
  if (mark) lines.push(t("clock-mark", { mark: t(`custody-mark-${mark}`) }));
  return lines;
}

/** The three marks, as one row of buttons. */
export function addCustodyButtons(keyboard: InlineKeyboard, t: Translate, code: string): InlineKeyboard {
  for (const mark of CUSTODY_MARKS) keyboard.text(t(`custody-button-${mark}`), LEAD.custody.pack({ code, mark }));
  return keyboard;
}

/** The clock in one line of /cases: "⏱ held 5 h 20 min · still held · ⚠️ over 48 h". */
export function clockSummary(report: Report, mark: CustodyMark | undefined, now: number, t: Translate): string {
  const parts: string[] = [];
  const start = detentionStart(report);
  if (start && mark !== "released") {
    parts.push(t(start.approximate ? "clock-held-short-approx" : "clock-held-short", { duration: heldDuration(report, now, t)! }));
  }
  if (mark) parts.push(t(`custody-mark-${mark}`));
  if (start && mark === "held" && pastCpcLimit(start, now)) parts.push(t("clock-past-limit-short"));
  return parts.join(" · ");
}
