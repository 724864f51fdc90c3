import { CODE_PATTERN } from "../../../reports/reference-code.js";

/**
 * The lead's "📄 Document" buttons: `ld:pick:<code>` lists the documents,
 * `ld:send:<code>:<document>` sends one to the reporter. Who may press them is
 * decided on the server at every press (authorize.ts).
 */
const CODE = `(${CODE_PATTERN})`;
export const leadDocumentButton = (code: string, documentId?: string) => (documentId ? `ld:send:${code}:${documentId}` : `ld:pick:${code}`);
export const LEAD_DOCUMENT_PICK = new RegExp(`^ld:pick:${CODE}$`);
export const LEAD_DOCUMENT_SEND = new RegExp(`^ld:send:${CODE}:([a-z][a-z-]*)$`);
