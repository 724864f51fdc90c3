import { Composer } from "grammy";
import type { BotContext } from "../../telegram/context.js";
import type { BotDeps } from "../deps.js";
import { CB } from "../callback-data.js";
import { mainMenuKeyboard } from "../keyboards.js";
import { showScreen } from "../screen.js";
import { escapeHtml } from "../../shared/text.js";
import { isAdminHere } from "./leads/authorize.js";
import { leadHelpLines } from "./leads/lead-help.js";

/** /start, /help (with the alliance's commands for its people) and the main menu. */
export function mainMenuFeature({ alliance, storage }: Pick<BotDeps, "alliance" | "storage">): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.command("start", (ctx) =>
    showScreen(ctx, { text: escapeHtml(ctx.t("start-greeting")), keyboard: mainMenuKeyboard(ctx.t, alliance) }),
  );

  composer.command("help", async (ctx) => {
    const lines = leadHelpLines(await storage.leads.byChat(ctx.chat.id), isAdminHere(alliance, ctx));
    const forAlliance = lines.length > 0 ? ["", ctx.t("help-alliance-title"), ...lines.map((line) => ctx.t(`help-alliance-${line}`))] : [];
    return showScreen(ctx, {
      text: escapeHtml([ctx.t("help-text"), ...forAlliance].join("\n")),
      keyboard: mainMenuKeyboard(ctx.t, alliance),
    });
  });

  composer.callbackQuery(CB.mainMenu, async (ctx) => {
    await ctx.answerCallbackQuery();
    await showScreen(ctx, { text: escapeHtml(ctx.t("main-menu-title")), keyboard: mainMenuKeyboard(ctx.t, alliance) });
  });

  return composer;
}
