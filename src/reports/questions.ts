/**
 * Every question of the report form, declared once: what it asks for, its
 * options, when it applies, where its answer goes in the report, how the
 * lead's alert shows it, and an example answer. The form (steps.ts), the
 * draft's types (draft.ts), the report schema (report.ts, build-report.ts),
 * the summary, the alert, the test walks and the bench all read this table.
 *
 * Adding a question: one entry here, plus `q-<id>`, `field-<id>` and (for new
 * options) `opt-<id>-<option>` in the three .ftl files. Ids and option ids are
 * stored in drafts and reports and sent as callback data (`f:<id>:<option>`):
 * never rename one that is in use.
 */
import { REGION_IDS } from "../shared/regions.js";
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
  LIMITS,
  type EvidenceKind,
  type Flow,
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

/**
 * Groups of questions. Both flows ask every block; the detention flow asks
 * detention first, the ill-treatment flow ill-treatment first, and the
 * "bridge" question between them asks whether the other one happened too.
 */
export type Block = "who" | "whenWhere" | "detention" | "bridge" | "illTreatment" | "closing";

/** The parts of the report an answer can go to by declaration (the rest is placed by build-report.ts). */
export type Section = "top" | "person" | "group" | "detention" | "illTreatment";

/**
 * How the lead's alert shows an answer:
 * - `line`: a line of its own, "<field>: <answer>";
 * - `within`: one part of the line `alert-<within>` ("<field>: <answer>; …");
 * - `with`: in brackets after another question's answer;
 * - `byHand`: alert-view.ts renders it in the named part;
 * - `hidden`: not shown, and why.
 * A test changes each answer and fails if the alert stays the same (unless hidden).
 */
export type AlertShow =
  | { line: true }
  | { within: "rights" | "harm" }
  | { with: string }
  | { byHand: "kind" | "subject" | "when" | "where" | "account" | "source" | "evidence" }
  | { hidden: string };

/** What the form knows when it decides whether a question applies. */
export interface FormState {
  flow: Flow;
  answers: Partial<Record<string, unknown>>;
}

/** An answer as a person gives it (for test walks and the bench): a button, a text, a location, null for Skip. */
export type ExampleInput = string | readonly string[] | null | { lat: number; lon: number } | { files: readonly EvidenceKind[] };

export interface QuestionDef {
  kind: StepKind;
  block: Block;
  /** Answer ids for choice and multi steps; their labels are `opt-<optionSet>-<id>`. */
  options?: readonly string[];
  /** The .ftl label family of the options; defaults to the step id. */
  optionSet?: string;
  /** For text and place steps: the label key of a button that answers null. */
  skip?: string;
  /** For text steps: the longest answer (default LIMITS.shortTextChars). */
  maxChars?: number;
  /** Buttons two to a row (short labels). */
  paired?: boolean;
  applies(state: FormState): boolean;
  /**
   * Where the answer goes in the report: `section.key`. `conditional`: the
   * question is not always asked when its section is, and the report says
   * null then (also in reports stored before the question existed: a question
   * added to a section must be conditional). Without `report`,
   * build-report.ts places it by hand.
   */
  report?: { section: Section; key: string; conditional?: true };
  alert: AlertShow;
  /** A plausible answer, as typed or pressed. */
  example: ExampleInput;
}

const always = () => true;
const a = (s: FormState) => s.answers;
/** Until "who" is answered, count the person's questions: "step k of n" should not jump. */
const isPerson = (s: FormState) => a(s).role === "self" || a(s).subject !== "group";
const isGroup = (s: FormState) => a(s).role !== "self" && a(s).subject === "group";
export const hasDetention = (s: FormState) => s.flow === "detention" || a(s).alsoDetained === "yes";
export const hasIllTreatment = (s: FormState) => s.flow === "ill-treatment" || a(s).alsoIll === "yes";
const ynu = { kind: "choice", options: YES_NO_UNKNOWN, optionSet: "ynu" } as const;

