import { Composer, InlineKeyboard } from "grammy";
import { LOCALES, type Locale } from "../../shared/locales.js";
import { escapeHtml, htmlLines } from "../../shared/text.js";
import type { BotContext } from "../../telegram/context.js";
import type { BotDeps } from "../deps.js";
import { onPress } from "../../telegram/callback-data.js";
import { CB, LANGUAGE } from "../callback-data.js";
import { mainMenuKeyboard } from "../keyboards.js";
import { showScreen } from "../screen.js";

/** Each language names itself, so a person can find theirs whatever the bot speaks now. */
const LANGUAGE_NAMES: Record<Locale, string> = { kk: "Қазақша", ru: "Русский", en: "English" };

function languageKeyboard(): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const locale of LOCALES) keyboard.text(LANGUAGE_NAMES[locale], LANGUAGE.pack({ locale }));
  return keyboard;
}

/** /language and the language buttons; the choice is kept in the session (MongoDB). */
export function languageFeature({ alliance }: Pick<BotDeps, "alliance">): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const showChoice = (ctx: BotContext) => showScreen(ctx, { text: escapeHtml(ctx.t("language-choose")), keyboard: languageKeyboard() });

  composer.command("language", showChoice);
  composer.callbackQuery(CB.languageMenu, async (ctx) => {
    await ctx.answerCallbackQuery();
    await showChoice(ctx);
  });

  // An unknown language (lang:xx) matches no button and is answered as stale.
  composer.callbackQuery(
    LANGUAGE.filter,
    onPress(LANGUAGE, async (ctx, { locale }) => {
      ctx.session.locale = locale;
      ctx.useLocale(locale);
      await ctx.answerCallbackQuery({ text: ctx.t("language-set") });
      await showScreen(ctx, {
        text: htmlLines([ctx.t("language-set"), ctx.t("main-menu-title")], "\n\n"),
        keyboard: mainMenuKeyboard(ctx.t, alliance),
      });
    }),
  );

  return composer;
}
