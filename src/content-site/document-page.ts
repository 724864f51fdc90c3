/**
 * A fill-in document's page: the text the bot hands a person, in kk / ru / en, with each answer's
 * place marked (`{name}`, `{date}`…), what to do with it, the legal basis, the review points it
 * relies on and its review date.
 */
import type { DocumentsContent, FillInDocument } from "../documents/documents-content.js";
import type { DocumentValues } from "../documents/fields.js";
import { documentText, renderDocument } from "../documents/render.js";
import { formatDate } from "../rights/render-rights.js";
import type { RightsContent } from "../rights/rights-content.js";
import type { Locale } from "../shared/locales.js";
import { escapeHtml, html, SafeHtml, type Translate } from "../shared/text.js";
import { languageColumns, page } from "./layout.js";
import { reviewSections } from "./review-marks.js";

export interface DocumentPageInput {
  document: FillInDocument;
  documents: DocumentsContent;
  rights: RightsContent;
  translate: (locale: Locale) => Translate;
}

/** The document's text with every answer left as its `{placeholder}`, marked. */
export function templateHtml(documents: DocumentsContent, document: FillInDocument, locale: Locale): SafeHtml {
  const values: DocumentValues = Object.fromEntries(document.fields.map((field) => [field, `{${field}}`]));
  const text = escapeHtml(documentText(renderDocument(documents, document, locale, values)));
  return new SafeHtml(text.replace(/\{([a-zA-Z]+)\}/g, '<mark class="field">{$1}</mark>'));
}

export function documentPage({ document, documents, rights, translate }: DocumentPageInput): string {
  const root = "../";
  const columns = languageColumns((locale) => {
    // English is a reading aid: the bot labels it so, and so does the site.
    const note = locale === "en" ? html`<p><i>${documents.common.unofficialTranslation.en}</i></p>` : html``;
    return html`<div class="label" lang="en">Title</div>
<p><b>${document.title[locale]}</b></p>
${note}<div class="label" lang="en">The document</div>
<div class="doc">${templateHtml(documents, document, locale)}</div>
<div class="label" lang="en">After it: what to do with it</div>
<p><b>${translate(locale)("doc-checklist-title")}</b></p>
<div class="tg">${document.checklist[locale].trim()}</div>`;
  });
  const body = html`<p><a href="${root}index.html#documents">← All documents</a></p>
<h1>${document.title.en}</h1>
<p class="meta">Document <code>${document.id}</code> · asks for: ${document.fields.map((field) => `{${field}}`).join(", ")} ·
last reviewed <b>${formatDate(document.reviewed)}</b></p>
<p class="meta">Handed in in Kazakh or Russian; the English text is an unofficial translation. A skipped answer is printed as a blank
(${documents.common.blank}) to fill in by hand.</p>
${columns}
${reviewSections(document, rights, root)}`;
  return page({ title: document.title.en, root, body });
}
