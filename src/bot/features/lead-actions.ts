/**
 * What a sector lead does with an alert: take it, ask the reporter a
 * question through the bot, see the evidence, close it with an outcome, or
 * hand it over to another sector; and what the reporter hears about it.
 */
import { Composer, InlineKeyboard, type Api } from "grammy";
import { escapeHtml } from "../../content/render-rights.js";
import { SECTORS, type Sector } from "../../reports/derive.js";
import type { Report } from "../../reports/report.js";
import { OUTCOMES, type Outcome } from "../../storage/cases-store.js";
import type { Storage } from "../../storage/database.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { actingFor } from "../leads/authorize.js";
import { LEAD_BUTTON, leadButton } from "../leads/callback-data.js";
import { redactIds } from "../../logger.js";
import { shrinkClosedAlerts } from "../leads/closed-alerts.js";
import { reporterContact } from "../leads/reporter-contact.js";

export interface LeadActionsDeps extends Pick<BotDeps, "storage" | "alliance" | "logger"> {
  /** Routes a report to more sectors (hand-over) and wakes the dispatcher. */
  routeTo: (report: Report, sectors: Sector[]) => Promise<void>;
  pseudonym: (id: number) => string;
  translate: (locale: string, key: string, variables?: Record<string, string | number>) => string;
}

