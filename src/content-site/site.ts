/**
 * The review site for lawyers and translators, as files: content in, `{ path, text }` out. Pure;
 * `npm run content:site` (scripts/content-site.ts) loads the content and writes the files.
 */
import type { DocumentsContent } from "../documents/documents-content.js";
import { reviewPointUsage } from "../rights/review-usage.js";
import { groupOf } from "../rights/rights-menu.js";
import type { RightsCard, RightsContent } from "../rights/rights-content.js";
import type { Locale } from "../shared/locales.js";
import type { Translate } from "../shared/text.js";
import { cardPage } from "./card-page.js";
import { documentPage } from "./document-page.js";
import { indexPage } from "./index-page.js";
import { CSS, sitePath, STYLESHEET } from "./layout.js";
import { pointPage } from "./point-page.js";

export interface SiteInput {
  rights: RightsContent;
  documents: DocumentsContent;
  /** The cards on the lock-screen card, in its order (`loadLockscreenCards`). */
  lockscreenCards: RightsCard[];
  /** The bot's interface words in each language (the .ftl files). */
  translate: (locale: Locale) => Translate;
}

export interface SiteFile {
  /** Relative to the site's root, with `/`. */
  path: string;
  text: string;
}

export function buildContentSite(input: SiteInput): SiteFile[] {
  const { rights, documents, lockscreenCards, translate } = input;
  const usage = reviewPointUsage(rights, documents);
  const onLockscreen = new Set(lockscreenCards.map((card) => card.id));
  const files: SiteFile[] = [
    { path: STYLESHEET, text: CSS },
    { path: sitePath.index, text: indexPage({ rights, documents, usage, lockscreenCards, translate }) },
    ...rights.cards.map((card) => {
      const group = groupOf(rights.menu, card.id);
      const menuPlace = group ? `in “${translate("en")(`rights-group-${group.id}`)}”` : "shown directly";
      return {
        path: sitePath.card(card.id),
        text: cardPage({ card, rights, translate, menuPlace, onLockscreen: onLockscreen.has(card.id) }),
      };
    }),
    ...documents.documents.map((document) => ({
      path: sitePath.document(document.id),
      text: documentPage({ document, documents, rights, translate }),
    })),
    ...usage.map((entry) => ({ path: sitePath.point(entry.point.id), text: pointPage(entry, lockscreenCards) })),
  ];
  // Review point ids are free text: two that differ only in punctuation would share a file.
  const paths = files.map((file) => file.path);
  const twice = paths.find((file, index) => paths.indexOf(file) !== index);
  if (twice) throw new Error(`two pages would be written to ${twice}: rename one of the review points`);
  return files;
}
