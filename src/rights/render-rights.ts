/**
 * Turns rights cards into Telegram HTML. Pure functions: the translate
 * function brings the interface words ("Legal basis", "art.") in the reader's
 * language, the cards bring the rest.
 */
import type { AllianceConfig } from "../config/alliance.js";
import type { Locale } from "../shared/locales.js";
import type { LegalBasis, RightsCard, RightsContent } from "./rights-content.js";
import { html, htmlLines, type SafeHtml, type Translate } from "../shared/text.js";

/**
 * Citations grouped by act, in card order, as each language writes them:
 * "CPC art. 131(1), art. 64", «УПК РК ч. 1 ст. 131, ст. 64», «ҚР ҚПК 131-бабының 1-бөлігі, 64-бап».
 */
export function formatBasis(basis: LegalBasis[], content: RightsContent, locale: Locale, t: Translate): string {
  const byAct = new Map<string, string[]>();
  for (const item of basis) {
    const refs = byAct.get(item.act) ?? [];
    const ref = [
      item.chapter && t("basis-chapter", { chapter: item.chapter }),
      item.article && item.part
        ? t("basis-article-part", { article: item.article, part: item.part })
        : (item.article && t("basis-article", { article: item.article })) || (item.part && t("basis-part", { part: item.part })),
    ]
      .filter(Boolean)
      .join(" ");
    if (ref && !refs.includes(ref)) refs.push(ref);
    byAct.set(item.act, refs);
  }
  return [...byAct].map(([act, refs]) => [content.acts[act]![locale], refs.join(", ")].filter(Boolean).join(" ")).join("; ");
}

/** Formats an ISO date as DD.MM.YYYY, the way dates are written in Kazakhstan. */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split("-");
  return `${day}.${month}.${year}`;
}

export function renderCard(card: RightsCard, content: RightsContent, locale: Locale, t: Translate): string {
  const lines = [
    html`<b>${card.title[locale]}</b>`,
    "",
    card.text[locale].trim(),
    "",
    html`<i>${t("card-basis", { basis: formatBasis(card.basis, content, locale, t) })}</i>`,
    html`<i>${t("card-reviewed", { date: formatDate(card.reviewed) })}</i>`,
  ];
  if (card.unconfirmed.length > 0) lines.push(html`<i>${t("card-unconfirmed")}</i>`);
  return htmlLines(lines);
}

/** The whole guide as one compact message, to pin or screenshot before an assembly. */
export function renderSummary(content: RightsContent, alliance: AllianceConfig, locale: Locale, t: Translate): string {
  const lines: Array<SafeHtml | string> = [html`<b>${t("rights-summary-title")}</b>`];
  for (const card of content.cards) lines.push(html`▪️ <b>${card.title[locale]}.</b> ${card.summary[locale]}`);
  if (alliance.hotlines.length > 0) {
    lines.push("", html`<b>${t("summary-hotlines")}</b>`);
    for (const hotline of alliance.hotlines) lines.push(html`☎️ ${hotline.label[locale]}: ${hotline.value}`);
  }
  lines.push("", html`<i>${t("summary-footer", { date: formatDate(content.lastReviewed) })}</i>`);
  return htmlLines(lines);
}

/** The deployment's contacts; empty when none are configured. */
export function renderContacts(alliance: AllianceConfig, locale: Locale, t: Translate): string {
  const lines: Array<SafeHtml | string> = [html`<b>${t("contacts-title", { alliance: alliance.name[locale] })}</b>`];
  const section = (titleKey: string, items: AllianceConfig["hotlines"]) => {
    if (items.length === 0) return;
    lines.push("", t(titleKey));
    for (const item of items) lines.push(html`• ${item.label[locale]}: ${item.value}`);
  };
  section("contacts-hotlines", alliance.hotlines);
  section("contacts-public", alliance.contacts);
  return htmlLines(lines);
}
