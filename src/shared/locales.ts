/** The languages the bot speaks. Kazakh first: it is the state language. */
export const LOCALES = ["kk", "ru", "en"] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = "en";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Picks the bot's language from Telegram's `language_code`: kk → kk, ru → ru, anything else → en. */
export function localeFromTelegram(languageCode: string | undefined): Locale {
  const primary = languageCode?.toLowerCase().split(/[-_]/)[0];
  return isLocale(primary) ? primary : DEFAULT_LOCALE;
}

/** A text given in each language. */
export type Localized = Record<Locale, string>;
