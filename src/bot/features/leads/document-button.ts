import { LEAD_DOCUMENT } from "./callback-data.js";

/** The lead's "📄 Document" buttons (callback-data.ts): the list, or one document to send. */
export const leadDocumentButton = (code: string, documentId?: string) =>
  documentId ? LEAD_DOCUMENT.send.pack({ code, document: documentId }) : LEAD_DOCUMENT.pick.pack({ code });
