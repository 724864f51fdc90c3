/**
 * The alert a sector lead receives: priority badges, what happened, when and
 * where, who detained, the rights signals, a short account, the reference
 * code — and never anything about who reported it beyond their role.
 */
import { InlineKeyboard } from "grammy";
import type { Locale } from "../../../shared/locales.js";
import { REGIONS } from "../../../shared/regions.js";
import { clipText, escapeHtml, type Translate } from "../../../shared/text.js";
import { optionLabel } from "../../../reports/option-labels.js";
import { PRIORITY_FLAGS } from "../../../reports/vocabulary.js";
import { type Sector } from "../../../shared/vocabulary.js";
import type { Report } from "../../../reports/report.js";
import { STEPS } from "../../../reports/steps.js";
import { alertLines } from "../../../reports/alert-fields.js";
import { leadButton } from "./callback-data.js";
import { leadDocumentButton } from "./document-button.js";
import type { CustodyMark } from "../../../cases/custody-clock.js";
import { addCustodyButtons, clockLines } from "./clock-view.js";

/** The clock on a detention: the time the alert is written at, and the lead's latest mark. */
export interface AlertClock {
  now: number;
  mark?: CustodyMark;
}

const BADGES: Record<(typeof PRIORITY_FLAGS)[number], string> = {
  lifeAtRisk: "🆘",
  detainedNow: "🚨",
  minor: "🧒",
  injured: "🩹",
  journalist: "📰",
};
const ACCOUNT_CHARS = 600;

export function priorityBadges(report: Report, t: Translate): string {
  return PRIORITY_FLAGS.filter((flag) => report.derived.priority[flag])
    .map((flag) => `${BADGES[flag]} ${t(`alert-flag-${flag}`)}`)
    .join(" · ");
}

/** A witness's quick alert says so: three answers, the rest unknown until (unless) the details come. */
export function quickMark(report: Report, t: Translate): string {
  if (!report.quick) return "";
  return t(report.quick.detailsAt ? "alert-quick-detailed" : "alert-quick");
}

/** The first message: short, so its notification says what matters. */
export function renderPlaceholder(report: Report, t: Translate): string {
  const badges = priorityBadges(report, t);
  return [quickMark(report, t), badges, t("alert-placeholder", { code: report.code })].filter(Boolean).join("\n");
}

export function renderAlert(
  report: Report,
  sectors: Sector[],
  locale: Locale,
  t: Translate,
  clock: AlertClock = { now: Date.now() },
): { text: string; keyboard: InlineKeyboard } {
  const opt = (step: keyof typeof STEPS, value: string) => optionLabel(STEPS[step], value, locale, t);
  const line = (label: string, value: string) => `<b>${escapeHtml(label)}:</b> ${escapeHtml(value)}`;
  const lines: string[] = [];
  const quick = quickMark(report, t);
  if (quick) lines.push(`<b>${escapeHtml(quick)}</b>`);
  const badges = priorityBadges(report, t);
  if (badges) lines.push(`<b>${escapeHtml(badges)}</b>`);
  lines.push(`<b>${escapeHtml(t(`alert-kind-${report.kind}`))}</b> · <code>${report.code}</code>`);
  lines.push(line(t("alert-sectors"), sectors.map((s) => t(`sector-${s}`)).join(", ")));

  const s = report.subject;
  const subjectLines = alertLines(s, s.type, locale, t);
  lines.push(
    line(
      t("field-subject"),
      s.type === "person"
        ? [s.name ?? t("alert-no-name"), opt("age", s.ageGroup), s.journalist === "yes" ? t("alert-journalist") : ""]
            .filter(Boolean)
            .join(", ")
        : [opt("groupSize", s.size), s.minors === "yes" ? t("alert-minors") : "", s.journalists === "yes" ? t("alert-journalists") : ""]
            .filter(Boolean)
            .join(", "),
    ),
  );
  lines.push(...subjectLines.map((l) => line(l.label, l.value)));
  const when = report.when.at
    ? new Date(report.when.at).toLocaleString("ru-RU", { timeZone: "Asia/Almaty", dateStyle: "short", timeStyle: "short" })
    : "";
  lines.push(line(t("field-when"), [opt("when", report.when.choice), when && `(${when})`].filter(Boolean).join(" ")));
  lines.push(...clockLines(report, clock.mark, clock.now, t).map((l) => `<b>${escapeHtml(l)}</b>`));
  const place = report.where.place;
  const placeText = place === null ? "" : "text" in place ? place.text : `📍 ${place.lat}, ${place.lon}`;
  lines.push(line(t("field-region"), [REGIONS[report.where.region][locale], placeText].filter(Boolean).join(" — ")));

  // The detention and ill-treatment answers, as their questions declare (reports/questions.ts).
  if (report.detention) lines.push(...alertLines(report.detention, "detention", locale, t).map((l) => line(l.label, l.value)));
  if (report.illTreatment) lines.push(...alertLines(report.illTreatment, "illTreatment", locale, t).map((l) => line(l.label, l.value)));
  if (report.account) {
    const account = clipText(report.account, ACCOUNT_CHARS);
    lines.push(`<b>${escapeHtml(t("field-account"))}:</b> <i>${escapeHtml(account)}</i>`);
  }
  lines.push(...alertLines(report, "top", locale, t).map((l) => line(l.label, l.value)));
  lines.push(
    line(
      t("alert-source"),
      `${opt("role", report.reporterRole)}; ${t(report.contact === "bot" ? "alert-contact-bot" : "alert-contact-none")}`,
    ),
  );

  const keyboard = new InlineKeyboard()
    .text(t("alert-take"), leadButton("take", report.code))
    .text(t("alert-ask"), leadButton("ask", report.code))
    .row()
    .text(t("alert-close"), leadButton("close", report.code))
    .text(t("alert-hand-over"), leadButton("hand", report.code));
  if (report.detention) addCustodyButtons(keyboard.row(), t, report.code);
  if (report.evidence.length > 0)
    keyboard.row().text(t("alert-evidence", { count: report.evidence.length }), leadButton("evidence", report.code));
  if (report.contact === "bot") keyboard.row().text(t("alert-document"), leadDocumentButton(report.code));
  return { text: lines.join("\n"), keyboard };
}
