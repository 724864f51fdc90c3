/**
 * Buttons of the documents flow (at most 64 bytes each). Outside the form:
 * `docs` (the list) and `doc:<id>` (start one). Inside: `d:<question>:<value>`,
 * where the question number makes a button of an earlier question stale.
 */
export const DOCUMENTS_MENU = "docs";
export const startDocumentButton = (id: string) => `doc:${id}`;
export const START_DOCUMENT = /^doc:([a-z][a-z-]*)$/;

export const FORM_BUTTON_PREFIX = "d:";
export type FormValue = "skip" | "today" | "yesterday" | "cancel" | "kk" | "ru";
export const formButton = (question: number, value: FormValue) => `d:${question}:${value}`;
const FORM_BUTTON = /^d:(\d{1,2}):(skip|today|yesterday|cancel|kk|ru)$/;

export function parseFormButton(data: string): { question: number; value: FormValue } | undefined {
  const match = FORM_BUTTON.exec(data);
  return match ? { question: Number(match[1]), value: match[2] as FormValue } : undefined;
}
