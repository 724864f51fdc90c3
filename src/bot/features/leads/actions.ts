/**
 * What a sector lead does with an alert: take it, ask the reporter a
 * question through the bot, see the evidence, close it with an outcome, or
 * hand it over to another sector; and what the reporter hears about it.
 */
import type { Messenger } from "../../messenger.js";
import { Composer, InlineKeyboard } from "grammy";
import { html } from "../../../shared/text.js";
import { SECTORS, type Sector } from "../../../shared/vocabulary.js";
import type { Report } from "../../../reports/report.js";
import { OUTCOMES, type Outcome } from "../../../shared/vocabulary.js";
import type { Storage } from "../../../storage/database.js";
import type { BotContext } from "../../../telegram/context.js";
import type { BotDeps } from "../../deps.js";
import { audit } from "./audit-trail.js";
import { actingFor, actingInChat, isAdminsOwnChat, stillOpen } from "./authorize.js";
import { ANY_LEAD_BUTTON, LEAD } from "./callback-data.js";
import { casePress } from "./case-press.js";
import { redactIds } from "../../../logger.js";
import { shrinkClosedAlerts } from "./closed-alerts.js";
import { reporterContact } from "./reporter-contact.js";

export interface LeadActionsDeps extends Pick<BotDeps, "storage" | "alliance" | "logger"> {
  /** Routes a report to more sectors (hand-over) and wakes the dispatcher. */
  routeTo: (report: Report, sectors: Sector[]) => Promise<void>;
  pseudonym: (id: number) => string;
  /** Messages to another chat (the reporter, the lead chat a reporter's answer goes to), in that chat's language. */
  messenger: Messenger;
}

