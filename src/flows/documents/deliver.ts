/**
 * Sends a filled-in document to a chat: the text to copy, the same text as a
 * Word file, the unofficial English translation for English readers, and what
 * to do with it. Used by the person's own form and by a lead who sends a
 * reporter a document pre-filled from the report. Nothing is stored.
 */
import { InputFile, type Api } from "grammy";
import type { DocumentsContent, FillInDocument } from "../../documents/documents-content.js";
import type { Locale } from "../../shared/locales.js";
import { escapeHtml, html, htmlLines, type Translate } from "../../shared/text.js";
import { documentDocx } from "../../documents/docx.js";
import type { DocumentLanguage, DocumentValues } from "../../documents/fields.js";
import { documentText, renderDocument } from "../../documents/render.js";
import { cleanupButton, DOCUMENTS_MENU } from "./callback-data.js";

/** The main menu button's data (the bot's `CB.mainMenu`; flows do not import the bot). */
const MAIN_MENU = "menu";

export interface DocumentOrder {
  document: FillInDocument;
  /** The language it is handed in in. */
  language: DocumentLanguage;
  /** The reader's language: English readers also get the unofficial translation. */
  locale: Locale;
  values: DocumentValues;
  /** A line before the document (a lead's document: who sent it and why). */
  intro?: string;
  /** The first message of the form, so "delete from the chat" covers the answers too. */
  firstMessageId?: number;
}

export async function deliverDocument(
  api: Api,
  chatId: number,
  content: DocumentsContent,
  order: DocumentOrder,
  t: Translate,
): Promise<number[]> {
  const { document, language, locale, values } = order;
  const rendered = renderDocument(content, document, language, values);
  const sent: number[] = [];
  const message = async (text: string, extra: Parameters<Api["sendMessage"]>[2] = {}) =>
    sent.push((await api.sendMessage(chatId, text, { parse_mode: "HTML", ...extra })).message_id);

  if (order.intro) await message(escapeHtml(order.intro));
  await message(escapeHtml(documentText(rendered)));
  const file = await documentDocx(rendered);
  const doc = await api.sendDocument(chatId, new InputFile(file, `${document.id}-${language}.docx`), { caption: document.title[language] });
  sent.push(doc.message_id);
  if (locale === "en") {
    const english = renderDocument(content, document, "en", values);
    await message(html`<i>${content.common.unofficialTranslation.en}</i>\n\n${documentText(english)}`.markup);
  }
  await message(
    htmlLines([t("doc-ready"), "", t("doc-cleanup-note"), "", html`<b>${t("doc-checklist-title")}</b>`, document.checklist[locale].trim()]),
    {
      reply_markup: {
        inline_keyboard: [
          [{ text: t("doc-btn-clean"), callback_data: cleanupButton(order.firstMessageId ?? sent[0]!) }],
          [
            { text: t("menu-documents"), callback_data: DOCUMENTS_MENU },
            { text: t("nav-main-menu"), callback_data: MAIN_MENU },
          ],
        ],
      },
    },
  );
  return sent;
}
