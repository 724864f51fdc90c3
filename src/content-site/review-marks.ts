/**
 * How the site marks what a lawyer must check: confidence badges (V / S / U, as in the legal
 * brief), the legal basis of a card or document, and the review points it relies on.
 */
import type { LegalBasis, ReviewPoint, RightsContent } from "../rights/rights-content.js";
import { citationPlace, type ReviewSource } from "../rights/review-usage.js";
import { html, type SafeHtml } from "../shared/text.js";
import { join, sitePath, slug } from "./layout.js";

const CONFIDENCE_WORDS: Record<LegalBasis["confidence"], string> = {
  V: "verified",
  S: "secondary source",
  U: "unconfirmed",
};

export function confidenceBadge(confidence: LegalBasis["confidence"]): SafeHtml {
  return html`<span class="badge badge-${confidence}">${confidence} · ${CONFIDENCE_WORDS[confidence]}</span>`;
}

/** Every review point in the file is open until a lawyer confirms it and deletes it. */
export const openPointBadge = (): SafeHtml => html`<span class="badge badge-U">open · unconfirmed</span>`;

export function legend(): SafeHtml {
  return html`<div class="legend">
<p><b>Legend.</b> ${confidenceBadge("V")} seen in the statute or an official text;
${confidenceBadge("S")} from a secondary source (news, NGO, UN summary);
${confidenceBadge("U")} not confirmed: never stated as fact.</p>
<p>${openPointBadge()} a review point: the bot avoids stating it until a lawyer confirms it
(then the point is deleted from <code>review-points.yaml</code>).</p>
</div>`;
}

/** The citations, one per line, with the act's name in each language and the confidence. */
export function basisList(basis: LegalBasis[], acts: RightsContent["acts"]): SafeHtml {
  const items = basis.map((item) => {
    const act = acts[item.act]!;
    const place = citationPlace(item);
    return html`<li>${confidenceBadge(item.confidence)} <b>${act.en}</b>${place ? ` ${place}` : ""}
<br><span class="meta"><span lang="ru">${act.ru}</span> · <span lang="kk">${act.kk}</span></span></li>`;
  });
  return html`<ul class="plain">${join(items, "\n")}</ul>`;
}

/**
 * One review point, highlighted. On a card's or document's page it links to the point's page and has
 * the anchor (`#point-<id>`) that page links back to; on the point's own page it does neither.
 */
export function pointBox(point: ReviewPoint, root: string, onItsOwnPage = false): SafeHtml {
  const name = onItsOwnPage
    ? html`<code>${point.id}</code>`
    : html`<a href="${root}${sitePath.point(point.id)}"><code>${point.id}</code></a>`;
  const body = html`<p>${openPointBadge()} ${name}</p>
<p>${point.brief}</p>
<p class="meta">Basis: ${point.basis}</p>
<p><span class="label">How the content says it now</span><br>${point.phrasing}</p>`;
  return onItsOwnPage ? html`<div class="point">${body}</div>` : html`<div class="point" id="point-${slug(point.id)}">${body}</div>`;
}

/** The review points a card or document relies on, or a line saying it relies on none. */
export function pointsSection(ids: string[], points: ReviewPoint[], root: string): SafeHtml {
  const relied = ids.map((id) => points.find((point) => point.id === id)!);
  const boxes = relied.length
    ? join(
        relied.map((point) => pointBox(point, root)),
        "\n",
      )
    : html`<p>None: every statement rests on a verified or secondary source.</p>`;
  return html`<h2 id="review-points">Review points it relies on (${relied.length})</h2>\n${boxes}`;
}

/** The end of a card's or document's page: its legal basis, the review points it relies on, the legend. */
export function reviewSections(source: Pick<ReviewSource, "basis" | "unconfirmed">, rights: RightsContent, root: string): SafeHtml {
  return html`<h2 id="basis">Legal basis</h2>
${basisList(source.basis, rights.acts)}
${pointsSection(source.unconfirmed, rights.reviewPoints, root)}
${legend()}`;
}
