/**
 * The alert lines the questions declare (questions.ts, `alert`): a line of
 * its own, a part of a grouped line (`alert-<group>`), or brackets after
 * another answer. alert-view.ts renders the questions marked `byHand`.
 */
import type { Locale } from "../shared/locales.js";
import type { Translate } from "../shared/text.js";
import { optionLabel } from "./option-labels.js";
import { question, questionsIn } from "./sections.js";
import type { Section, StepId } from "./questions.js";
import { STEPS } from "./steps.js";

export interface AlertLine {
  label: string;
  value: string;
}

/** An answer as the alert shows it; null when there is nothing to show. */
function shown(id: StepId, value: unknown, locale: Locale, t: Translate): string | null {
  const q = question(id);
  if (value === null || value === undefined) return q.kind === "text" && q.skip && q.skip !== "skip-step" ? `❗ ${t(q.skip)}` : null;
  if (q.kind === "choice") return optionLabel(STEPS[id], value as string, locale, t);
  if (q.kind === "multi") return (value as string[]).map((v) => optionLabel(STEPS[id], v, locale, t)).join(", ");
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** The lines of one section of the report, in the table's order; a group's line stands where its first member does. */
export function alertLines(values: Record<string, unknown>, section: Section, locale: Locale, t: Translate): AlertLine[] {
  const ids = questionsIn(section);
  const valueOf = (id: StepId) => values[question(id).report!.key];
  const withBrackets = (id: StepId, text: string) => {
    const extra = ids.filter((other) => {
      const a = question(other).alert;
      return "with" in a && a.with === id;
    });
    const parts = extra.map((other) => shown(other, valueOf(other), locale, t)).filter((p): p is string => p !== null);
    return parts.length > 0 ? `${text} ${parts.map((p) => `(${p})`).join(" ")}` : text;
  };
  const lines: AlertLine[] = [];
  const groups = new Map<string, AlertLine>();
  for (const id of ids) {
    const alert = question(id).alert;
    const text = shown(id, valueOf(id), locale, t);
    if ("line" in alert && text !== null) lines.push({ label: t(`field-${id}`), value: withBrackets(id, text) });
    if ("within" in alert && text !== null) {
      const part = `${t(`field-${id}`)}: ${withBrackets(id, text)}`;
      const group = groups.get(alert.within);
      if (group) group.value += `; ${part}`;
      else {
        const line = { label: t(`alert-${alert.within}`), value: part };
        groups.set(alert.within, line);
        lines.push(line);
      }
    }
  }
  return lines;
}