/** The questions, in the order they are asked within their block. */
export const QUESTIONS = {
  role: {
    kind: "choice",
    block: "who",
    options: REPORTER_ROLES,
    applies: always,
    report: { section: "top", key: "reporterRole" },
    alert: { byHand: "source" },
    example: "witness",
  },
  subject: {
    kind: "choice",
    block: "who",
    options: SUBJECT_TYPES,
    applies: (s) => a(s).role !== "self",
    alert: { byHand: "subject" },
    example: "person",
  },
  name: {
    kind: "text",
    block: "who",
    skip: "skip-name",
    applies: isPerson,
    report: { section: "person", key: "name" },
    alert: { byHand: "subject" },
    example: "Askar",
  },
  age: {
    kind: "choice",
    block: "who",
    options: AGE_GROUPS,
    paired: true,
    applies: isPerson,
    report: { section: "person", key: "ageGroup" },
    alert: { byHand: "subject" },
    example: "18-29",
  },
  journalist: {
    ...ynu,
    block: "who",
    applies: isPerson,
    report: { section: "person", key: "journalist" },
    alert: { byHand: "subject" },
    example: "no",
  },
  groupSize: {
    kind: "choice",
    block: "who",
    options: GROUP_SIZES,
    paired: true,
    applies: isGroup,
    report: { section: "group", key: "size" },
    alert: { byHand: "subject" },
    example: "6-20",
  },
  groupMinors: {
    ...ynu,
    block: "who",
    applies: isGroup,
    report: { section: "group", key: "minors" },
    alert: { byHand: "subject" },
    example: "no",
  },
  groupJournalists: {
    ...ynu,
    block: "who",
    applies: isGroup,
    report: { section: "group", key: "journalists" },
    alert: { byHand: "subject" },
    example: "no",
  },
  when: { kind: "choice", block: "whenWhere", options: WHEN_CHOICES, applies: always, alert: { byHand: "when" }, example: "today" },
  whenExact: {
    kind: "datetime",
    block: "whenWhere",
    applies: (s) => a(s).when === "exact",
    alert: { byHand: "when" },
    example: "16.01.2022 14:30",
  },
  place: { kind: "place", block: "whenWhere", skip: "skip-step", applies: always, alert: { byHand: "where" }, example: "Abai avenue" },
  region: {
    kind: "choice",
    block: "whenWhere",
    options: REGION_IDS,
    paired: true,
    applies: always,
    alert: { byHand: "where" },
    example: "almaty",
  },
  authority: {
    kind: "choice",
    block: "detention",
    options: AUTHORITIES,
    applies: hasDetention,
    report: { section: "detention", key: "authority" },
    alert: { line: true },
    example: "police",
  },
  takenTo: {
    kind: "text",
    block: "detention",
    skip: "skip-unknown",
    applies: hasDetention,
    report: { section: "detention", key: "takenTo" },
    alert: { line: true },
    example: "Station 5",
  },
  toldReason: {
    ...ynu,
    block: "detention",
    applies: hasDetention,
    report: { section: "detention", key: "toldReason" },
    alert: { within: "rights" },
    example: "no",
  },
  protocol: {
    kind: "choice",
    block: "detention",
    options: PROTOCOL_STATES,
    applies: hasDetention,
    report: { section: "detention", key: "protocol" },
    alert: { within: "rights" },
    example: "none",
  },
  lawyer: {
    kind: "choice",
    block: "detention",
    options: LAWYER_STATES,
    applies: hasDetention,
    report: { section: "detention", key: "lawyer" },
    alert: { within: "rights" },
    example: "not-asked",
  },
  relatives: {
    ...ynu,
    block: "detention",
    applies: hasDetention,
    report: { section: "detention", key: "relativesInformed" },
    alert: { within: "rights" },
    example: "yes",
  },
  alsoIll: { ...ynu, block: "bridge", applies: (s) => s.flow === "detention", alert: { byHand: "kind" }, example: "no" },
  alsoDetained: { ...ynu, block: "bridge", applies: (s) => s.flow === "ill-treatment", alert: { byHand: "kind" }, example: "no" },
  illKinds: {
    kind: "multi",
    block: "illTreatment",
    options: ILL_TREATMENT_KINDS,
    applies: hasIllTreatment,
    report: { section: "illTreatment", key: "kinds" },
    alert: { line: true },
    example: ["beating"],
  },
  injuries: {
    ...ynu,
    block: "illTreatment",
    applies: hasIllTreatment,
    report: { section: "illTreatment", key: "visibleInjuries" },
    alert: { within: "harm" },
    example: "unknown",
  },
  medical: {
    kind: "choice",
    block: "illTreatment",
    options: MEDICAL_STATES,
    applies: hasIllTreatment,
    report: { section: "illTreatment", key: "medical" },
    alert: { within: "harm" },
    example: "given",
  },
  medicalBy: {
    kind: "choice",
    block: "illTreatment",
    options: MEDICAL_PROVIDERS,
    applies: (s) => hasIllTreatment(s) && a(s).medical === "given",
    report: { section: "illTreatment", key: "medicalBy", conditional: true },
    alert: { with: "medical" },
    example: "ambulance",
  },
  illBy: {
    kind: "choice",
    block: "illTreatment",
    options: AUTHORITIES,
    optionSet: "authority",
    applies: hasIllTreatment,
    report: { section: "illTreatment", key: "by" },
    alert: { within: "harm" },
    example: "police",
  },
  lifeThreat: {
    kind: "choice",
    block: "illTreatment",
    options: LIFE_THREAT,
    applies: hasIllTreatment,
    report: { section: "illTreatment", key: "lifeThreat" },
    alert: { within: "harm" },
    example: "no",
  },
  account: {
    kind: "text",
    block: "closing",
    skip: "skip-step",
    maxChars: LIMITS.accountChars,
    applies: always,
    report: { section: "top", key: "account" },
    alert: { byHand: "account" },
    example: "Account text",
  },
  evidence: { kind: "media", block: "closing", applies: always, alert: { byHand: "evidence" }, example: { files: [] } },
  contact: {
    kind: "choice",
    block: "closing",
    options: CONTACT_CHOICES,
    applies: always,
    report: { section: "top", key: "contact" },
    alert: { byHand: "source" },
    example: "bot",
  },
} as const satisfies Record<string, QuestionDef>;

export type StepId = keyof typeof QUESTIONS;
export const STEP_IDS = Object.keys(QUESTIONS) as StepId[];

/** The order of the blocks in each flow. */
export const FLOW_BLOCKS: Record<Flow, Block[]> = {
  detention: ["who", "whenWhere", "detention", "bridge", "illTreatment", "closing"],
  "ill-treatment": ["who", "whenWhere", "illTreatment", "bridge", "detention", "closing"],
};

/** The label of an option in the .ftl files (regions are labelled by the content module). */
export const optionKey = (id: StepId, option: string) =>
  `opt-${(QUESTIONS[id] as QuestionDef).optionSet ?? id}-${option.replace("+", "-plus")}`;

/** Every .ftl key a question needs: its question, its summary label, its skip button, its options. */
export function labelKeys(id: StepId): string[] {
  const q: QuestionDef = QUESTIONS[id];
  return [
    `q-${id}`,
    `field-${id}`,
    ...(q.skip ? [q.skip] : []),
    ...(id === "region" ? [] : (q.options ?? []).map((o) => optionKey(id, o))),
  ];
}
