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
 * The press deletes the chat's recorded trail (bot/chat-trail.ts) and, for a
 * form started before trails were kept, the range from the first message to
 * the pressed one (a private chat's messages are numbered consecutively).
 */
export const cleanupButton = (firstMessageId: number) => `dc:${firstMessageId}`;
export const CLEANUP = /^dc:(\d{1,12})$/;
/** A press never deletes more than this many messages back. */
export const CLEANUP_MAX_MESSAGES = 300;
