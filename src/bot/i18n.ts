import { I18n } from "@grammyjs/i18n";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_LOCALE, isLocale, localeFromTelegram, type Locale } from "../content/locales.js";
import type { BotContext } from "./context.js";

export const LOCALES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../content/locales");

export function createI18n(): I18n<BotContext> {
  const i18n = new I18n<BotContext>({
    defaultLocale: DEFAULT_LOCALE,
    // Without this Fluent wraps variables in invisible Unicode isolation marks.
    fluentBundleOptions: { useIsolating: false },
    localeNegotiator: (ctx) => chosenLocale(ctx) ?? localeFromTelegram(ctx.from?.language_code),
  });
  i18n.loadLocalesDirSync(LOCALES_DIR);
  return i18n;
}

/** The language set with /language, if the update has a session with one. */
function chosenLocale(ctx: BotContext): Locale | undefined {
  // Updates without a chat (and conversations) have no session to read.
  if (ctx.chatId === undefined) return undefined;
  try {
    const locale = ctx.session?.locale;
    return isLocale(locale) ? locale : undefined;
  } catch {
    return undefined;
  }
}

/** The language the current update is answered in. */
export async function currentLocale(ctx: BotContext): Promise<Locale> {
  const locale = await ctx.i18n.getLocale();
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}
