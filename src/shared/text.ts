/** Text helpers every layer uses: a translate function's shape and Telegram-HTML escaping. */

/** A translate function bound to one language (`ctx.t`, or `translatorFor(i18n, locale)`). */
export type Translate = (key: string, variables?: Record<string, string | number>) => string;

/** Escapes what Telegram's HTML parse mode would read as markup. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
