/**
 * What the lock-screen card says, from the same content as the rights cards:
 * the title and one-line summary of the cards listed in
 * `src/content/rights/lockscreen.yaml`, the deployment's hotlines (only when
 * configured: the bot ships no number of its own) and, only when the person
 * typed it just now, their lawyer's number. Pure: data in, blocks out.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import type { AllianceConfig } from "../config/alliance.js";
import type { Locale } from "../shared/locales.js";
import { ContentError, findCard, RIGHTS_DIR, type RightsCard, type RightsContent } from "../rights/rights-content.js";
import type { Block } from "./layout.js";

const fileSchema = z.object({ cards: z.array(z.string()).min(1) }).strict();

/** The cards of the lock-screen card, checked against the rights content. */
export function loadLockscreenCards(content: RightsContent, file: string = path.join(RIGHTS_DIR, "lockscreen.yaml")): RightsCard[] {
  const parsed = fileSchema.safeParse(parseYaml(readFileSync(file, "utf8")));
  if (!parsed.success) throw new ContentError(`lockscreen.yaml: ${parsed.error.issues[0]!.message}`);
  return parsed.data.cards.map((id) => {
    const card = findCard(content, id);
    if (!card) throw new ContentError(`lockscreen.yaml names an unknown card "${id}"`);
    return card;
  });
}

/** The interface words of the card, in the person's language. */
export interface LockscreenTexts {
  title: string;
  hotlines: string;
  lawyer: string;
  footer: string;
}

export interface LockscreenInput {
  cards: RightsCard[];
  alliance: AllianceConfig;
  locale: Locale;
  texts: LockscreenTexts;
  /** Typed by the person just now; drawn, never kept. */
  lawyerNumber?: string;
}

const WHITE = "#ffffff";
const SOFT = "#c9d6ea";
const ACCENT = "#ffd166";

/** The card's paragraphs, top to bottom; the rights are the part left out first when space runs out. */
export function lockscreenBlocks({ cards, alliance, locale, texts, lawyerNumber }: LockscreenInput): Block[] {
  const blocks: Block[] = [{ text: texts.title, scale: 1.3, bold: true, color: ACCENT, spaceBefore: 0 }];
  if (lawyerNumber) blocks.push({ text: `${texts.lawyer}: ${lawyerNumber}`, scale: 1.2, bold: true, color: WHITE, spaceBefore: 0.5 });
  cards.forEach((card, index) => {
    const optionalGroup = index + 1;
    blocks.push(
      { text: card.title[locale], scale: 1, bold: true, color: ACCENT, spaceBefore: 0.6, optionalGroup },
      { text: card.summary[locale], scale: 1, bold: false, color: WHITE, spaceBefore: 0, optionalGroup },
    );
  });
  if (alliance.hotlines.length > 0) {
    blocks.push({ text: texts.hotlines, scale: 1, bold: true, color: ACCENT, spaceBefore: 0.8 });
    for (const hotline of alliance.hotlines) {
      blocks.push({ text: `${hotline.label[locale]}: ${hotline.value}`, scale: 1, bold: false, color: WHITE, spaceBefore: 0 });
    }
  }
  blocks.push({ text: texts.footer, scale: 0.7, bold: false, color: SOFT, spaceBefore: 0.8 });
  return blocks;
}

/** Digits, spaces, + - ( ) and dots, with 5 to 15 digits: what a phone number typed by hand looks like. */
export function readPhoneNumber(text: string): string | undefined {
  const trimmed = text.trim().replace(/\s+/g, " ");
  if (trimmed.length > 32 || !/^\+?[\d ().-]+$/.test(trimmed)) return undefined;
  const digits = trimmed.replace(/\D/g, "").length;
  return digits >= 5 && digits <= 15 ? trimmed : undefined;
}
