import { Composer } from "grammy";
import type { BotContext } from "../../telegram/context.js";
import type { BotDeps } from "../deps.js";
import { CB } from "../callback-data.js";
import { mainMenuKeyboard } from "../keyboards.js";
import { showScreen } from "../screen.js";
import { escapeHtml } from "../../shared/text.js";

/** /start, /help and the main menu. */
export function mainMenuFeature({ alliance }: Pick<BotDeps, "alliance">): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.command("start", (ctx) =>
    showScreen(ctx, { text: escapeHtml(ctx.t("start-greeting")), keyboard: mainMenuKeyboard(ctx.t, alliance) }),
  );

  composer.command("help", (ctx) => showScreen(ctx, { text: escapeHtml(ctx.t("help-text")), keyboard: mainMenuKeyboard(ctx.t, alliance) }));

  composer.callbackQuery(CB.mainMenu, async (ctx) => {
    await ctx.answerCallbackQuery();
    await showScreen(ctx, { text: escapeHtml(ctx.t("main-menu-title")), keyboard: mainMenuKeyboard(ctx.t, alliance) });
  });

  return composer;
}
