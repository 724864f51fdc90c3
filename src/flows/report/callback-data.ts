/**
 * Callback data of the report form (≤ 64 bytes). A form button names its
 * step, so a press on an older question is recognised; a summary button
 * carries the draft revision, so an older summary is recognised.
 */
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
