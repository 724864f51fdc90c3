import { CODE_PATTERN } from "../../../reports/reference-code.js";

/**
 * Buttons on alerts and on lead screens: `l:<action>:<code>[:<argument>]`.
 * The data names what to do and to which report, nothing more: who may do it
 * is decided on the server from the database at every press.
 */
export type LeadAction = "take" | "ask" | "close" | "outcome" | "hand" | "handto" | "evidence";

export const leadButton = (action: LeadAction, code: string, argument?: string) => `l:${action}:${code}${argument ? `:${argument}` : ""}`;

export const LEAD_BUTTON = new RegExp(`^l:(take|ask|close|outcome|hand|handto|evidence):(${CODE_PATTERN})(?::([a-z-]+))?$`);

/** Admin screens: inviting, confirming, removing leads. */
export const ADMIN_BUTTON = /^adm:([a-z]+):([A-Za-z0-9_-]*)(?::([A-Za-z0-9_-]*))?(?::([a-z]+))?$/;
export const adminButton = (...parts: string[]) => `adm:${parts.join(":")}`;
