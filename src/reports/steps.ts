/**
 * The questions of a report as the form asks them: each question's
 * declaration (questions.ts) with its id, and the order in which the two
 * flows (detention first, or ill-treatment first) ask them.
 */
import type { Draft } from "./draft.js";
import { FLOW_BLOCKS, QUESTIONS, STEP_IDS, type QuestionDef, type StepId } from "./questions.js";

export type { StepKind } from "./questions.js";
export { hasDetention, hasIllTreatment } from "./questions.js";

export interface StepDef extends QuestionDef {
  id: StepId;
}

export const STEPS = Object.fromEntries(STEP_IDS.map((id) => [id, { id, ...QUESTIONS[id] }])) as Record<StepId, StepDef>;

/** The order of the questions in each flow: block by block, in the table's order within a block. */
export const FLOW_ORDER: Record<Draft["flow"], StepId[]> = {
  detention: FLOW_BLOCKS.detention.flatMap((block) => STEP_IDS.filter((id) => STEPS[id].block === block)),
  "ill-treatment": FLOW_BLOCKS["ill-treatment"].flatMap((block) => STEP_IDS.filter((id) => STEPS[id].block === block)),
};

/** The steps that apply to this draft given its answers so far, in order. */
export function applicableSteps(draft: Draft): StepDef[] {
  return FLOW_ORDER[draft.flow].map((id) => STEPS[id]).filter((step) => step.applies(draft));
}

export function isAnswered(draft: Draft, step: StepId): boolean {
  const value = draft.answers[step];
  if (step === "evidence") return (value as Draft["answers"]["evidence"])?.done === true;
  return value !== undefined;
}

/** The question to ask now, or undefined when the summary is due. */
export function nextStep(draft: Draft): StepDef | undefined {
  if (draft.editing) return STEPS[draft.editing];
  return applicableSteps(draft).find((step) => !isAnswered(draft, step.id));
}

/** "Step k of n" for the current question. */
export function progress(draft: Draft, step: StepDef): { position: number; total: number } {
  const steps = applicableSteps(draft);
  const index = steps.findIndex((s) => s.id === step.id);
  return { position: index + 1, total: steps.length };
}
