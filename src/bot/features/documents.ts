/**
 * The Documents entry: `/documents` and the menu button list the fill-in
 * documents; a press starts the form (flows/documents) for that document.
 * Its "🧹 Delete it all" button is handled with the other clean-ups (clean-chat.ts).
 */
import { Composer, InlineKeyboard } from "grammy";
import { findDocument, type DocumentsContent } from "../../documents/documents-content.js";
import { escapeHtml } from "../../shared/text.js";
import { DOCUMENTS_MENU, START_DOCUMENT, startDocumentButton } from "../../flows/documents/callback-data.js";
import { onPress } from "../../telegram/callback-data.js";
import { DOCUMENT_FORM } from "../../flows/documents/document-flow.js";
import { CB } from "../callback-data.js";
import type { BotContext } from "../../telegram/context.js";
import { showScreen } from "../screen.js";

export function documentsFeature(documents: DocumentsContent): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  const showList = (ctx: BotContext) => {
    const keyboard = new InlineKeyboard();
    for (const document of documents.documents) keyboard.text(document.title[ctx.locale()], startDocumentButton(document.id)).row();
    keyboard.text(ctx.t("nav-main-menu"), CB.mainMenu);
    return showScreen(ctx, { text: escapeHtml(ctx.t("documents-menu-title")), keyboard });
  };

  composer.command("documents", showList);
  composer.callbackQuery(DOCUMENTS_MENU, async (ctx) => {
    await ctx.answerCallbackQuery();
    await showList(ctx);
  });

  composer.callbackQuery(
    START_DOCUMENT.filter,
    onPress(START_DOCUMENT, async (ctx, values) => {
      await ctx.answerCallbackQuery();
      const document = findDocument(documents, values.document);
      if (!document) {
        await ctx.reply(ctx.t("documents-unknown"));
        return showList(ctx);
      }
      // Another document's form is replaced; a report being filled in is not.
      const active = ctx.conversation.active();
      if (active[DOCUMENT_FORM]) await ctx.conversation.exit(DOCUMENT_FORM);
      if (Object.keys(active).some((name) => name !== DOCUMENT_FORM)) {
        await ctx.reply(ctx.t("doc-busy-report"));
        return;
      }
      await ctx.conversation.enter(DOCUMENT_FORM, { documentId: document.id, locale: ctx.locale() });
    }),
  );

  return composer;
}
