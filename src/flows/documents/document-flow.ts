/**
 * The fill-in form of one document: the language it is handed in in, then
 * only the answers that document needs (each optional one with Skip), then
 * the text and the Word file. A short form in one conversation: a handful of
 * updates to replay. What the person typed lives only in the conversation
 * state, which the plugin deletes when the conversation ends — after the
 * document is sent, or on cancel.
 */
import type { Conversation } from "@grammyjs/conversations";
import type { Context } from "grammy";
import type { InlineKeyboardButton } from "grammy/types";
import { findDocument, type DocumentsContent } from "../../documents/documents-content.js";
import type { Locale } from "../../shared/locales.js";
import type { Translate } from "../../shared/text.js";
import {
  DOCUMENT_FIELDS,
  FIELD_MAX_CHARS,
  documentDate,
  type DocumentFieldId,
  type DocumentLanguage,
  type DocumentValues,
} from "../../documents/fields.js";
import { DOCUMENTS_MENU, FORM_BUTTON_PREFIX, formButton, parseFormButton, type FormValue } from "./callback-data.js";
import { deliverDocument } from "./deliver.js";

export const DOCUMENT_FORM = "documentForm";

export interface DocumentFlowDeps {
  documents: DocumentsContent;
  translator: (locale: Locale) => Translate;
}

export interface DocumentStart {
  documentId: string;
  locale: Locale;
}

/** Commands that work during the form; the form waits meanwhile. */
const PASS_THROUGH_COMMANDS = new Set(["help", "rights", "card", "language", "clean", "forget", "sos", "safe", "contacts"]);
const DAY_MS = 24 * 60 * 60 * 1000;

type Answer = { kind: "value"; value: string | null } | { kind: "language"; value: DocumentLanguage } | { kind: "cancel" };

