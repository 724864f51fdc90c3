/** Text helpers every layer uses: a translate function's shape, Telegram-HTML escaping, clipping on whole characters. */

/** A translate function bound to one language (`ctx.t`, or `translatorFor(i18n, locale)`). */
export type Translate = (key: string, variables?: Record<string, string | number>) => string;

/** Escapes what Telegram's HTML parse mode would read as markup. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** HTML that is already safe (built by {@link html} or a renderer): interpolated as it is. */
export class SafeHtml {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

/**
 * Telegram HTML from a template: every interpolated value is escaped unless it is
 * {@link SafeHtml} — so a name, an account or a translation can never open a tag.
 * `html\`<b>${title}</b>\`` instead of `\`<b>${escapeHtml(title)}</b>\``.
 */
export function html(strings: TemplateStringsArray, ...values: Array<string | number | SafeHtml>): SafeHtml {
  let markup = strings[0]!;
  values.forEach((value, i) => {
    markup += (value instanceof SafeHtml ? value.markup : escapeHtml(String(value))) + strings[i + 1]!;
  });
  return new SafeHtml(markup);
}

/** Lines of safe HTML, joined. */
export const htmlLines = (lines: Array<SafeHtml | string>, separator = "\n"): string =>
  lines.map((line) => (line instanceof SafeHtml ? line.markup : escapeHtml(line))).join(separator);

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
