/**
 * A lead sends the reporter a fill-in document pre-filled from the report
 * (📄 on the alert → pick a document). It goes to the reporter's chat through
 * the bot, only if the reporter allowed contact; the lead sees neither the
 * reporter's identity nor the filled-in text, and nothing is stored.
 */
import { Composer, InlineKeyboard } from "grammy";
import type { DocumentsContent } from "../../../documents/documents-content.js";
import type { Locale } from "../../../shared/locales.js";
import type { Translate } from "../../../shared/text.js";
import { valuesFromReport } from "../../../documents/prefill.js";
import { deliverDocument } from "../../../flows/documents/deliver.js";
import { redactIds } from "../../../logger.js";
import type { BotContext } from "../../../telegram/context.js";
import type { BotDeps } from "../../deps.js";
import { audit } from "./audit-trail.js";
import { actingFor, stillOpen } from "./authorize.js";
import { LEAD_DOCUMENT_PICK, LEAD_DOCUMENT_SEND, leadDocumentButton } from "./document-button.js";
import { reporterContact } from "./reporter-contact.js";


export interface LeadDocumentsDeps extends Pick<BotDeps, "storage" | "alliance" | "logger"> {
  documents: DocumentsContent;
  translator: (locale: Locale) => Translate;
}

export function leadDocumentsFeature(deps: LeadDocumentsDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const { storage, alliance, documents } = deps;

  /** The report, if this chat may act on it; otherwise the lead is told so. */
  async function authorized(ctx: BotContext, code: string) {
    const acting = ctx.chat ? await actingFor(storage, alliance, ctx.chat, ctx.from!.id, code) : undefined;
    const report = acting ? await storage.reports.findByCode(code) : undefined;
    if (!acting || !report) {
      await ctx.answerCallbackQuery({ text: ctx.t("lead-not-allowed"), show_alert: true });
      return undefined;
    }
    await ctx.answerCallbackQuery();
    // Nothing more goes to the reporter of a closed case.
    if (!stillOpen(acting.cases)) {
      await ctx.reply(ctx.t("lead-case-closed", { code }));
      return undefined;
    }
    if (report.contact !== "bot") {
      await ctx.reply(ctx.t("lead-no-contact", { code }));
      return undefined;
    }
    return report;
  }

  composer.callbackQuery(LEAD_DOCUMENT_PICK, async (ctx) => {
    const code = ctx.match[1]!;
    if (!(await authorized(ctx, code))) return;
    const keyboard = new InlineKeyboard();
    for (const document of documents.documents) keyboard.text(document.title[ctx.locale()], leadDocumentButton(code, document.id)).row();
    await ctx.reply(ctx.t("lead-document-pick", { code }), { reply_markup: keyboard });
  });

  composer.callbackQuery(LEAD_DOCUMENT_SEND, async (ctx) => {
    const [, code, documentId] = ctx.match;
    const document = documents.documents.find((d) => d.id === documentId);
    if (!document) {
      await ctx.answerCallbackQuery({ text: ctx.t("stale-button"), show_alert: true });
      return;
    }
    const report = await authorized(ctx, code!);
    if (!report) return;
    const contact = await reporterContact(storage.reports, report);
    if ("refusal" in contact) {
      await ctx.reply(ctx.t(contact.refusal, { code: code! }));
      return;
    }
    const reporterChat = contact.chat;
    // The reporter's language; Kazakh readers get it in Kazakh, everyone else in Russian.
    const t = deps.translator(report.locale);
    try {
      await deliverDocument(ctx.api, reporterChat, documents, {
        document,
        language: report.locale === "kk" ? "kk" : "ru",
        locale: report.locale,
        values: valuesFromReport(report),
        intro: t("reporter-document"),
      }, t);
    } catch (error) {
      deps.logger.warn({ err: redactIds((error as Error).message) }, "a document could not be sent to the reporter");
      await ctx.reply(ctx.t("lead-document-failed", { code: code! }));
      return;
    }
    await audit(storage, deps.logger, ctx, report.code, "sent-document", { document: document.id });
    await ctx.reply(ctx.t("lead-document-sent", { code: code!, title: document.title[ctx.locale()] }));
  });

  return composer;
}