export function createDocumentFlow<OC extends Context>(deps: DocumentFlowDeps) {
  async function documentForm(conversation: Conversation<OC, Context>, ctx: Context, start: DocumentStart) {
    const t = deps.translator(start.locale);
    const document = findDocument(deps.documents, start.documentId);
    if (!document) {
      await ctx.reply(t("documents-unknown"));
      return;
    }
    const total = document.fields.length + 1;
    // Replies go through the latest update's context.
    const latest: { ctx: Context; firstMessageId?: number } = { ctx };

    const language = await ask(conversation, latest, t, 0, `${t("doc-step", { step: 1, total })}\n${t("doc-language-question")}`, [
      [
        { text: t("doc-language-kk"), callback_data: formButton(0, "kk") },
        { text: t("doc-language-ru"), callback_data: formButton(0, "ru") },
      ],
    ]);
    if (language.kind === "cancel") return cancelled(latest.ctx, t);

    const values: DocumentValues = {};
    for (const [index, field] of document.fields.entries()) {
      const question = index + 1;
      const def = DOCUMENT_FIELDS[field];
      const buttons: InlineKeyboardButton.CallbackButton[] = [];
      if (def.kind === "date")
        buttons.push(
          { text: t("doc-btn-today"), callback_data: formButton(question, "today") },
          { text: t("doc-btn-yesterday"), callback_data: formButton(question, "yesterday") },
        );
      if (!def.required) buttons.push({ text: t("doc-btn-skip"), callback_data: formButton(question, "skip") });
      const text = `${t("doc-step", { step: question + 1, total })}\n${t(`doc-ask-${field}`, { max: FIELD_MAX_CHARS[def.kind] })}`;
      const answer = await ask(conversation, latest, t, question, text, buttons.length ? [buttons] : [], field);
      if (answer.kind === "cancel") return cancelled(latest.ctx, t);
      values[field] = answer.value;
    }

    const target = language.kind === "language" ? language.value : "ru";
    await deliverDocument(
      latest.ctx.api,
      latest.ctx.chat!.id,
      deps.documents,
      { document, language: target, locale: start.locale, values, firstMessageId: latest.firstMessageId },
      t,
    );
  }

  /** Asks one question and waits for a valid answer; everything else gets a polite reply and the question again. */
  async function ask(
    conversation: Conversation<OC, Context>,
    latest: { ctx: Context; firstMessageId?: number },
    t: Translate,
    question: number,
    text: string,
    rows: InlineKeyboardButton.CallbackButton[][],
    field?: DocumentFieldId,
  ): Promise<Answer> {
    const markup = { inline_keyboard: [...rows, [{ text: t("doc-btn-cancel"), callback_data: formButton(question, "cancel") }]] };
    const send = async (c: Context) => {
      const sent = await c.reply(text, { reply_markup: markup });
      latest.firstMessageId ??= sent.message_id;
    };
    await send(latest.ctx);
    for (;;) {
      const next = await conversation.wait();
      latest.ctx = next;
      const command = commandOf(next);
      if (command === "cancel") return { kind: "cancel" };
      if (command && PASS_THROUGH_COMMANDS.has(command)) await conversation.skip({ next: true });
      const data = next.callbackQuery?.data;
      // Buttons of other screens (menu, rights guide) keep working; this form waits.
      if (data !== undefined && !data.startsWith(FORM_BUTTON_PREFIX)) await conversation.skip({ next: true });

      const reply = await readAnswer(conversation, next, question, field, command);
      if (next.callbackQuery) await next.answerCallbackQuery();
      if ("error" in reply) {
        await next.reply(t(reply.error, { max: field ? FIELD_MAX_CHARS[DOCUMENT_FIELDS[field].kind] : 0 }));
        await send(next);
        continue;
      }
      return reply;
    }
  }

  async function readAnswer(
    conversation: Conversation<OC, Context>,
    ctx: Context,
    question: number,
    field: DocumentFieldId | undefined,
    command: string | undefined,
  ): Promise<Answer | { error: string }> {
    if (command) return { error: "doc-err-in-progress" };
    if (ctx.callbackQuery) {
      const button = parseFormButton(ctx.callbackQuery.data ?? "");
      if (!button || button.question !== question) return { error: "doc-err-stale-button" };
      return fromButton(conversation, button.value);
    }
    if (ctx.editedMessage) return { error: "doc-err-edited" };
    if (ctx.message?.forward_origin) return { error: "doc-err-forwarded" };
    const text = ctx.message?.text;
    if (text === undefined) return { error: field ? "doc-err-text-only" : "doc-err-button-only" };
    if (!field) return { error: "doc-err-button-only" };
    const trimmed = text.trim();
    if (!trimmed) return { error: "doc-err-text-only" };
    if ([...trimmed].length > FIELD_MAX_CHARS[DOCUMENT_FIELDS[field].kind]) return { error: "doc-err-too-long" };
    return { kind: "value", value: trimmed };
  }

  async function fromButton(conversation: Conversation<OC, Context>, value: FormValue): Promise<Answer> {
    switch (value) {
      case "cancel":
        return { kind: "cancel" };
      case "kk":
      case "ru":
        return { kind: "language", value };
      case "skip":
        return { kind: "value", value: null };
      case "today":
        return { kind: "value", value: documentDate(await conversation.now()) };
      case "yesterday":
        return { kind: "value", value: documentDate((await conversation.now()) - DAY_MS) };
    }
  }

  async function cancelled(ctx: Context, t: Translate) {
    await ctx.reply(t("doc-cancelled"), {
      reply_markup: { inline_keyboard: [[{ text: t("menu-documents"), callback_data: DOCUMENTS_MENU }]] },
    });
  }

  return { documentForm };
}

/** The command of a message, if it is one ("/start@bot args" → "start"). */
function commandOf(ctx: Context): string | undefined {
  const entity = ctx.message?.entities?.[0];
  if (!entity || entity.type !== "bot_command" || entity.offset !== 0) return undefined;
  return ctx.message.text!.slice(1, entity.length).split("@")[0]!.toLowerCase();
}
