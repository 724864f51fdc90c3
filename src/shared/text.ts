/** Text helpers every layer uses: a translate function's shape, Telegram-HTML escaping, clipping on whole characters. */

/** A translate function bound to one language (`ctx.t`, or `translatorFor(i18n, locale)`). */
export type Translate = (key: string, variables?: Record<string, string | number>) => string;

/** Escapes what Telegram's HTML parse mode would read as markup. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * Cuts fall between whole characters as a person sees them (grapheme
 * clusters: an emoji with its skin tone, a family, a flag, a letter with its
 * accents): half a surrogate pair makes Telegram refuse the whole message,
 * and half a cluster shows a broken symbol.
 */
const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * `text` unchanged when it has at most `max` UTF-16 units (how Telegram counts
 * a message's length), else its longest start of whole characters followed by
 * "…", `max` units at most in all.
 */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  let kept = "";
  for (const { segment } of graphemes.segment(text)) {
    if (kept.length + segment.length > max - 1) break;
    kept += segment;
  }
  return `${kept}…`;
}
