/** The summary before submission: every answer, an Edit button per answer, Submit and Cancel. */
import { InlineKeyboard } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";
import { clipText, html, htmlLines, type Translate } from "../../shared/text.js";
import type { Answers, Draft } from "../../reports/draft.js";
import { applicableSteps, type StepDef } from "../../reports/steps.js";
import { summaryButton } from "./callback-data.js";
import { optionLabel } from "../../reports/option-labels.js";

const SHORT = 120;
const ACCOUNT = 300;

export function renderSummary(draft: Draft, t: Translate): { text: string; markup: InlineKeyboardMarkup } {
  const steps = applicableSteps(draft);
  const lines = [html`<b>${t("report-check-title")}</b>`, ""];
  for (const step of steps) lines.push(html`<b>${t(`field-${step.id}`)}:</b> ${answerText(step, draft, t)}`);
  const edits = steps.map((step) =>
    InlineKeyboard.text(t("summary-edit", { field: t(`field-${step.id}`) }), summaryButton(draft.rev, `edit:${step.id}`)),
  );
  const keyboard = InlineKeyboard.from([edits])
    .toFlowed(2)
    .row()
    .text(t("summary-submit"), summaryButton(draft.rev, "submit"))
    .text(t("summary-cancel"), summaryButton(draft.rev, "cancel"));
  return { text: htmlLines(lines), markup: keyboard };
}

function answerText(step: StepDef, draft: Draft, t: Translate): string {
  const value = draft.answers[step.id];
  if (value === null) return step.skip && step.skip !== "skip-step" ? t(step.skip) : t("summary-none");
  if (value === undefined) return t("summary-none");
  switch (step.kind) {
    case "choice":
      return optionLabel(step, value as string, draft.locale, t);
    case "multi":
      return (value as string[]).map((option) => optionLabel(step, option, draft.locale, t)).join(", ");
    case "text":
      return clipText(value as string, step.id === "account" ? ACCOUNT : SHORT);
    case "datetime":
      return new Date(value as string).toLocaleString("ru-RU", { timeZone: "Asia/Almaty", dateStyle: "short", timeStyle: "short" });
    case "place":
      return "text" in (value as object) ? clipText((value as { text: string }).text, SHORT) : t("summary-location");
    case "media":
      return t("summary-files", { count: (value as Answers["evidence"]).items.length });
  }
}
