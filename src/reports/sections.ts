/**
 * The parts of the report whose fields are declared by the questions
 * (questions.ts, `report: { section, key }`): their schema, their type and
 * their values from a draft. A question added to a section appears in the
 * report schema, the stored report and the alert without further code.
 */
import { z } from "zod";
import type { Answers, Draft } from "./draft.js";
import { QUESTIONS, STEP_IDS, type QuestionDef, type Section, type StepId } from "./questions.js";
import { LIMITS } from "./vocabulary.js";

type Q = typeof QUESTIONS;
type InSection<S extends Section> = { [K in StepId]: Q[K] extends { report: { section: S } } ? K : never }[StepId];
type KeyOf<K extends StepId> = Q[K] extends { report: { key: infer N extends string } } ? N : never;
type IfNotAsked<K extends StepId> = Q[K] extends { report: { conditional: true } } ? null : never;

/** A section's fields as the report stores them. */
export type SectionValues<S extends Section> = { [K in InSection<S> as KeyOf<K>]: Answers[K] | IfNotAsked<K> };
type ShapeOf<V> = { [F in keyof V]: z.ZodType<V[F]> };
type SectionShape<S extends Section> = ShapeOf<SectionValues<S>>;

export const question = (id: StepId): QuestionDef => QUESTIONS[id];
export const questionsIn = (section: Section): StepId[] => STEP_IDS.filter((id) => question(id).report?.section === section);

/** The longest text a text question takes. */
export const maxChars = (q: QuestionDef) => q.maxChars ?? LIMITS.shortTextChars;

function answerSchema(q: QuestionDef): z.ZodType {
  const options = () => z.enum(q.options as [string, ...string[]]);
  const schema: z.ZodType | undefined =
    q.kind === "choice"
      ? options()
      : q.kind === "multi"
        ? z.array(options()).min(1)
        : q.kind === "text"
          ? q.skip
            ? z.string().max(maxChars(q)).nullable()
            : z.string().max(maxChars(q))
          : undefined;
  if (!schema) throw new Error(`a ${q.kind} question is placed in the report by build-report.ts, not by declaration`);
  // Reports stored before a conditional question existed read it as "not asked".
  return q.report?.conditional ? schema.nullable().default(null) : schema;
}

/** The zod fields of a section, in the table's order. */
export function sectionShape<S extends Section>(section: S): SectionShape<S> {
  return Object.fromEntries(questionsIn(section).map((id) => [question(id).report!.key, answerSchema(question(id))])) as SectionShape<S>;
}

/** A section's values from a finished draft; a question that was not asked gives null. */
export function sectionOf<S extends Section>(draft: Draft, section: S): SectionValues<S> {
  return Object.fromEntries(
    questionsIn(section).map((id) => [question(id).report!.key, question(id).applies(draft) ? draft.answers[id] : null]),
  ) as SectionValues<S>;
}
