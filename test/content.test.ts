import { readFileSync } from "node:fs";
import { cpSync, readFileSync as read, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createI18n } from "../src/telegram/i18n.js";
import { LOCALES } from "../src/shared/locales.js";
import { formatBasis, renderCard, renderSummary } from "../src/rights/render-rights.js";
import { defaultDocumentsContent } from "../src/documents/documents-content.js";
import { CHECKLIST_PATH, renderReviewChecklist } from "../src/rights/review-checklist.js";
import { ContentError, loadRightsContent, MAX_CARD_LINES, RIGHTS_DIR } from "../src/rights/rights-content.js";
import { NO_ALLIANCE } from "../src/config/alliance.js";
import { scratchDir } from "./helpers/scratch-dir.js";

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
  "medical-evidence",
  "phone",
  "cordon",
  "summoned",
  "minors",
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
      "Criminal Procedure Code art. 131(1); Law No. 353-I of 30 March 1999 on holding persons in special institutions art. 17(1); " +
        "Law No. 176-VI of 5 July 2018 on advocacy and legal aid; Constitution (1995) art. 16(3), art. 13(3)",
    );
    expect(formatBasis(lawyer.basis, content, "ru", tFor("ru"))).toContain("УПК РК ч. 1 ст. 131;");
    expect(formatBasis(lawyer.basis, content, "ru", tFor("ru"))).toContain("Конституция РК (1995) ч. 3 ст. 16, ч. 3 ст. 13");
    expect(formatBasis(lawyer.basis, content, "kk", tFor("kk"))).toContain("ҚР ҚПК 131-бабының 1-бөлігі;");
    expect(formatBasis(lawyer.basis, content, "kk", tFor("kk"))).toContain(
      "ҚР Конституциясы (1995) 16-бабының 3-бөлігі, 13-бабының 3-бөлігі",
    );
    const court = content.cards.find((card) => card.id === "court")!;
    expect(formatBasis(court.basis, content, "kk", tFor("kk"))).toContain("ҚР ӘҚБтК 44-1-тарау, 826-3-бабының 1-бөлігі");
    expect(formatBasis(court.basis, content, "ru", tFor("ru"))).toContain("КоАП РК гл. 44-1, ч. 1 ст. 826-3");
  });

  it("cites the acts by their right names (revision 2 of the brief)", () => {
    // Law No. 353-I is the law on special institutions; the law on advocacy is No. 176-VI (2018).
    expect(content.acts["special-institutions-law"]).toEqual({
      kk: "Арнаулы мекемелерде, арнаулы үй-жайларда ұстау тәртібі мен шарттары туралы ҚР Заңы, 30.03.1999 № 353-I",
      ru: "Закон РК о порядке и условиях содержания лиц в специальных учреждениях, специальных помещениях от 30.03.1999 № 353-I",
      en: "Law No. 353-I of 30 March 1999 on holding persons in special institutions",
    });
    for (const locale of LOCALES) {
      expect(content.acts["advocacy-law"]![locale]).toContain("176-VI");
      expect(content.acts["advocacy-law"]![locale]).not.toContain("353");
    }
    expect(content.acts["press-order"]).toEqual({
      kk: "ҚР Ақпарат және қоғамдық даму министрінің 14.08.2020 № 279 бұйрығы",
      ru: "Приказ Министра информации и общественного развития РК от 14.08.2020 № 279",
      en: "Order No. 279 of 14 Aug 2020 of the Minister of Information and Social Development",
    });
    expect(content.acts.constitution).toEqual({ kk: "ҚР Конституциясы (1995)", ru: "Конституция РК (1995)", en: "Constitution (1995)" });
  });

  it("cites the 1995 Constitution only as unconfirmed, with its review point", () => {
    for (const card of [...content.cards, ...defaultDocumentsContent().documents]) {
      const cites = card.basis.filter((basis) => basis.act === "constitution");
      for (const basis of cites) expect(basis.confidence, card.id).toBe("U");
      if (cites.length > 0) expect(card.unconfirmed, card.id).toContain("constitution-1995");
    }
  });

  it("says the corrected things in each language", () => {
    const say = (id: string, locale: "kk" | "ru" | "en") => {
      const card = content.cards.find((c) => c.id === id)!;
      return `${card.summary[locale]}\n${card.text[locale]}`;
    };
    expect(say("at-detention", "en")).toContain("Give your name and show your ID.");
    expect(say("at-detention", "ru")).toContain("Назовите своё имя и покажите удостоверение личности.");
    expect(say("at-detention", "kk")).toContain("Аты-жөніңізді айтып, жеке куәлігіңізді көрсетіңіз.");
    expect(say("at-detention", "en")).toContain('Never sign blank pages, a text you do not understand, or "I refuse a lawyer".');
    expect(say("at-detention", "ru")).toContain("«Не согласен, потому что…»");
    expect(say("at-detention", "kk")).toContain("ескертулеріңізді себептерімен хаттамаға жазыңыз");
    expect(say("at-detention", "kk")).not.toMatch(/[Ққ]арсылықтар/);
    expect(say("at-detention", "en")).toContain("with a free interpreter");
    expect(say("admin-criminal", "en")).toContain(
      "A suspect may be held in a criminal case for 48 hours without a court's approval; up to 72 hours only in exceptional cases.",
    );
    expect(say("admin-criminal", "ru")).toContain("до 72 часов — только в исключительных случаях");
    expect(say("admin-criminal", "kk")).toContain("Әкімшілік қамаққа алу — оны тек судья тағайындайтын жаза.");
    expect(say("court", "en")).toContain("Human-rights groups call this unlawful. Insist on your lawyer and on time to prepare");
    expect(say("court", "en")).toContain("A complaint against a decision of a body or an official (not of a court)");
    expect(say("court", "ru")).toContain("Конституционный Суд не пересматривает судебные решения.");
    expect(say("court", "kk")).not.toContain("2023");
    expect(say("lawyer", "en")).toContain("a private meeting before questioning.");
    expect(say("lawyer", "ru")).not.toContain("любого допроса");
    expect(say("torture", "en")).toContain("whatever the case is about");
    expect(say("before-assembly", "ru")).toContain("«Мне нужен адвокат»");
    expect(say("before-assembly", "ru")).toContain("Заблокируйте телефон");
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
    const dir = scratchDir("rights-content");
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

  it("rejects a card without a legal basis", () => {
    const dir = copyContent();
    edit(dir, "cards/13-cordon.yaml", (text) => text.replace(/^basis:\n( {2}- .*\n)+/m, "basis: []\n"));
    expect(() => loadRightsContent(dir)).toThrow(/13-cordon\.yaml: basis/);
  });

  it("rejects a card without a review date", () => {
    const dir = copyContent();
    edit(dir, "cards/12-phone.yaml", (text) => text.replace(/^reviewed: .*\n/m, ""));
    expect(() => loadRightsContent(dir)).toThrow(/12-phone\.yaml: reviewed/);
  });

  it.each([
    [
      "72 hours without a court as the limit",
      "05-admin-criminal.yaml",
      "A suspect may be held in a criminal case",
      "No more than 72 hours without a court. A suspect may be held in a criminal case",
      "constitution-1995",
    ],
    [
      "the same in Russian",
      "05-admin-criminal.yaml",
      "По уголовному делу подозреваемого",
      "Не более 72 часов без санкции суда. По уголовному делу подозреваемого",
      "constitution-1995",
    ],
    [
      "the 2023 Constitutional Court line",
      "06-court.yaml",
      "    • Ask for a copy of the decision.",
      "    • Since 2023 anyone may apply directly to the Constitutional Court. Ask for a copy of the decision.",
      "constitutional-court-route",
    ],
    [
      "the same in Kazakh",
      "06-court.yaml",
      "    • Шешімнің көшірмесін сұраңыз.",
      "    • 2023 жылдан бастап әркім Конституциялық Сотқа тікелей жүгіне алады. Шешімнің көшірмесін сұраңыз.",
      "constitutional-court-route",
    ],
    ["a number of days of arrest", "05-admin-criminal.yaml", "It lasts days", "It lasts up to 30 days", "admin-arrest-days"],
    ["a 3-hour administrative limit", "13-cordon.yaml", "When may we leave?", "You may be held 3 hours at most.", "coao-detention-length"],
  ])("rejects a card stating a forbidden figure: %s", (_name, file, from, to, point) => {
    const dir = copyContent();
    edit(dir, `cards/${file}`, (text) => {
      expect(text).toContain(from);
      return text.replace(from, to);
    });
    expect(() => loadRightsContent(dir)).toThrow(new RegExp(`${file.replace(".", "\\.")}: .* review point "${point}"`));
  });

  it("rejects a menu that leaves a card out, lists one twice, or grows past one screen", () => {
    let dir = copyContent();
    edit(dir, "menu.yaml", (text) => text.replace("- card: someone-detained\n", ""));
    expect(() => loadRightsContent(dir)).toThrow(/menu\.yaml does not list the card "someone-detained"/);
    dir = copyContent();
    edit(dir, "menu.yaml", (text) => text.replace("cards: [torture,", "cards: [phone, torture,"));
    expect(() => loadRightsContent(dir)).toThrow(/menu\.yaml lists the card "phone" twice/);
    dir = copyContent();
    edit(
      dir,
      "menu.yaml",
      (text) => text + Array.from({ length: 6 }, (_, i) => `- group: extra${"abcdef"[i]}\n  cards: [a, b]\n`).join(""),
    );
    expect(() => loadRightsContent(dir)).toThrow(/menu\.yaml/);
  });

  it("rejects a U basis without a review point", () => {
    const dir = copyContent();
    edit(dir, "cards/03-call.yaml", (text) => text.replace(/^unconfirmed: .*$/m, ""));
    expect(() => loadRightsContent(dir)).toThrow(/lists no review point/);
  });
});
