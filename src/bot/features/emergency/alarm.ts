/**
 * The alarm: 🆘 (first button of the main menu) and /sos raise it in one tap;
 * then, optionally, the location (a reply keyboard button) — the sends never
 * wait for it. Not set up yet: one screen that says what is missing, offers
 * the set-up and still shows what to do. After the alarm the bot offers to
 * clear the chat, or clears it at once if the person chose so. /safe and
 * ✅ I'm safe tell the same recipients.
 */
import { Composer, InlineKeyboard, Keyboard } from "grammy";
import type { AllianceConfig } from "../../../config/alliance.js";
import type { TimersStore } from "../../../storage/timers-store.js";
import type { AlarmService } from "../../../delivery/alarm-service.js";
import { almatyTime } from "../../../emergency/alarm-message.js";
import { findCard, type RightsContent } from "../../../rights/rights-content.js";
import { html, htmlLines, type SafeHtml } from "../../../shared/text.js";
import type { BotContext } from "../../../telegram/context.js";
import { currentLocale } from "../../../telegram/i18n.js";
import { CB, RIGHTS_CARD } from "../../callback-data.js";
import { deleteChatMessages, type CleanChatDeps } from "../clean-chat.js";
import { EM } from "./callback-data.js";

/** What a person being detained should know: the first card of the guide. */
const OWN_CARD = "at-detention";

export interface AlarmFeatureDeps {
  alarms: AlarmService;
  timers: Pick<TimersStore, "end">;
  content: RightsContent;
  alliance: AllianceConfig;
  cleaning: CleanChatDeps;
}

export function alarmFeature({ alarms, timers, content, alliance, cleaning }: AlarmFeatureDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  const locationKeyboard = (ctx: BotContext) =>
    new Keyboard().requestLocation(ctx.t("alarm-share-location")).row().text(ctx.t("alarm-no-location")).oneTime().resized();

  const notSetUp = async (ctx: BotContext) => {
    const locale = currentLocale(ctx);
    const card = findCard(content, OWN_CARD)!;
    const lines: Array<SafeHtml | string> = [html`🆘 <b>${ctx.t("alarm-not-set-up-title")}</b>`, ctx.t("alarm-not-set-up"), ""];
    lines.push(html`<b>${ctx.t("alarm-what-to-do")}</b>`, html`📖 <b>${card.title[locale]}.</b> ${card.summary[locale]}`);
    for (const h of alliance.hotlines) lines.push(html`☎️ ${h.label[locale]}: ${h.value}`);
    await ctx.reply(htmlLines(lines), {
      parse_mode: "HTML",
      reply_markup: new InlineKeyboard()
        .text(ctx.t("alarm-button-set-up"), EM.contacts)
        .row()
        .text(card.title[locale], RIGHTS_CARD.pack({ card: OWN_CARD }))
        .row()
        .text(ctx.t("nav-main-menu"), CB.mainMenu),
    });
  };

  const raise = async (ctx: BotContext, tapId: string) => {
    const chatId = ctx.chat!.id;
    const result = await alarms.raiseAlarm(chatId, { cause: "tap", tapId, locale: currentLocale(ctx) });
    if (result.status === "not-set-up") return notSetUp(ctx);
    const { alarm } = result;
    if (result.clearAtOnce && !result.already) {
      const tap = ctx.message?.message_id ?? ctx.callbackQuery?.message?.message_id;
      await deleteChatMessages(ctx, cleaning, tap === undefined ? [] : [tap]);
      await ctx.reply(ctx.t("alarm-raised-cleared"), { reply_markup: locationKeyboard(ctx) });
      return;
    }
    const key = result.already ? "alarm-already" : alarm.report ? "alarm-raised-with-alliance" : "alarm-raised";
    await ctx.reply(ctx.t(key, { time: almatyTime(alarm.raisedAt), count: alarm.recipients.length }), {
      reply_markup: new InlineKeyboard().text(ctx.t("alarm-button-safe"), EM.safe).row().text(ctx.t("alarm-button-clean"), CB.clean),
    });
    if (alarm.location === null) await ctx.reply(ctx.t("alarm-location-offer"), { reply_markup: locationKeyboard(ctx) });
  };

  composer.command("sos", (ctx) => raise(ctx, `m${ctx.message?.message_id ?? 0}`));
  composer.callbackQuery(EM.sos, async (ctx) => {
    // Answered after the alarm is stored: a redelivered press is the same alarm (its id is the press's id).
    await raise(ctx, `q${ctx.callbackQuery.id}`);
    await ctx.answerCallbackQuery().catch(() => {});
  });

  composer.on("message:location", async (ctx, next) => {
    const result = await alarms.addLocation(ctx.chat.id, ctx.message.location);
    if (result === "none") return next();
    await ctx.reply(ctx.t(`alarm-location-${result}`), { reply_markup: { remove_keyboard: true } });
  });
  // The reply keyboard's other button: no location; the keyboard goes.
  composer.on("message:text", async (ctx, next) => {
    if (ctx.message.text !== ctx.t("alarm-no-location")) return next();
    await ctx.reply(ctx.t("alarm-location-skipped"), { reply_markup: { remove_keyboard: true } });
  });

  // "I'm safe" also ends a running check-in timer: it must not raise an alarm after the person said so.
  const safe = async (ctx: BotContext) => {
    const result = await alarms.safe(ctx.chat!.id);
    const timerEnded = await timers.end(ctx.chat!.id);
    const noKeyboard = { reply_markup: { remove_keyboard: true as const } };
    if (result.status === "none") return ctx.reply(ctx.t(timerEnded ? "checkin-ended" : "alarm-safe-none"), noKeyboard);
    const told = ctx.t(result.alliance ? "alarm-safe-told-alliance" : "alarm-safe-told", { count: result.contacts });
    await ctx.reply(timerEnded ? `${told}\n${ctx.t("alarm-safe-timer-stopped")}` : told, noKeyboard);
  };
  composer.command("safe", safe);
  composer.callbackQuery(EM.safe, async (ctx) => {
    await ctx.answerCallbackQuery();
    await safe(ctx);
  });

  return composer;
}
