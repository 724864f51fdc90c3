/**
 * Fills a document's template with a person's answers. Pure: the same text
 * goes into the message to copy and into the .docx file.
 */
import type { Locale } from "../shared/locales.js";
import type { DocumentsContent, FillInDocument } from "./documents-content.js";
import type { DocumentValues } from "./fields.js";

export interface RenderedDocument {
  language: Locale;
  /** Right-aligned lines: to whom, from whom. */
  header: string[];
  heading: string;
  paragraphs: string[];
  signature: string;
}

/** Telegram's limit for one message, in characters after formatting is parsed. */
export const MESSAGE_MAX_CHARS = 4096;

export function renderDocument(
  content: DocumentsContent,
  document: FillInDocument,
  language: Locale,
  values: DocumentValues,
): RenderedDocument {
  const { common } = content;
  const fill = (template: string) =>
    // One pass, so a typed "{name}" stays as typed.
    template.replace(/\{([a-zA-Z]+)\}/g, (_, name: string) => {
      const value = values[name as keyof DocumentValues];
      return value && value.trim() ? value.trim() : common.blank;
    });
  return {
    language,
    header: [fill(common[document.addressee][language]), fill(common.from[language])],
    heading: document.heading[language],
    paragraphs: document.body[language]
      .trim()
      .split("\n")
      .map((line) => fill(line)),
    signature: common.signature[language],
  };
}

/** The document as plain text, ready to copy. */
export function documentText(rendered: RenderedDocument): string {
  return [...rendered.header, "", rendered.heading.toUpperCase(), "", ...rendered.paragraphs, "", rendered.signature].join("\n");
}
