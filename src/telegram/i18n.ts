import { I18n } from "@grammyjs/i18n";
import type { Context, MiddlewareFn } from "grammy";
import path from "node:path";
import { CONTENT_DIR } from "../shared/paths.js";
import { DEFAULT_LOCALE, isLocale, localeFromTelegram, type Locale } from "../shared/locales.js";
import type { Translate } from "../shared/text.js";
import type { LocaleFlavor, SessionData } from "./context.js";

export const LOCALES_DIR = path.join(CONTENT_DIR, "locales");

/** The Fluent files of every language, loaded once (@grammyjs/i18n). */
export function createI18n(): I18n {
  // Without useIsolating Fluent wraps variables in invisible Unicode isolation marks.
  const i18n = new I18n({ defaultLocale: DEFAULT_LOCALE, fluentBundleOptions: { useIsolating: false } });
  i18n.loadLocalesDirSync(LOCALES_DIR);
  return i18n;
}

const translators = new WeakMap<I18n, Map<Locale, Translate>>();

/** A translate function bound to one language, made once: finding the bundle on every call costs. */
export function translatorFor(i18n: I18n, locale: Locale): Translate {
  let byLocale = translators.get(i18n);
  if (!byLocale) translators.set(i18n, (byLocale = new Map<Locale, Translate>()));
  let t = byLocale.get(locale);
  if (!t) byLocale.set(locale, (t = boundTranslator(i18n, locale)));
  return t;
}

/** What the plugin's Fluent keeps private, as far as it is used here (checked at run time). */
interface FluentInternals {
  matchBundles?: (locales: string[]) => Set<FluentBundleLike>;
}
interface FluentBundleLike {
  getMessage(id: string): { value: unknown; attributes?: Record<string, unknown> } | undefined;
  formatPattern(pattern: unknown, args?: Record<string, unknown>): string;
}

/**
 * `fluent.withLocale(locale)` negotiates the language again on every call
 * (@fluent/langneg: ~2 % of the bot's CPU in `npm run bench`). Here the
 * bundles are matched once; a missing message or attribute still goes
 * through the plugin's own translate, so its warning and `{key}` fallback stay.
 */
function boundTranslator(i18n: I18n, locale: Locale): Translate {
  const fluent = i18n.fluent;
  const slow = fluent.withLocale(locale) as Translate;
  const match = (fluent as unknown as FluentInternals).matchBundles;
  if (typeof match !== "function") return slow;
  const bundles = [...match.call(fluent, [locale])];
  return (key, variables) => {
    const [id, attribute] = key.split(".", 2) as [string, string | undefined];
    for (const bundle of bundles) {
      const message = bundle.getMessage(id);
      const pattern = attribute ? message?.attributes?.[attribute] : (message?.value ?? (message ? "" : undefined));
      if (pattern === undefined) break;
      return bundle.formatPattern(pattern, variables);
    }
    return slow(key, variables);
  };
}

/**
 * The user's language: the one chosen with /language (kept in the session),
 * else the Telegram app's (kk → kk, ru → ru, anything else → en). Worked out
 * only when a feature asks: the report form translates with the language in
 * its draft, and most updates never need it here. (@grammyjs/i18n's own
 * middleware negotiates on every update; measured at ~7% of the bot's CPU.)
 */
export function localeMiddleware(i18n: I18n): MiddlewareFn<Context & LocaleFlavor & { session?: SessionData }> {
  return (ctx, next) => {
    let locale: Locale | undefined;
    const current = () => (locale ??= chosenLocale(ctx) ?? localeFromTelegram(ctx.from?.language_code));
    ctx.locale = current;
    ctx.useLocale = (next) => {
      locale = next;
    };
    ctx.t = (key, variables) => translatorFor(i18n, current())(key, variables);
    return next();
  };
}

/** The language set with /language, if the update has a session with one. */
function chosenLocale(ctx: Context & { session?: SessionData }): Locale | undefined {
  // Updates without a private chat have no session to read.
  if (ctx.chat?.type !== "private") return undefined;
  try {
    const chosen = ctx.session?.locale;
    return isLocale(chosen) ? chosen : undefined;
  } catch {
    return undefined;
  }
}

/** The language the current update is answered in. */
export function currentLocale(ctx: LocaleFlavor): Locale {
  return ctx.locale();
}
