/**
 * Callback data of the report form (≤ 64 bytes). A form button names its
 * step, so a press on an older question is recognised; a summary button
 * carries the draft revision, so an older summary is recognised.
 */
import { CODE_PATTERN } from "../../reports/reference-code.js";

export const FORM_PREFIX = "f:";
export const SUMMARY_PREFIX = "s:";
export const AFTER_PREFIX = "c:";

export const formButton = (step: string, value: string) => `${FORM_PREFIX}${step}:${value}`;
export const summaryButton = (rev: number, action: "submit" | "cancel" | `edit:${string}`) => `${SUMMARY_PREFIX}${rev}:${action}`;
export const AFTER_SUBMIT = { clean: `${AFTER_PREFIX}clean`, keep: `${AFTER_PREFIX}keep` } as const;
export const START_REPORT = { detention: "report:detention", illTreatment: "report:ill-treatment" } as const;

export function parseFormButton(data: string): { step: string; value: string } | undefined {
  const match = /^f:([A-Za-z]+):(.+)$/.exec(data);
  return match ? { step: match[1]!, value: match[2]! } : undefined;
}

export function parseSummaryButton(data: string): { rev: number; action: string } | undefined {
  const match = /^s:(\d+):(.+)$/.exec(data);
  return match ? { rev: Number(match[1]), action: match[2]! } : undefined;
}

/** The witness's quick alert: the menu button, its questions (`w:<question>:<value>`), and "Add details" (`wd:<code>:<token>`). */
export const START_WITNESS = "witness:start";
export const WITNESS_PREFIX = "w:";
export const witnessButton = (question: string, value: string) => `${WITNESS_PREFIX}${question}:${value}`;
export const witnessDetailsButton = (code: string, token: string) => `wd:${code}:${token}`;

export function parseWitnessButton(data: string): { question: string; value: string } | undefined {
  const match = /^w:([a-z]+):(.+)$/.exec(data);
  return match ? { question: match[1]!, value: match[2]! } : undefined;
}

export function parseWitnessDetails(data: string): { code: string; token: string } | undefined {
  const match = new RegExp(`^wd:(${CODE_PATTERN}):([A-Za-z0-9_-]{8,32})$`).exec(data);
  return match ? { code: match[1]!, token: match[2]! } : undefined;
}
