/**
 * Buttons of the documents flow (at most 64 bytes each). Outside the form:
 * `docs` (the list) and `doc:<id>` (start one). Inside: `d:<question>:<value>`,
 * where the question number makes a button of an earlier question stale.
 */
import { defineButton, matching, oneOf } from "../../telegram/callback-data.js";

export const DOCUMENTS_MENU = "docs";
export const START_DOCUMENT = defineButton("doc", { document: matching("[a-z][a-z-]*") });
export const startDocumentButton = (document: string) => START_DOCUMENT.pack({ document });

export const FORM_BUTTON_PREFIX = "d:";
const FORM_VALUES = ["skip", "today", "yesterday", "cancel", "kk", "ru"] as const;
export type FormValue = (typeof FORM_VALUES)[number];
const FORM_BUTTON = defineButton("d", { question: matching("\\d{1,2}"), value: oneOf(FORM_VALUES) });
export const formButton = (question: number, value: FormValue) => FORM_BUTTON.pack({ question: String(question), value });

export function parseFormButton(data: string): { question: number; value: FormValue } | undefined {
  const button = FORM_BUTTON.unpack(data);
  return button ? { question: Number(button.question), value: button.value } : undefined;
}

/**
 * "Delete it from the chat" on the last message of a document: `dc:<first message id>`.
 * The press deletes the chat's recorded trail (bot/chat-trail.ts) and, for a
 * form started before trails were kept, the range from the first message to
 * the pressed one (a private chat's messages are numbered consecutively).
 */
export const CLEANUP = defineButton("dc", { first: matching("\\d{1,12}") });
export const cleanupButton = (firstMessageId: number) => CLEANUP.pack({ first: String(firstMessageId) });
/** A press never deletes more than this many messages back. */
export const CLEANUP_MAX_MESSAGES = 300;
