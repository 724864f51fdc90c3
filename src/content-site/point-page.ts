/**
 * A review point's page: what is unconfirmed, how the content says it meanwhile, what the loader
 * refuses, and every card, document and lock-screen line that relies on it, linked back to the spot.
 */
import type { PointUsage } from "../rights/review-usage.js";
import type { RightsCard } from "../rights/rights-content.js";
import { html, type SafeHtml } from "../shared/text.js";
import { join, page, sitePath, slug } from "./layout.js";
import { legend, pointBox } from "./review-marks.js";

/** The lock-screen lines (a card's title and summary) that rely on the point: those of its cards. */
export function lockscreenLinesUsing(usage: PointUsage, lockscreenCards: RightsCard[]): RightsCard[] {
  return lockscreenCards.filter((card) => card.unconfirmed.includes(usage.point.id));
}

export function pointPage(usage: PointUsage, lockscreenCards: RightsCard[]): string {
  const root = "../";
  const { point, sources } = usage;
  const anchor = `#point-${slug(point.id)}`;
  const list = (items: SafeHtml[], none: string) =>
    items.length ? html`<ul class="plain">${join(items, "\n")}</ul>` : html`<p class="meta">${none}</p>`;
  const cards = sources
    .filter((source) => source.kind === "card")
    .map((card) => html`<li><a href="${root}${sitePath.card(card.id)}${anchor}">${card.title.en}</a> <code>${card.id}</code></li>`);
  const documents = sources
    .filter((source) => source.kind === "document")
    .map((doc) => html`<li><a href="${root}${sitePath.document(doc.id)}${anchor}">${doc.title.en}</a> <code>${doc.id}</code></li>`);
  const lockscreen = lockscreenLinesUsing(usage, lockscreenCards).map(
    (card) =>
      html`<li><a href="${root}${sitePath.index}#lockscreen-${slug(card.id)}">${card.title.en}</a>: its title and summary line
(card <code>${card.id}</code>)</li>`,
  );
  const refused = point.mustNotSay.length
    ? html`<h2>What no card may say</h2>
<p>The loader refuses a card that matches any of these patterns, so the bot does not start with it:</p>
<ul class="plain">${join(
        point.mustNotSay.map((pattern) => html`<li><code>${pattern}</code></li>`),
        "\n",
      )}</ul>`
    : html``;
  const body = html`<p><a href="${root}index.html#open-points">← All open review points</a></p>
<h1>Review point <code>${point.id}</code></h1>
${pointBox(point, root, true)}
${refused}
<h2 id="used-by">Used by (${sources.length + lockscreen.length})</h2>
<h3>Cards (${cards.length})</h3>
${list(cards, "No card relies on it.")}
<h3>Documents (${documents.length})</h3>
${list(documents, "No document relies on it.")}
<h3>Lock-screen card (${lockscreen.length})</h3>
${list(lockscreen, "No line of the lock-screen card relies on it.")}
${legend()}`;
  return page({ title: `Review point ${point.id}`, root, body });
}