export function leadActionsFeature(deps: LeadActionsDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const { storage, alliance } = deps;

  composer.callbackQuery(LEAD_BUTTON, async (ctx) => {
    const [, action, code, argument] = ctx.match;
    const acting = await actingFor(storage, alliance, ctx.chat!, ctx.from.id, code!);
    const report = acting ? await storage.reports.findByCode(code!) : undefined;
    if (!acting || !report) {
      await ctx.answerCallbackQuery({ text: ctx.t("lead-not-allowed"), show_alert: true });
      return;
    }
    const now = new Date();
    switch (action) {
      case "take": {
        const taken: Sector[] = [];
        for (const sector of acting.sectors) if (await storage.cases.take(code!, sector, acting.actorId, now)) taken.push(sector);
        if (taken.length === 0) {
          await ctx.answerCallbackQuery({ text: ctx.t("lead-already-taken"), show_alert: true });
          return;
        }
        await ctx.answerCallbackQuery({ text: ctx.t("lead-taken") });
        await ctx.reply(ctx.t("lead-taken-note", { code: code!, sectors: sectorNames(ctx, taken) }));
        await tellReporter(ctx.api, report, "reporter-taken", {});
        return;
      }
      case "ask": {
        await ctx.answerCallbackQuery();
        // No contact chosen, the way back was dropped (retention), or the reporter left (/forget).
        const contact = await reporterContact(storage.reports, report);
        if ("refusal" in contact) {
          await ctx.reply(ctx.t(contact.refusal, { code: code! }));
          return;
        }
        const prompt = await ctx.reply(ctx.t("lead-ask-prompt", { code: code! }), { reply_markup: { force_reply: true, selective: true, input_field_placeholder: ctx.t("lead-ask-placeholder") } });
        await storage.relays.remember(deps.pseudonym(ctx.chat!.id), prompt.message_id, code!, { side: "reporter" });
        return;
      }
      case "evidence": {
        await ctx.answerCallbackQuery();
        await sendEvidence(ctx, report);
        return;
      }
      case "close": {
        await ctx.answerCallbackQuery();
        const keyboard = new InlineKeyboard();
        OUTCOMES.forEach((outcome, i) => {
          keyboard.text(ctx.t(`outcome-${outcome}`), leadButton("outcome", code!, outcome));
          if (i % 2 === 1) keyboard.row();
        });
        await ctx.reply(ctx.t("lead-close-prompt", { code: code! }), { reply_markup: keyboard });
        return;
      }
      case "outcome": {
        if (!(OUTCOMES as readonly string[]).includes(argument ?? "")) {
          await ctx.answerCallbackQuery({ text: ctx.t("stale-button") });
          return;
        }
        const closed = await closeCases(storage, code!, acting.sectors, argument as Outcome, now);
        await ctx.answerCallbackQuery({ text: ctx.t(closed.length > 0 ? "lead-closed" : "lead-already-closed") });
        if (closed.length === 0) return;
        await ctx.editMessageText(ctx.t("lead-closed-note", { code: code!, outcome: ctx.t(`outcome-${argument}`) })).catch(() => ctx.reply(ctx.t("lead-closed")));
        await tellReporter(ctx.api, report, "reporter-closed", { outcome: deps.translate(report.locale, `outcome-${argument}`) });
        await shrinkClosedAlerts(ctx.api, deps, code!);
        return;
      }
      case "hand": {
        await ctx.answerCallbackQuery();
        const keyboard = new InlineKeyboard();
        SECTORS.filter((s) => !acting.sectors.includes(s) || s === "coordinator").forEach((sector, i) => {
          keyboard.text(ctx.t(`sector-${sector}`), leadButton("handto", code!, sector));
          if (i % 2 === 1) keyboard.row();
        });
        await ctx.reply(ctx.t("lead-hand-prompt", { code: code! }), { reply_markup: keyboard });
        return;
      }
      case "handto": {
        const to = argument as Sector;
        if (!SECTORS.includes(to)) {
          await ctx.answerCallbackQuery({ text: ctx.t("stale-button") });
          return;
        }
        await deps.routeTo(report, [to]);
        await closeCases(storage, code!, acting.sectors.filter((s) => s !== to), "handed-over", now);
        await ctx.answerCallbackQuery({ text: ctx.t("lead-handed") });
        await ctx.editMessageText(ctx.t("lead-handed-note", { code: code!, sector: ctx.t(`sector-${to}`) })).catch(() => {});
        await shrinkClosedAlerts(ctx.api, deps, code!);
        return;
      }
    }
  });

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
        const contact = await reporterContact(storage.reports, report);
        if ("refusal" in contact) return ctx.reply(ctx.t(contact.refusal, { code: target.code }));
        const reporterChat = contact.chat;
        const sent = await ctx.api.sendMessage(
          reporterChat,
          `${escapeHtml(deps.translate(report.locale, "reporter-question"))}\n\n${escapeHtml(ctx.message.text)}`,
          { parse_mode: "HTML", reply_markup: { force_reply: true, input_field_placeholder: deps.translate(report.locale, "reporter-answer-placeholder") } },
        );
        await storage.relays.remember(deps.pseudonym(reporterChat), sent.message_id, target.code, { side: "lead", chatId: ctx.chat.id });
        return ctx.reply(ctx.t("lead-question-sent"));
      }
      // A reporter's answer goes back to the lead chat that asked.
      const lead = (await storage.leads.byChat(target.to.chatId))[0];
      const answer = await ctx.api.sendMessage(
        target.to.chatId,
        `${escapeHtml(deps.translate(lead?.locale ?? "ru", "lead-answer", { code: target.code }))}\n\n${escapeHtml(ctx.message.text)}`,
        { parse_mode: "HTML", protect_content: true, reply_markup: { force_reply: true, selective: true } },
      );
      await storage.relays.remember(deps.pseudonym(target.to.chatId), answer.message_id, target.code, { side: "reporter" });
      return ctx.reply(ctx.t("reporter-answer-sent"));
    },
  );

  async function tellReporter(api: Api, report: Report, key: string, variables: Record<string, string>) {
    if (report.contact !== "bot") return;
    const chat = await storage.reports.reporterChat(report.code);
    if (chat === undefined) return;
    // Neutral words, and never the code: the reporter's phone may be seized.
    await api.sendMessage(chat, deps.translate(report.locale, key, variables)).catch((error) =>
      deps.logger.warn({ err: redactIds((error as Error).message) }, "could not tell the reporter"),
    );
  }

  /** Copies without forwarding (no sender shown), protected from saving; by file id if the reporter cleared the chat. */
  async function sendEvidence(ctx: BotContext, report: Report) {
    const reporterChat = await storage.reports.reporterChat(report.code);
    const to = ctx.chat!.id;
    for (const item of report.evidence) {
      const copied = reporterChat !== undefined && (await ctx.api.copyMessage(to, reporterChat, item.messageId, { protect_content: true }).then(() => true, () => false));
      if (copied) continue;
      const options = { protect_content: true };
      const send = {
        photo: () => ctx.api.sendPhoto(to, item.fileId, options),
        video: () => ctx.api.sendVideo(to, item.fileId, options),
        voice: () => ctx.api.sendVoice(to, item.fileId, options),
        audio: () => ctx.api.sendAudio(to, item.fileId, options),
        document: () => ctx.api.sendDocument(to, item.fileId, options),
      }[item.kind];
      await send().catch((error) => deps.logger.warn({ err: redactIds((error as Error).message), kind: item.kind }, "evidence could not be sent"));
    }
  }

  return composer;
}

function sectorNames(ctx: BotContext, sectors: Sector[]): string {
  return sectors.map((s) => ctx.t(`sector-${s}`)).join(", ");
}

async function closeCases(storage: Storage, code: string, sectors: Sector[], outcome: Outcome, now: Date): Promise<Sector[]> {
  const closed: Sector[] = [];
  for (const sector of sectors) if (await storage.cases.close(code, sector, outcome, now)) closed.push(sector);
  return closed;
}

