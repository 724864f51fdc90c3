/**
 * The review site's front page: the open review points first (what a lawyer must act on), then
 * the cards in the rights menu's order, the documents, and the lock-screen card's text, with the
 * content's review dates.
 */
import type { DocumentsContent } from "../documents/documents-content.js";
import { formatDate } from "../rights/render-rights.js";
import type { PointUsage } from "../rights/review-usage.js";
import type { RightsCard, RightsContent } from "../rights/rights-content.js";
import { LOCALES, type Locale } from "../shared/locales.js";
import { html, type SafeHtml, type Translate } from "../shared/text.js";
import { join, languageColumns, page, sitePath } from "./layout.js";
import { lockscreenLinesUsing } from "./point-page.js";
import { legend, openPointBadge } from "./review-marks.js";

export interface IndexPageInput {
  rights: RightsContent;
  documents: DocumentsContent;
  usage: PointUsage[];
  lockscreenCards: RightsCard[];
  translate: (locale: Locale) => Translate;
}

/** "Reviewed between 24.11.2026 and 03.12.2026": the oldest review is the one to renew first. */
function reviewSpan(dates: string[]): string {
  const sorted = [...dates].sort();
  const [oldest, newest] = [formatDate(sorted[0]!), formatDate(sorted.at(-1)!)];
  return oldest === newest ? `All reviewed on ${newest}.` : `Reviewed between ${oldest} (the oldest) and ${newest}.`;
}

/** A count of open review points, as a badge, or nothing. */
const openCount = (ids: string[]): SafeHtml => (ids.length ? html` <span class="badge badge-U">${ids.length} open</span>` : html``);

function openPoints(usage: PointUsage[], lockscreenCards: RightsCard[]): SafeHtml {
  const items = usage.map((entry) => {
    const uses = entry.sources.length + lockscreenLinesUsing(entry, lockscreenCards).length;
    return html`<li>${openPointBadge()} <a href="${sitePath.point(entry.point.id)}"><code>${entry.point.id}</code></a> — ${entry.point.brief}
<span class="meta">(${uses ? `used ${uses} time${uses === 1 ? "" : "s"}` : "not used: can it be deleted?"})</span></li>`;
  });
  return html`<h2 id="open-points">Open review points (${usage.length})</h2>
<p>Each point is unconfirmed: the content avoids stating it until a lawyer confirms it. To confirm one, edit the cards in all three
languages, set the basis confidence to V, delete the point from <code>src/content/rights/review-points.yaml</code> and update
<code>reviewed:</code> on each card you checked.</p>
<ul class="plain">${join(items, "\n")}</ul>`;
}

function cardItem(card: RightsCard): SafeHtml {
  return html`<li><a href="${sitePath.card(card.id)}">${card.title.en}</a>${openCount(card.unconfirmed)}
<br><span class="meta"><span lang="ru">${card.title.ru}</span> · <span lang="kk">${card.title.kk}</span> · reviewed ${formatDate(card.reviewed)}</span></li>`;
}

function cardsByMenu(rights: RightsContent, translate: IndexPageInput["translate"]): SafeHtml {
  const card = (id: string) => cardItem(rights.cards.find((item) => item.id === id)!);
  const entries = rights.menu.map((entry) => {
    if (entry.kind === "card") return html`<h3>Shown directly on the rights menu</h3>\n<ul class="plain">${card(entry.card)}</ul>`;
    const names = LOCALES.map((locale) => html`<span lang="${locale}">${translate(locale)(`rights-group-${entry.id}`)}</span>`);
    return html`<h3>${join(names, " · ")}</h3>\n<ul class="plain">${join(entry.cards.map(card), "\n")}</ul>`;
  });
  return html`<h2 id="cards">Rights cards (${rights.cards.length}), as on the rights menu</h2>
<p class="meta">${reviewSpan(rights.cards.map((card) => card.reviewed))}</p>
${join(entries, "\n")}`;
}

function documentsList(documents: DocumentsContent): SafeHtml {
  const items = documents.documents.map((document) => {
    return html`<li><a href="${sitePath.document(document.id)}">${document.title.en}</a>${openCount(document.unconfirmed)}
<br><span class="meta"><span lang="ru">${document.title.ru}</span> · <span lang="kk">${document.title.kk}</span> · reviewed ${formatDate(document.reviewed)}</span></li>`;
  });
  return html`<h2 id="documents">Documents (${documents.documents.length})</h2>
<p class="meta">${reviewSpan(documents.documents.map((document) => document.reviewed))}</p>
<ul class="plain">${join(items, "\n")}</ul>`;
}

function lockscreen({ rights, lockscreenCards, translate }: IndexPageInput): SafeHtml {
  const rows = lockscreenCards.map(
    (card) => html`<h3><a href="${sitePath.card(card.id)}#review-points">${card.title.en}</a>${openCount(card.unconfirmed)}</h3>
${languageColumns((locale) => html`<p><b>${card.title[locale]}</b><br>${card.summary[locale]}</p>`, `lockscreen-${card.id}`)}`,
  );
  const date = formatDate(rights.lastReviewed);
  return html`<h2 id="lockscreen">Lock-screen card</h2>
<p>The image a person sets as the lock screen (<code>src/content/rights/lockscreen.yaml</code>): its title, then the title and
summary line of each card below, then the alliance's hotlines (only when the deployment file has them) and the footer.</p>
${languageColumns((locale) => html`<p><b>${translate(locale)("lockscreen-title")}</b></p>`)}
${join(rows, "\n")}
<h3>Footer</h3>
${languageColumns((locale) => html`<p>${translate(locale)("lockscreen-footer", { date })}</p>`)}`;
}

export function indexPage(input: IndexPageInput): string {
  const { rights, documents, usage, lockscreenCards } = input;
  const body = html`<h1>Rights content review</h1>
<p>Everything the bot tells people about their rights, side by side in Kazakh, Russian and English, with its legal basis, how
sure each citation is, and the points that still wait for a lawyer. ${rights.cards.length} cards, ${documents.documents.length}
documents, <b>${usage.length} open review points</b>.</p>
${legend()}
${openPoints(usage, lockscreenCards)}
${cardsByMenu(rights, input.translate)}
${documentsList(documents)}
${lockscreen(input)}`;
  return page({ title: "Index", root: "", body });
}