export function leadActionsFeature(deps: LeadActionsDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const { storage, alliance } = deps;

  const onCase = casePress(deps);
  // Every lead button goes through one check: any other update passes this feature's buttons with one test, not eight.
  const presses = composer.callbackQuery(ANY_LEAD_BUTTON);

  presses.callbackQuery(
    LEAD.take.filter,
    onCase(LEAD.take, async (ctx, { data: { code }, report, acting }) => {
      const taken: Sector[] = [];
      for (const sector of acting.sectors) if (await storage.cases.take(code, sector, acting.actorId, new Date())) taken.push(sector);
      if (taken.length === 0) return ctx.answerCallbackQuery({ text: ctx.t("lead-already-taken"), show_alert: true });
      await ctx.answerCallbackQuery({ text: ctx.t("lead-taken") });
      await audit(storage, deps.logger, ctx, code, "took", { sectors: taken });
      await ctx.reply(ctx.t("lead-taken-note", { code, sectors: sectorNames(ctx, taken) }));
      await tellReporter(report, "reporter-taken", {});
    }),
  );

  presses.callbackQuery(
    LEAD.ask.filter,
    onCase(LEAD.ask, async (ctx, { data: { code }, report, acting, chat }) => {
      await ctx.answerCallbackQuery();
      if (!stillOpen(acting.cases)) return ctx.reply(ctx.t("lead-case-closed", { code }));
      // No contact chosen, the way back was dropped (retention), or the reporter left (/forget).
      const contact = await reporterContact(storage.reports, report);
      if ("refusal" in contact) return ctx.reply(ctx.t(contact.refusal, { code }));
      const prompt = await ctx.reply(ctx.t("lead-ask-prompt", { code }), {
        reply_markup: { force_reply: true, selective: true, input_field_placeholder: ctx.t("lead-ask-placeholder") },
      });
      await storage.relays.remember(deps.pseudonym(chat.id), prompt.message_id, code, { side: "reporter" });
    }),
  );

  presses.callbackQuery(
    LEAD.evidence.filter,
    onCase(LEAD.evidence, async (ctx, { data: { code }, report, acting, chat }) => {
      await ctx.answerCallbackQuery();
      await audit(storage, deps.logger, ctx, code, "opened-evidence", { sectors: acting.sectors });
      await sendEvidence(ctx, chat.id, report);
    }),
  );

  presses.callbackQuery(
    LEAD.close.filter,
    onCase(LEAD.close, async (ctx, { data: { code } }) => {
      await ctx.answerCallbackQuery();
      const keyboard = InlineKeyboard.from([
        OUTCOMES.map((outcome) => InlineKeyboard.text(ctx.t(`outcome-${outcome}`), LEAD.outcome.pack({ code, outcome }))),
      ]).toFlowed(2);
      await ctx.reply(ctx.t("lead-close-prompt", { code }), { reply_markup: keyboard });
    }),
  );

  presses.callbackQuery(
    LEAD.outcome.filter,
    onCase(LEAD.outcome, async (ctx, { data: { code, outcome }, report, acting }) => {
      const closed = await closeCases(storage, code, acting.sectors, outcome, new Date());
      await ctx.answerCallbackQuery({ text: ctx.t(closed.length > 0 ? "lead-closed" : "lead-already-closed") });
      if (closed.length === 0) return;
      await audit(storage, deps.logger, ctx, code, "closed", { sectors: closed, outcome });
      await ctx
        .editMessageText(ctx.t("lead-closed-note", { code, outcome: ctx.t(`outcome-${outcome}`) }))
        .catch(() => ctx.reply(ctx.t("lead-closed")));
      await tellReporter(report, "reporter-closed", { outcome: deps.messenger.translator(report.locale)(`outcome-${outcome}`) });
      await shrinkClosedAlerts(ctx.api, deps, code);
    }),
  );

  presses.callbackQuery(
    LEAD.hand.filter,
    onCase(LEAD.hand, async (ctx, { data: { code }, acting }) => {
      await ctx.answerCallbackQuery();
      const sectors = SECTORS.filter((s) => !acting.sectors.includes(s) || s === "coordinator");
      const keyboard = InlineKeyboard.from([
        sectors.map((sector) => InlineKeyboard.text(ctx.t(`sector-${sector}`), LEAD.handTo.pack({ code, sector }))),
      ]).toFlowed(2);
      await ctx.reply(ctx.t("lead-hand-prompt", { code }), { reply_markup: keyboard });
    }),
  );

  presses.callbackQuery(
    LEAD.handTo.filter,
    onCase(LEAD.handTo, async (ctx, { data: { code, sector: to }, report, acting }) => {
      await deps.routeTo(report, [to]);
      const from = await closeCases(
        storage,
        code,
        acting.sectors.filter((s) => s !== to),
        "handed-over",
        new Date(),
      );
      await audit(storage, deps.logger, ctx, code, "handed-over", { sectors: from, to });
      await ctx.answerCallbackQuery({ text: ctx.t("lead-handed") });
      await ctx.editMessageText(ctx.t("lead-handed-note", { code, sector: ctx.t(`sector-${to}`) })).catch(() => {});
      await shrinkClosedAlerts(ctx.api, deps, code);
    }),
  );

  /** A lead button of an unknown action or with an unknown argument: out of date. */
  presses.use((ctx) => ctx.answerCallbackQuery({ text: ctx.t("stale-button") }));

  /** A reply to one of the bot's relay messages: a lead's question or a reporter's answer. */
  composer.on("message:text").filter(
    (ctx) => ctx.message.reply_to_message?.from?.id === ctx.me.id,
    async (ctx, next) => {
      const target = await storage.relays.find(deps.pseudonym(ctx.chat.id), ctx.message.reply_to_message!.message_id);
      if (!target) return next();
      const report = await storage.reports.findByCode(target.code);
      if (!report) return next();
      if (target.to.side === "reporter") {
        // A lead's question: still a lead of the report?
        const acting = await actingFor(storage, alliance, ctx.chat, ctx.from.id, target.code);
        if (!acting) return ctx.reply(ctx.t("lead-not-allowed"));
        if (!stillOpen(acting.cases)) return ctx.reply(ctx.t("lead-case-closed", { code: target.code }));
        const contact = await reporterContact(storage.reports, report);
        if ("refusal" in contact) return ctx.reply(ctx.t(contact.refusal, { code: target.code }));
        const reporterChat = contact.chat;
        // The reporter's phone shows neither the word "report" nor the code (issue 9 §1).
        const heading = deps.messenger.translator(report.locale)("reporter-question");
        if (!fitsRelay(heading, ctx.message.text)) return ctx.reply(ctx.t("relay-too-long", { max: String(relayRoom(heading)) }));
        // Stored before sending: the reporter's reply can come before the line after sendMessage.
        const to = { side: "lead" as const, chatId: ctx.chat.id };
        const token = await storage.relays.expect(deps.pseudonym(reporterChat), target.code, to);
        const sent = await ctx.api.sendMessage(reporterChat, relayText(heading, ctx.message.text), {
          parse_mode: "HTML",
          reply_markup: {
            force_reply: true,
            input_field_placeholder: deps.messenger.translator(report.locale)("reporter-answer-placeholder"),
          },
        });
        await storage.relays.settle(deps.pseudonym(reporterChat), sent.message_id, target.code, to, token);
        await audit(storage, deps.logger, ctx, target.code, "asked", { sectors: acting.sectors });
        return ctx.reply(ctx.t("lead-question-sent"));
      }
      if (target.ended) return ctx.reply(ctx.t("reporter-conversation-ended"));
      // A reporter's answer goes back to the lead chat that asked — only while that chat
      // may still act on the case and the case is open (not after removal, not after close).
      const asker = { id: target.to.chatId, type: target.to.chatId < 0 ? "group" : "private" };
      const askerActing = await actingInChat(storage, asker, isAdminsOwnChat(alliance, asker.id), target.code);
      if (!askerActing || !stillOpen(askerActing.cases)) return ctx.reply(ctx.t("reporter-conversation-ended"));
      // In the language of the chat that asked, not the reporter's.
      const heading = deps.messenger.translator(await deps.messenger.localeOf(target.to.chatId))("lead-answer", { code: target.code });
      if (!fitsRelay(heading, ctx.message.text)) return ctx.reply(ctx.t("relay-too-long", { max: String(relayRoom(heading)) }));
      const leadKey = deps.pseudonym(target.to.chatId);
      const token = await storage.relays.expect(leadKey, target.code, { side: "reporter" });
      const answer = await ctx.api.sendMessage(target.to.chatId, relayText(heading, ctx.message.text), {
        parse_mode: "HTML",
        protect_content: true,
        reply_markup: { force_reply: true, selective: true },
      });
      await storage.relays.settle(leadKey, answer.message_id, target.code, { side: "reporter" }, token);
      return ctx.reply(ctx.t("reporter-answer-sent"));
    },
  );

  async function tellReporter(report: Report, key: string, variables: Record<string, string>) {
    if (report.contact !== "bot") return;
    const chat = await storage.reports.reporterChat(report.code);
    if (chat === undefined) return;
    // Neutral words, and never the code: the reporter's phone may be seized.
    await deps.messenger.send(chat, (t) => t(key, variables), undefined, report.locale);
  }

  /** Copies without forwarding (no sender shown), protected from saving; by file id if the reporter cleared the chat. */
  async function sendEvidence(ctx: BotContext, to: number, report: Report) {
    const reporterChat = await storage.reports.reporterChat(report.code);
    for (const item of report.evidence) {
      const copied =
        reporterChat !== undefined &&
        (await ctx.api.copyMessage(to, reporterChat, item.messageId, { protect_content: true }).then(
          () => true,
          () => false,
        ));
      if (copied) continue;
      const options = { protect_content: true };
      const send = {
        photo: () => ctx.api.sendPhoto(to, item.fileId, options),
        video: () => ctx.api.sendVideo(to, item.fileId, options),
        voice: () => ctx.api.sendVoice(to, item.fileId, options),
        audio: () => ctx.api.sendAudio(to, item.fileId, options),
        document: () => ctx.api.sendDocument(to, item.fileId, options),
      }[item.kind];
      await send().catch((error) =>
        deps.logger.warn({ err: redactIds((error as Error).message), kind: item.kind }, "evidence could not be sent"),
      );
    }
  }

  return composer;
}

/** Telegram's limit for a message, counted as it counts (after the HTML is parsed). */
const MESSAGE_MAX = 4_096;

/** How long a relayed text may be under `heading`. */
function relayRoom(heading: string): number {
  return MESSAGE_MAX - heading.length - 2;
}

function fitsRelay(heading: string, text: string): boolean {
  return text.length <= relayRoom(heading);
}

function relayText(heading: string, text: string): string {
  return html`${heading}\n\n${text}`.markup;
}

function sectorNames(ctx: BotContext, sectors: Sector[]): string {
  return sectors.map((s) => ctx.t(`sector-${s}`)).join(", ");
}

async function closeCases(storage: Storage, code: string, sectors: Sector[], outcome: Outcome, now: Date): Promise<Sector[]> {
  const closed: Sector[] = [];
  for (const sector of sectors) if (await storage.cases.close(code, sector, outcome, now)) closed.push(sector);
  return closed;
}
