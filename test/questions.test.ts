/**
 * The question table (src/reports/questions.ts) is the one place a question
 * is declared: these tests fail when a declared question is missing from the
 * lead's alert without being marked hidden, or lacks a translation.
 */
import { FluentParser } from "@fluent/syntax";
import { describe, expect, it } from "vitest";
import { renderAlert } from "../src/bot/features/leads/alert-view.js";
import { buildReport } from "../src/reports/build-report.js";
import { newDraft, withAnswer, type Answers, type Draft, type EvidenceItem } from "../src/reports/draft.js";
import { STEPS } from "../src/reports/steps.js";
import { kept } from "./helpers/form-script.js";
import { labelKeys, QUESTIONS, STEP_IDS, type QuestionDef, type StepId } from "../src/reports/questions.js";
import { LOCALES } from "../src/shared/locales.js";
import { createI18n, translatorFor } from "../src/telegram/i18n.js";
import { localeText } from "./helpers/locale-files.js";

const NOW = Date.parse("2026-12-03T10:00:00Z");
const t = translatorFor(createI18n(), "en");
const photo: EvidenceItem = {
  kind: "photo",
  messageId: 5,
  fileId: "file-1",
  fileUniqueId: "unique-1",
  size: 1000,
  mime: "image/jpeg",
  receivedAt: NOW,
};

/** Every question answered, so that any change of one answer still leaves a complete draft. */
function scenario(flow: Draft["flow"], overrides: Partial<Answers>): Draft {
  let draft = newDraft({ id: `scenario-${flow}`, code: "ABCD-EFGH", flow, locale: "en", now: NOW });
  for (const id of STEP_IDS) {
    const value = id in overrides ? overrides[id] : kept(STEPS[id], STEPS[id].example, NOW);
    draft = withAnswer(draft, id, value as never, NOW);
  }
  return draft;
}

/** Between them every question applies in one of these. */
const SCENARIOS = [
  scenario("detention", { subject: "person", alsoIll: "yes", medical: "given", when: "exact" }),
  scenario("ill-treatment", { subject: "group", alsoDetained: "yes", medical: "given", when: "exact" }),
];

/** Another answer than the current one. */
function changed(id: StepId, value: unknown): unknown {
  const q: QuestionDef = QUESTIONS[id];
  switch (q.kind) {
    case "choice":
      return q.options!.find((option) => option !== value);
    case "multi":
      return [q.options!.find((option) => !(value as string[]).includes(option))];
    case "text":
      return `${String(value)} and more`;
    case "datetime":
      return new Date(Date.parse(value as string) - 86_400_000).toISOString();
    case "place":
      return { text: "Somewhere else entirely" };
    case "media":
      return { items: [photo], done: true };
  }
}

const alertOf = (draft: Draft) => {
  const report = buildReport(draft, NOW);
  const { text, keyboard } = renderAlert(report, report.derived.sectors, "en", t);
  return `${text}\n${JSON.stringify(keyboard.inline_keyboard)}`;
};

describe("the question table", () => {
  it("shows every declared question in the lead's alert, unless it is marked hidden with a reason", () => {
    const notShown: string[] = [];
    for (const id of STEP_IDS) {
      const alert = (QUESTIONS[id] as QuestionDef).alert;
      if ("hidden" in alert) {
        expect(alert.hidden.length, `${id}: say why it is not shown`).toBeGreaterThan(10);
        continue;
      }
      const draft = SCENARIOS.find((d) => (QUESTIONS[id] as QuestionDef).applies(d));
      expect(draft, `${id} applies in no test scenario`).toBeDefined();
      const other = withAnswer(draft!, id, changed(id, draft!.answers[id]) as never, NOW);
      if (alertOf(other) === alertOf(draft!)) notShown.push(id);
    }
    expect(notShown, "answers the alert does not show: declare how (alert: line/within/with/byHand) or mark them hidden").toEqual([]);
  });

  it("has every question's labels in all three languages", () => {
    const parser = new FluentParser();
    for (const locale of LOCALES) {
      const resource = parser.parse(localeText(locale));
      const keys = new Set(resource.body.flatMap((entry) => (entry.type === "Message" ? [entry.id.name] : [])));
      const missing = STEP_IDS.flatMap(labelKeys).filter((key) => !keys.has(key));
      expect(missing, `missing in ${locale}/`).toEqual([]);
    }
  });

  it("keeps the callback data of form buttons as stored chats know it", () => {
    expect(STEP_IDS.slice(0, 4)).toEqual(["role", "subject", "name", "age"]);
    expect(QUESTIONS.age.options).toContain("18-29");
    expect(QUESTIONS.illBy.optionSet).toBe("authority");
  });
});
