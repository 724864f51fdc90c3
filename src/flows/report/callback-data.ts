/**
 * Callback data of the report form (src/telegram/callback-data.ts; the wire
 * format is the one earlier versions sent, so buttons already in chats keep
 * working). A form button names its step, so a press on an older question is
 * recognised; a summary button carries the draft revision, so an older
 * summary is recognised.
 */
import { CODE_PATTERN } from "../../reports/reference-code.js";
import { FLOWS } from "../../reports/vocabulary.js";
import { defineButton, matching, oneOf } from "../../telegram/callback-data.js";

const stepId = matching("[A-Za-z]+");
const revision = matching("\\d+");

/** `f:age:18-29`, `f:evidence:done`: an answer to one step (an option id, done or skip). */
export const FORM_ANSWER = defineButton("f", { step: stepId, value: matching("[^:]+") });
/** `s:3:submit`, `s:3:cancel` */
export const SUMMARY_ACTION = defineButton("s", { rev: revision, action: oneOf(["submit", "cancel"]) });
/** `s:3:edit:name` */
export const SUMMARY_EDIT = defineButton("s", { rev: revision, edit: oneOf(["edit"]), step: stepId });
/** `c:clean`, `c:keep`: after a report (handled outside the form, whenever pressed). */
export const AFTER_REPORT_BUTTON = defineButton("c", { action: oneOf(["clean", "keep"]) });
/** `report:detention`, `report:ill-treatment` */
export const START_REPORT_BUTTON = defineButton("report", { flow: oneOf(FLOWS) });

/** Does this data belong to the form (an answer or a summary button, current or not)? */
export const isFormData = (data: string) => data.startsWith("f:") || data.startsWith("s:");

export const formButton = (step: string, value: string) => FORM_ANSWER.pack({ step, value });
export const summaryButton = (rev: number, action: "submit" | "cancel" | `edit:${string}`) =>
  action.startsWith("edit:")
    ? SUMMARY_EDIT.pack({ rev: String(rev), edit: "edit", step: action.slice(5) })
    : SUMMARY_ACTION.pack({ rev: String(rev), action });
export const AFTER_SUBMIT = {
  clean: AFTER_REPORT_BUTTON.pack({ action: "clean" }),
  keep: AFTER_REPORT_BUTTON.pack({ action: "keep" }),
} as const;
export const START_REPORT = {
  detention: START_REPORT_BUTTON.pack({ flow: "detention" }),
  illTreatment: START_REPORT_BUTTON.pack({ flow: "ill-treatment" }),
} as const;

export function parseFormButton(data: string): { step: string; value: string } | undefined {
  return FORM_ANSWER.unpack(data);
}

export function parseSummaryButton(data: string): { rev: number; action: string } | undefined {
  const action = SUMMARY_ACTION.unpack(data);
  if (action) return { rev: Number(action.rev), action: action.action };
  const edit = SUMMARY_EDIT.unpack(data);
  return edit ? { rev: Number(edit.rev), action: `edit:${edit.step}` } : undefined;
}

/** The witness's quick alert: `w:count:1`, an answer to one of its questions. */
export const WITNESS_ANSWER = defineButton("w", { question: matching("[a-z]+"), value: matching("[^:]+") });
/** `wd:<code>:<token>`: "Add details" to a quick report; the token ties it to the chat it was given in. */
export const WITNESS_DETAILS = defineButton("wd", { code: matching(CODE_PATTERN), token: matching("[A-Za-z0-9_-]{8,32}") });
export const START_WITNESS = "witness:start";
export const WITNESS_PREFIX = "w:";
export const witnessButton = (question: string, value: string) => WITNESS_ANSWER.pack({ question, value });
export const witnessDetailsButton = (code: string, token: string) => WITNESS_DETAILS.pack({ code, token });
export const parseWitnessButton = (data: string) => WITNESS_ANSWER.unpack(data);
export const parseWitnessDetails = (data: string) => WITNESS_DETAILS.unpack(data);
