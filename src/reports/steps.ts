/**
 * The questions of a report, as data: what each asks for, when it applies,
 * and in which order the two flows (detention first, or ill-treatment first)
 * ask them. Both flows share every block.
 */
import { REGION_IDS } from "../shared/regions.js";
import type { Draft, StepId } from "./draft.js";
import {
  AGE_GROUPS,
  AUTHORITIES,
  CONTACT_CHOICES,
  GROUP_SIZES,
  ILL_TREATMENT_KINDS,
  LAWYER_STATES,
  LIFE_THREAT,
  MEDICAL_PROVIDERS,
  MEDICAL_STATES,
  PROTOCOL_STATES,
  REPORTER_ROLES,
  SUBJECT_TYPES,
  WHEN_CHOICES,
  YES_NO_UNKNOWN,
} from "./vocabulary.js";

export type StepKind =
  /** One of `options`, by button. */
  | "choice"
  /** Several of `options`, toggled, then Done. */
  | "multi"
  /** Free text; `skip` offers a button that answers null. */
  | "text"
  /** A date and time typed as DD.MM.YYYY HH:MM. */
  | "datetime"
  /** A Telegram location or a typed place. */
  | "place"
  /** Photos, videos, voice, audio, documents; then Done. */
  | "media";

export interface StepDef {
  id: StepId;
  kind: StepKind;
  /** Answer ids for choice and multi steps; their labels are `opt-<optionSet>-<id>`. */
  options?: readonly string[];
  /** The .ftl label family of the options; defaults to the step id. */
  optionSet?: string;
  /** For text and place steps: the label key of a button that answers null. */
  skip?: string;
  applies(draft: Draft): boolean;
}

const always = () => true;
const a = (draft: Draft) => draft.answers;
/** Until "who" is answered, count the person's questions: "step k of n" should not jump. */
const isPerson = (d: Draft) => a(d).role === "self" || a(d).subject !== "group";
const isGroup = (d: Draft) => a(d).role !== "self" && a(d).subject === "group";
export const hasDetention = (d: Draft) => d.flow === "detention" || a(d).alsoDetained === "yes";
export const hasIllTreatment = (d: Draft) => d.flow === "ill-treatment" || a(d).alsoIll === "yes";

export const STEPS: Record<StepId, StepDef> = {
  role: { id: "role", kind: "choice", options: REPORTER_ROLES, applies: always },
  subject: { id: "subject", kind: "choice", options: SUBJECT_TYPES, applies: (d) => a(d).role !== "self" },
  name: { id: "name", kind: "text", skip: "skip-name", applies: isPerson },
  age: { id: "age", kind: "choice", options: AGE_GROUPS, applies: isPerson },
  journalist: { id: "journalist", kind: "choice", options: YES_NO_UNKNOWN, optionSet: "ynu", applies: isPerson },
  groupSize: { id: "groupSize", kind: "choice", options: GROUP_SIZES, applies: isGroup },
  groupMinors: { id: "groupMinors", kind: "choice", options: YES_NO_UNKNOWN, optionSet: "ynu", applies: isGroup },
  groupJournalists: { id: "groupJournalists", kind: "choice", options: YES_NO_UNKNOWN, optionSet: "ynu", applies: isGroup },
  when: { id: "when", kind: "choice", options: WHEN_CHOICES, applies: always },
  whenExact: { id: "whenExact", kind: "datetime", applies: (d) => a(d).when === "exact" },
  place: { id: "place", kind: "place", skip: "skip-step", applies: always },
  region: { id: "region", kind: "choice", options: REGION_IDS, applies: always },
  authority: { id: "authority", kind: "choice", options: AUTHORITIES, applies: hasDetention },
  takenTo: { id: "takenTo", kind: "text", skip: "skip-unknown", applies: hasDetention },
  toldReason: { id: "toldReason", kind: "choice", options: YES_NO_UNKNOWN, optionSet: "ynu", applies: hasDetention },
  protocol: { id: "protocol", kind: "choice", options: PROTOCOL_STATES, applies: hasDetention },
  lawyer: { id: "lawyer", kind: "choice", options: LAWYER_STATES, applies: hasDetention },
  relatives: { id: "relatives", kind: "choice", options: YES_NO_UNKNOWN, optionSet: "ynu", applies: hasDetention },
  alsoIll: { id: "alsoIll", kind: "choice", options: YES_NO_UNKNOWN, optionSet: "ynu", applies: (d) => d.flow === "detention" },
  illKinds: { id: "illKinds", kind: "multi", options: ILL_TREATMENT_KINDS, applies: hasIllTreatment },
  injuries: { id: "injuries", kind: "choice", options: YES_NO_UNKNOWN, optionSet: "ynu", applies: hasIllTreatment },
  medical: { id: "medical", kind: "choice", options: MEDICAL_STATES, applies: hasIllTreatment },
  medicalBy: { id: "medicalBy", kind: "choice", options: MEDICAL_PROVIDERS, applies: (d) => hasIllTreatment(d) && a(d).medical === "given" },
  illBy: { id: "illBy", kind: "choice", options: AUTHORITIES, optionSet: "authority", applies: hasIllTreatment },
  lifeThreat: { id: "lifeThreat", kind: "choice", options: LIFE_THREAT, applies: hasIllTreatment },
  alsoDetained: { id: "alsoDetained", kind: "choice", options: YES_NO_UNKNOWN, optionSet: "ynu", applies: (d) => d.flow === "ill-treatment" },
  account: { id: "account", kind: "text", skip: "skip-step", applies: always },
  evidence: { id: "evidence", kind: "media", applies: always },
  contact: { id: "contact", kind: "choice", options: CONTACT_CHOICES, applies: always },
};

const WHO: StepId[] = ["role", "subject", "name", "age", "journalist", "groupSize", "groupMinors", "groupJournalists"];
const WHEN_WHERE: StepId[] = ["when", "whenExact", "place", "region"];
const DETENTION: StepId[] = ["authority", "takenTo", "toldReason", "protocol", "lawyer", "relatives"];
const ILL_TREATMENT: StepId[] = ["illKinds", "injuries", "medical", "medicalBy", "illBy", "lifeThreat"];
const CLOSING: StepId[] = ["account", "evidence", "contact"];

/** The order of the questions in each flow. */
export const FLOW_ORDER: Record<Draft["flow"], StepId[]> = {
  detention: [...WHO, ...WHEN_WHERE, ...DETENTION, "alsoIll", ...ILL_TREATMENT, ...CLOSING],
  "ill-treatment": [...WHO, ...WHEN_WHERE, ...ILL_TREATMENT, "alsoDetained", ...DETENTION, ...CLOSING],
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
