import { readFileSync } from "node:fs";
import { cpSync, mkdtempSync, readFileSync as read, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createI18n } from "../src/telegram/i18n.js";
import { LOCALES } from "../src/shared/locales.js";
import { formatBasis, renderCard, renderSummary } from "../src/rights/render-rights.js";
import { CHECKLIST_PATH, renderReviewChecklist } from "../src/rights/review-checklist.js";
import { ContentError, loadRightsContent, MAX_CARD_LINES, RIGHTS_DIR } from "../src/rights/rights-content.js";
import { NO_ALLIANCE } from "../src/config/alliance.js";

const content = loadRightsContent();
const i18n = createI18n();
const tFor = (locale: string) => (key: string, vars?: Record<string, string | number>) => i18n.t(locale, key, vars);

const REQUIRED_TOPICS = [
  "at-detention",
  "lawyer",
  "call",
  "torture",
  "admin-criminal",
  "court",
  "journalists",
  "assemblies",
  "before-assembly",
  "someone-detained",
];

describe("rights content", () => {
  it("has every topic the guide promises, in order", () => {
    expect(content.cards.map((card) => card.id)).toEqual(REQUIRED_TOPICS);
  });

  it("gives each card a legal basis, a review date and short text in kk, ru and en", () => {
    for (const card of content.cards) {
      expect(card.basis.length).toBeGreaterThan(0);
      expect(card.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const bullets = card.text.en.trim().split("\n").length;
      for (const locale of LOCALES) {
        expect(card.text[locale].trim().split("\n").length, `${card.id}.${locale}`).toBe(bullets);
        expect(bullets).toBeLessThanOrEqual(MAX_CARD_LINES);
      }
    }
  });

  it("states no unconfirmed figure as fact", () => {
    const offences: string[] = [];
    for (const point of content.reviewPoints) {
      for (const pattern of point.mustNotSay) {
        const regex = new RegExp(pattern, "iu");
        for (const card of content.cards) {
          for (const locale of LOCALES) {
            const said = `${card.text[locale]}\n${card.summary[locale]}`;
            if (regex.test(said)) offences.push(`${card.id}.${locale} says what ${point.id} forbids (${pattern})`);
          }
        }
      }
    }
    expect(offences).toEqual([]);
  });

  it("lists every unconfirmed point a card relies on in the review checklist, which is up to date", () => {
    const checklist = readFileSync(CHECKLIST_PATH, "utf8");
    expect(checklist, "run `npm run content:checklist`").toBe(renderReviewChecklist(content));
    for (const card of content.cards) {
      for (const id of card.unconfirmed) {
        const point = content.reviewPoints.find((p) => p.id === id)!;
        expect(checklist).toContain(point.brief.replace(/\|/g, "\\|"));
      }
    }
  });

  it("contains no phone number: contacts are deployment configuration", () => {
    for (const card of content.cards) {
      for (const locale of LOCALES) expect(card.text[locale]).not.toMatch(/\+?\d[\d\s()-]{8,}\d/);
    }
  });

  it("formats the legal basis per language, grouped by act", () => {
    const lawyer = content.cards.find((card) => card.id === "lawyer")!;
    expect(formatBasis(lawyer.basis, content, "en", tFor("en"))).toBe(
      "Constitution art. 16 part 3, art. 13 part 3; Law on advocacy No. 353-I (1999) art. 17 part 1; Criminal Procedure Code",
    );
    expect(formatBasis(lawyer.basis, content, "ru", tFor("ru"))).toContain("Конституция РК ст. 16 ч. 3");
  });

  it("renders every card and the summary within Telegram's 4096 characters", () => {
    for (const locale of LOCALES) {
      for (const card of content.cards) expect(renderCard(card, content, locale, tFor(locale)).length).toBeLessThanOrEqual(4096);
      expect(renderSummary(content, NO_ALLIANCE, locale, tFor(locale)).length).toBeLessThanOrEqual(4096);
    }
  });

  it("escapes HTML in card text", () => {
    const card = { ...content.cards[0]!, text: { kk: "<b>", ru: "a & b", en: "x < y" } };
    expect(renderCard(card, content, "en", tFor("en"))).toContain("x &lt; y");
  });
});

describe("content validation", () => {
  const copyContent = () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "rights-content-"));
    cpSync(RIGHTS_DIR, dir, { recursive: true });
    return dir;
  };
  const edit = (dir: string, file: string, change: (text: string) => string) => {
    const target = path.join(dir, file);
    writeFileSync(target, change(read(target, "utf8")));
  };

  it("rejects a card missing a language", () => {
    const dir = copyContent();
    edit(dir, "cards/02-lawyer.yaml", (text) => text.replace(/^title:\n(.*\n)*?(?=summary:)/m, "title:\n  en: Lawyer\n"));
    expect(() => loadRightsContent(dir)).toThrow(ContentError);
  });

  it("rejects a card that cites an unknown act", () => {
    const dir = copyContent();
    edit(dir, "cards/02-lawyer.yaml", (text) => text.replace("act: advocacy-law", "act: invented-law"));
    expect(() => loadRightsContent(dir)).toThrow(/unknown act "invented-law"/);
  });

  it("rejects a U basis without a review point", () => {
    const dir = copyContent();
    edit(dir, "cards/03-call.yaml", (text) => text.replace(/^unconfirmed: .*$/m, ""));
    expect(() => loadRightsContent(dir)).toThrow(/lists no review point/);
  });
});
