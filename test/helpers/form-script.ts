/**
 * The questions a person is asked, in order, for a given set of answers: read
 * from the question table (src/reports/questions.ts), so a new question is
 * answered with its declared example by every test walk and the bench.
 */
import { newDraft, withAnswer, type Answers, type Draft } from "../../src/reports/draft.js";
import type { ExampleInput, StepId } from "../../src/reports/questions.js";
import { dateAnswer } from "../../src/reports/input.js";
import { nextStep, type StepDef } from "../../src/reports/steps.js";

export type FormInputs = Partial<Record<StepId, ExampleInput>>;

/** What the draft keeps for an input (a typed date as the form stores it, at `now`). */
export function kept(step: StepDef, input: ExampleInput, now = Date.now()): unknown {
  if (step.kind === "media") return { items: [], done: true };
  if (step.kind === "place" && typeof input === "string") return { text: input };
  if (step.kind === "datetime") return (dateAnswer(input as string, now) as { value: string }).value;
  return input;
}

export function formSteps(flow: Draft["flow"], inputs: FormInputs = {}): Array<{ step: StepDef; input: ExampleInput }> {
  let draft = newDraft({ id: "script-draft", code: "ABCD-EFGH", flow, locale: "en", now: 0 });
  const steps: Array<{ step: StepDef; input: ExampleInput }> = [];
  for (let step = nextStep(draft); step; step = nextStep(draft)) {
    const input = step.id in inputs ? inputs[step.id]! : step.example;
    steps.push({ step, input });
    draft = withAnswer(draft, step.id, kept(step, input) as Answers[StepId], 0);
  }
  return steps;
}

/** The questions asked before `id` (to stop a walk at that question). */
export function formStepsBefore(flow: Draft["flow"], inputs: FormInputs, id: StepId) {
  const steps = formSteps(flow, inputs);
  return steps.slice(
    0,
    steps.findIndex((s) => s.step.id === id),
  );
}

/** A witness reports one person detained today in Astana; the lawyer was let in, relatives told, no ill-treatment. */
export const PERSON_DETENTION: FormInputs = {
  role: "witness",
  subject: "person",
  age: "30-49",
  journalist: "no",
  when: "today",
  region: "astana",
  authority: "police",
  takenTo: null,
  toldReason: "yes",
  protocol: "copy-given",
  lawyer: "admitted",
  relatives: "yes",
  alsoIll: "no",
  account: null,
};
