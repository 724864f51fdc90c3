/**
 * What a lawyer reviews, gathered once for every view of it (the markdown checklist, the review
 * site): the cards and documents as one list of sources, which of them rely on each review point,
 * and which citations rest on a secondary source (S).
 */
import type { DocumentsContent } from "../documents/documents-content.js";
import type { Localized } from "../shared/locales.js";
import type { LegalBasis, ReviewPoint, RightsContent } from "./rights-content.js";

/** A card or a document: what the review of either needs. */
export interface ReviewSource {
  kind: "card" | "document";
  id: string;
  title: Localized;
  basis: LegalBasis[];
  unconfirmed: string[];
  reviewed: string;
}

export interface PointUsage {
  point: ReviewPoint;
  /** The cards, then the documents, that name the point under `unconfirmed:`. */
  sources: ReviewSource[];
}

/** The cards (file order), then the documents (file order). */
export function reviewSources(rights: RightsContent, documents: DocumentsContent): ReviewSource[] {
  const pick = (kind: ReviewSource["kind"]) => (item: Omit<ReviewSource, "kind">) => ({
    kind,
    id: item.id,
    title: item.title,
    basis: item.basis,
    unconfirmed: item.unconfirmed,
    reviewed: item.reviewed,
  });
  return [...rights.cards.map(pick("card")), ...documents.documents.map(pick("document"))];
}

/** Every review point, in the file's order, with the sources that rely on it. */
export function reviewPointUsage(rights: RightsContent, documents: DocumentsContent): PointUsage[] {
  const sources = reviewSources(rights, documents);
  return rights.reviewPoints.map((point) => ({ point, sources: sources.filter((source) => source.unconfirmed.includes(point.id)) }));
}

/** Every citation resting on a secondary source (S), with its source. */
export function secondaryCitations(sources: ReviewSource[]): Array<{ source: ReviewSource; basis: LegalBasis }> {
  return sources.flatMap((source) => source.basis.filter((basis) => basis.confidence === "S").map((basis) => ({ source, basis })));
}

/** "ch. 2 art. 14 part 3": one citation's place in its act, in the checklist's English. */
export function citationPlace(basis: LegalBasis): string {
  return [basis.chapter && `ch. ${basis.chapter}`, basis.article && `art. ${basis.article}`, basis.part && `part ${basis.part}`]
    .filter(Boolean)
    .join(" ");
}
