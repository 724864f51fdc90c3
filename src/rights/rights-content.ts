/**
 * Loads the rights cards (src/content/rights/*.yaml) and checks them: every
 * card has all three languages, cites acts that exist, names the unconfirmed
 * points it relies on, and stays short enough to read in a police van.
 */
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { CONTENT_DIR } from "../shared/paths.js";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { LOCALES, type Locale, type Localized } from "../shared/locales.js";
import { buildMenu, menuSchema, type MenuEntry } from "./rights-menu.js";

export const RIGHTS_DIR = path.join(CONTENT_DIR, "rights");

/** At most this many lines per card text, per the brief: "a short card". */
export const MAX_CARD_LINES = 8;

const CONFIDENCE = ["V", "S", "U"] as const;
export type Confidence = (typeof CONFIDENCE)[number];

/** A text in each language (cards and documents). */
export const localized = z.object({ kk: z.string().trim().min(1), ru: z.string().trim().min(1), en: z.string().trim().min(1) }).strict();

/** One citation: act, article, part or chapter, and how sure the brief is (cards and documents). */
export const basisSchema = z
  .object({
    act: z.string(),
    article: z.string().optional(),
    part: z.string().optional(),
    chapter: z.string().optional(),
    confidence: z.enum(CONFIDENCE),
  })
  .strict();

const cardSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z-]*$/),
    reviewed: z.iso.date(),
    basis: z.array(basisSchema).min(1),
    unconfirmed: z.array(z.string()).default([]),
    title: localized,
    summary: localized,
    text: localized,
  })
  .strict();

const reviewPointSchema = z
  .object({
    id: z.string(),
    brief: z.string(),
    basis: z.string(),
    phrasing: z.string(),
    /** Patterns of the unconfirmed figure that no card may contain (checked by the tests). */
    mustNotSay: z.array(z.string()).default([]),
  })
  .strict();

export type LegalBasis = z.infer<typeof basisSchema>;
export type RightsCard = z.infer<typeof cardSchema>;
export type ReviewPoint = z.infer<typeof reviewPointSchema>;

export interface RightsContent {
  /** In the order of the file names (the order of the pinned summary). */
  cards: RightsCard[];
  /** The rights menu: groups of cards and single cards, one screen. */
  menu: MenuEntry[];
  acts: Record<string, Localized>;
  reviewPoints: ReviewPoint[];
  /** The most recent review date of any card (YYYY-MM-DD). */
  lastReviewed: string;
  /** Changes whenever any card changes. */
  version: string;
}

export class ContentError extends Error {
  override name = "ContentError";
}

export function loadRightsContent(dir: string = RIGHTS_DIR): RightsContent {
  const hash = createHash("sha256");
  const readYaml = (file: string): unknown => {
    const text = readFileSync(file, "utf8");
    hash.update(text);
    try {
      return parseYaml(text);
    } catch (error) {
      throw new ContentError(`${path.basename(file)}: ${(error as Error).message.split("\n")[0]}`);
    }
  };
  const parseWith = <T>(schema: z.ZodType<T>, value: unknown, where: string): T => {
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new ContentError(`${where}: ${issue.path.join(".") || "(top level)"}: ${issue.message}`);
    }
    return parsed.data;
  };

  const acts = parseWith(z.record(z.string(), localized), readYaml(path.join(dir, "legal-acts.yaml")), "legal-acts.yaml");
  const reviewPoints = parseWith(z.array(reviewPointSchema), readYaml(path.join(dir, "review-points.yaml")), "review-points.yaml");
  const cardsDir = path.join(dir, "cards");
  const cards = readdirSync(cardsDir)
    .filter((file) => file.endsWith(".yaml"))
    .sort()
    .map((file) => {
      const card = parseWith(cardSchema, readYaml(path.join(cardsDir, file)), file);
      checkCard(card, file, acts, reviewPoints);
      return card;
    });

  const ids = new Set<string>();
  for (const card of cards) {
    if (ids.has(card.id)) throw new ContentError(`two cards have the id "${card.id}"`);
    ids.add(card.id);
  }
  if (cards.length === 0) throw new ContentError(`no cards in ${cardsDir}`);
  const { menu, problem } = buildMenu(
    parseWith(menuSchema, readYaml(path.join(dir, "menu.yaml")), "menu.yaml"),
    cards.map((card) => card.id),
  );
  if (problem) throw new ContentError(`menu.yaml ${problem}`);

  return {
    cards,
    menu,
    acts,
    reviewPoints,
    lastReviewed: cards
      .map((card) => card.reviewed)
      .sort()
      .at(-1)!,
    version: hash.digest("hex").slice(0, 12),
  };
}

function checkCard(card: RightsCard, file: string, acts: Record<string, Localized>, points: ReviewPoint[]): void {
  for (const basis of card.basis) {
    if (!acts[basis.act]) throw new ContentError(`${file}: basis names an unknown act "${basis.act}" (see legal-acts.yaml)`);
  }
  for (const id of card.unconfirmed) {
    if (!points.some((point) => point.id === id)) throw new ContentError(`${file}: unknown review point "${id}" (see review-points.yaml)`);
  }
  if (card.basis.some((basis) => basis.confidence === "U") && card.unconfirmed.length === 0) {
    throw new ContentError(`${file}: cites an unconfirmed (U) basis but lists no review point under "unconfirmed"`);
  }
  for (const locale of LOCALES) {
    const lines = card.text[locale].trim().split("\n").length;
    if (lines > MAX_CARD_LINES) throw new ContentError(`${file}: text.${locale} has ${lines} lines; at most ${MAX_CARD_LINES}`);
    const forbidden = forbiddenStatement(`${card.title[locale]}\n${card.summary[locale]}\n${card.text[locale]}`, points);
    if (forbidden) throw new ContentError(`${file}: ${locale} states what review point "${forbidden.id}" forbids (${forbidden.pattern})`);
  }
}

/**
 * The first unconfirmed figure or forbidden line (a review point's `mustNotSay`)
 * that `text` contains, whichever card cites the point: a U figure is never stated as fact.
 */
export function forbiddenStatement(text: string, points: ReviewPoint[]): { id: string; pattern: string } | undefined {
  for (const point of points) {
    for (const pattern of point.mustNotSay) {
      if (new RegExp(pattern, "iu").test(text)) return { id: point.id, pattern };
    }
  }
  return undefined;
}

export function findCard(content: RightsContent, id: string): RightsCard | undefined {
  return content.cards.find((card) => card.id === id);
}

export type { Locale };
