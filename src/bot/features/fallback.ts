import { Composer } from "grammy";
import { escapeHtml } from "../../shared/text.js";
import type { BotContext } from "../../telegram/context.js";
import type { BotDeps } from "../deps.js";
import { mainMenuKeyboard } from "../keyboards.js";
import { showScreen } from "../screen.js";

/**
 * The last stop: whatever no feature handled gets a short, polite answer in
 * the user's language and a way back to the menu. Nothing goes unanswered.
 */
export function fallbackFeature({ alliance }: Pick<BotDeps, "alliance">): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const withMenu = (ctx: BotContext, key: string) =>
    showScreen(ctx, { text: escapeHtml(ctx.t(key)), keyboard: mainMenuKeyboard(ctx.t, alliance) });

  composer.on("edited_message", (ctx) => ctx.reply(ctx.t("edited-message")));

  composer.on("callback_query", async (ctx) => {
    await ctx.answerCallbackQuery({ text: ctx.t("stale-button") });
    await withMenu(ctx, "stale-button");
  });

  composer.on("message::bot_command", (ctx) => withMenu(ctx, "unknown-command"));
  composer.on("message:text", (ctx) => withMenu(ctx, "stray-text"));
  composer.on("message", (ctx) => withMenu(ctx, "stray-media"));

  return composer;
}
