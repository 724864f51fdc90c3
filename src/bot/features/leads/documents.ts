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
import { stillOpen } from "./authorize.js";
import { ANY_LEAD_DOCUMENT_BUTTON, LEAD_DOCUMENT } from "./callback-data.js";
import { casePress, type CasePress, type PressContext } from "./case-press.js";
import { leadDocumentButton } from "./document-button.js";
import { reporterContact } from "./reporter-contact.js";

export interface LeadDocumentsDeps extends Pick<BotDeps, "storage" | "alliance" | "logger"> {
  documents: DocumentsContent;
  translator: (locale: Locale) => Translate;
}

export function leadDocumentsFeature(deps: LeadDocumentsDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const { storage, documents } = deps;

  const onCase = casePress(deps);

  /** Whether anything may go to this report's reporter now; if not, the lead is told why. */
  async function reachable(ctx: PressContext, { data: { code }, report, acting }: CasePress<{ code: string }>): Promise<boolean> {
    await ctx.answerCallbackQuery();
    // Nothing more goes to the reporter of a closed case.
    if (!stillOpen(acting.cases)) {
      await ctx.reply(ctx.t("lead-case-closed", { code }));
      return false;
    }
    if (report.contact !== "bot") {
      await ctx.reply(ctx.t("lead-no-contact", { code }));
      return false;
    }
    return true;
  }

  // One check for every lead document button: any other update passes them with one test, not three.
  const presses = composer.callbackQuery(ANY_LEAD_DOCUMENT_BUTTON);
  presses.callbackQuery(
    LEAD_DOCUMENT.pick.filter,
    onCase(LEAD_DOCUMENT.pick, async (ctx, press) => {
      if (!(await reachable(ctx, press))) return;
      const { code } = press.data;
      const keyboard = new InlineKeyboard();
      for (const document of documents.documents) keyboard.text(document.title[ctx.locale()], leadDocumentButton(code, document.id)).row();
      await ctx.reply(ctx.t("lead-document-pick", { code }), { reply_markup: keyboard });
    }),
  );

  presses.callbackQuery(
    LEAD_DOCUMENT.send.filter,
    onCase(LEAD_DOCUMENT.send, async (ctx, press) => {
      const { code, document: documentId } = press.data;
      const document = documents.documents.find((d) => d.id === documentId);
      if (!document) return ctx.answerCallbackQuery({ text: ctx.t("stale-button"), show_alert: true });
      if (!(await reachable(ctx, press))) return;
      const { report } = press;
      const contact = await reporterContact(storage.reports, report);
      if ("refusal" in contact) return ctx.reply(ctx.t(contact.refusal, { code }));
      // The reporter's language; Kazakh readers get it in Kazakh, everyone else in Russian.
      const t = deps.translator(report.locale);
      try {
        await deliverDocument(
          ctx.api,
          contact.chat,
          documents,
          {
            document,
            language: report.locale === "kk" ? "kk" : "ru",
            locale: report.locale,
            values: valuesFromReport(report),
            intro: t("reporter-document"),
          },
          t,
        );
      } catch (error) {
        deps.logger.warn({ err: redactIds((error as Error).message) }, "a document could not be sent to the reporter");
        return ctx.reply(ctx.t("lead-document-failed", { code }));
      }
      await audit(storage, deps.logger, ctx, report.code, "sent-document", { document: document.id });
      return ctx.reply(ctx.t("lead-document-sent", { code, title: document.title[ctx.locale()] }));
    }),
  );

  /** A document button in an older format: out of date. */
  presses.use((ctx) => ctx.answerCallbackQuery({ text: ctx.t("stale-button"), show_alert: true }));

  return composer;
}
