/**
 * A report being filled in: the answers so far, keyed by step. Plain JSON, so
 * it can travel as a conversation argument and be stored as it is.
 */
import type { Locale } from "../shared/locales.js";
import type { QUESTIONS, StepId } from "./questions.js";
import type { EvidenceKind, Flow } from "./vocabulary.js";

export type { StepId } from "./questions.js";

export const DRAFT_VERSION = 1;

export type Place = { lat: number; lon: number } | { text: string };

export interface EvidenceItem {
  kind: EvidenceKind;
  /** The reporter's message that carried the file (to copy it without forwarding). */
  messageId: number;
  fileId: string;
  fileUniqueId: string;
  /** Bytes, when Telegram told us. */
  size: number | null;
  mime: string | null;
  /** Epoch milliseconds. */
  receivedAt: number;
}

/** The answer a question stores, from its declaration (questions.ts). */
type AnswerOf<Q> = Q extends { kind: "choice"; options: readonly (infer O)[] }
  ? O
  : Q extends { kind: "multi"; options: readonly (infer O)[] }
    ? O[]
    : Q extends { kind: "text"; skip: string }
      ? string | null
      : Q extends { kind: "text" }
        ? string
        : Q extends { kind: "datetime" }
          ? string
          : Q extends { kind: "place" }
            ? Place | null
            : Q extends { kind: "media" }
              ? { items: EvidenceItem[]; done: boolean }
              : never;

/** Text answers and a skipped place are null when skipped; `whenExact` is an ISO date-time. */
export type Answers = { [K in StepId]: AnswerOf<(typeof QUESTIONS)[K]> };

export interface Draft {
  v: typeof DRAFT_VERSION;
  /** Becomes the report's id: submitting twice stores it once. */
  id: string;
  /** The reference code the person is given, chosen when the draft starts. */
  code: string;
  flow: Flow;
  locale: Locale;
  answers: Partial<Answers>;
  /** When each step was last answered (epoch ms): "now" means the time it was said. */
  answeredAt: Partial<Record<StepId, number>>;
  /** "Add details" of a quick alert: the code of the stored report these answers complete. */
  amends?: string;
  /** The step being changed from the summary, if any. */
  editing?: StepId;
  /** Counts changes, so a button from an older summary can be told apart. */
  rev: number;
  /** Epoch milliseconds. */
  startedAt: number;
  updatedAt: number;
}

export function newDraft(input: { id: string; code: string; flow: Flow; locale: Locale; now: number }): Draft {
  return {
    v: DRAFT_VERSION,
    id: input.id,
    code: input.code,
    flow: input.flow,
    locale: input.locale,
    answers: {},
    answeredAt: {},
    rev: 0,
    startedAt: input.now,
    updatedAt: input.now,
  };
}

/** A new draft with one answer set; leaves editing mode if that step was being edited. */
export function withAnswer<K extends StepId>(draft: Draft, step: K, value: Answers[K], now: number): Draft {
  const next: Draft = {
    ...draft,
    answers: { ...draft.answers, [step]: value },
    answeredAt: { ...draft.answeredAt, [step]: now },
    rev: draft.rev + 1,
    updatedAt: now,
  };
  if (draft.editing === step && !(step === "evidence" && !(value as Answers["evidence"]).done)) delete next.editing;
  return next;
}

/** A draft with these answers, all given at `at`: a report built at once, not asked step by step (a quick alert, an alarm). */
export function withAnswers(draft: Draft, answers: Partial<Answers>, at: number): Draft {
  return {
    ...draft,
    answers: { ...draft.answers, ...answers },
    answeredAt: { ...draft.answeredAt, ...Object.fromEntries(Object.keys(answers).map((id) => [id, at])) },
  };
}

/**
 * The answers of a report built without the form — a witness's quick alert, an alarm — for what
 * nobody asked: unknown, not said, no files, and no way back unless the person says so.
 */
export const NOT_ASKED: Partial<Answers> = {
  name: null,
  age: "unknown",
  journalist: "unknown",
  groupMinors: "unknown",
  groupJournalists: "unknown",
  authority: "unknown",
  takenTo: null,
  toldReason: "unknown",
  protocol: "unknown",
  lawyer: "unknown",
  relatives: "unknown",
  alsoIll: "unknown",
  account: null,
  evidence: { items: [], done: true },
  contact: "none",
};
