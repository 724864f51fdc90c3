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

/**
 * "Delete it from the chat" on the last message of a document: `dc:<first message id>`.
 * The form's messages — both sides' — are consecutive in a private chat, so the
 * range from the first to the pressed message covers them; nothing is stored.
 */
export const cleanupButton = (firstMessageId: number) => `dc:${firstMessageId}`;
export const CLEANUP = /^dc:(\d{1,12})$/;
/** A press never deletes more than this many messages back. */
export const CLEANUP_MAX_MESSAGES = 300;
