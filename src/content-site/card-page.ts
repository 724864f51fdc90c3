/**
 * A rights card's page: the card in kk / ru / en exactly as the bot sends it (its Telegram HTML,
 * which keeps only bold, italic and links and escapes the rest, is valid HTML), its one-line
 * summary, the legal basis with confidence, the review points it relies on and its review date.
 */
import { formatDate, renderCard } from "../rights/render-rights.js";
import type { RightsCard, RightsContent } from "../rights/rights-content.js";
import type { Locale } from "../shared/locales.js";
import { html, SafeHtml, type Translate } from "../shared/text.js";
import { languageColumns, page } from "./layout.js";
import { reviewSections } from "./review-marks.js";

export interface CardPageInput {
  card: RightsCard;
  rights: RightsContent;
  translate: (locale: Locale) => Translate;
  /** Where the card is on the rights menu, in English (e.g. the group's name). */
  menuPlace: string;
  onLockscreen: boolean;
}

export function cardPage({ card, rights, translate, menuPlace, onLockscreen }: CardPageInput): string {
  const root = "../";
  const columns = languageColumns(
    (locale) => html`<div class="label" lang="en">As the bot sends it</div>
<div class="tg">${new SafeHtml(renderCard(card, rights, locale, translate(locale)))}</div>
<div class="label" lang="en">Summary line (the pinned card${onLockscreen ? ", the lock-screen card" : ""})</div>
<p>${card.summary[locale]}</p>`,
  );
  const body = html`<p><a href="${root}index.html#cards">← All cards</a></p>
<h1>${card.title.en}</h1>
<p class="meta">Card <code>${card.id}</code> · rights menu: ${menuPlace} · last reviewed <b>${formatDate(card.reviewed)}</b>${
    onLockscreen ? html` · on the <a href="${root}index.html#lockscreen">lock-screen card</a>` : ""
  }</p>
${columns}
${reviewSections(card, rights, root)}`;
  return page({ title: card.title.en, root, body });
}
