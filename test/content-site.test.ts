/**
 * The review site's pages (src/content-site/), built in memory from the shipped content: every card
 * and document in kk / ru / en, a page per review point listing what cites it, unconfirmed points
 * marked, content escaped. The browser test (content-site.browser.test.ts) opens the written files.
 */
import { describe, expect, it } from "vitest";
import { buildContentSite, type SiteInput } from "../src/content-site/site.js";
import { loadDocumentsContent } from "../src/documents/documents-content.js";
import { loadLockscreenCards } from "../src/lockscreen/card-content.js";
import { loadRightsContent, type RightsContent } from "../src/rights/rights-content.js";
import { LOCALES, type Locale } from "../src/shared/locales.js";
import { createI18n, translatorFor } from "../src/telegram/i18n.js";

const rights = loadRightsContent();
const documents = loadDocumentsContent(undefined, rights);
const i18n = createI18n();
const input: SiteInput = {
  rights,
  documents,
  lockscreenCards: loadLockscreenCards(rights),
  translate: (locale) => translatorFor(i18n, locale),
};

function pagesOf(site: ReturnType<typeof buildContentSite>): Map<string, string> {
  return new Map(site.map((file) => [file.path, file.text]));
}
const pages = pagesOf(buildContentSite(input));
const pageAt = (file: string): string => {
  const text = pages.get(file);
  if (text === undefined) throw new Error(`no page ${file}`);
  return text;
};

/** The column of one language on a page (the section marked with its `lang`). */
function column(pageText: string, locale: Locale): string {
  const match = new RegExp(`<section class="col" lang="${locale}">([\\s\\S]*?)</section>`).exec(pageText);
  if (!match) throw new Error(`no ${locale} column`);
  return match[1]!;
}

/** What the YAML's text looks like once escaped for HTML. */
const escaped = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

describe("content review site", () => {
  it("shows a card in Kazakh, Russian and English as the bot sends it, each in its own column", () => {
    const page = pageAt("cards/at-detention.html");
    expect(page).toContain('<meta charset="utf-8">');
    const kk = column(page, "kk");
    expect(kk).toContain("<b>Ұстап алу сәтінде</b>");
    expect(kk).toContain("Хаттаманың өз көшірмеңізді сұраңыз: оны алуға құқығыңыз бар.");
    expect(kk).toContain("<i>Құқықтық негіз: ҚР ӘҚБтК 14-бабының 3-бөлігі");
    expect(kk).toContain("Соңғы тексерілген күні: 03.12.2026");
    const ru = column(page, "ru");
    expect(ru).toContain("<b>В момент задержания</b>");
    expect(ru).toContain("<i>Правовое основание: КоАП РК ч. 3 ст. 14");
    expect(ru).toContain("Некоторые пункты ещё ждут проверки юристом.");
    const en = column(page, "en");
    expect(en).toContain("<b>At the moment of detention</b>");
    expect(en).toContain("Ask for your copy of the protocol: you are entitled to it.");
    expect(en).toContain("<i>Legal basis: Code of Administrative Offences art. 14(3)");
    // The other languages' words are not in this column.
    expect(en).not.toContain("В момент задержания");
    expect(page).toContain("last reviewed <b>03.12.2026</b>");
  });

  it("has a page for every card and every document, with its title and text in all three languages", () => {
    for (const card of rights.cards) {
      const page = pageAt(`cards/${card.id}.html`);
      for (const locale of LOCALES) {
        const col = column(page, locale);
        expect(col, `${card.id} ${locale}`).toContain(escaped(card.title[locale]));
        expect(col, `${card.id} ${locale}`).toContain(escaped(card.text[locale].trim().split("\n")[0]!));
        expect(col, `${card.id} ${locale}`).toContain(escaped(card.summary[locale]));
      }
    }
    for (const document of documents.documents) {
      const page = pageAt(`documents/${document.id}.html`);
      for (const locale of LOCALES) {
        // The document's heading is printed in capitals, as in the file the bot sends.
        expect(column(page, locale), `${document.id} ${locale}`).toContain(escaped(document.heading[locale].toUpperCase()));
        expect(column(page, locale), `${document.id} ${locale}`).toContain(escaped(document.title[locale]));
      }
    }
    const lawyer = pageAt("documents/lawyer-request.html");
    expect(column(lawyer, "kk")).toContain(
      'Өзім таңдаған қорғаушыны — адвокат <mark class="field">{lawyer}</mark> — іске қатысуға кіргізуді сұраймын.',
    );
    expect(column(lawyer, "ru")).toContain("Прошу допустить к участию в деле избранного мною защитника");
    expect(column(lawyer, "ru")).toContain("Что с ним делать");
    expect(column(lawyer, "en")).toContain("Unofficial English translation — for reading only. Do not hand this in.");
    expect(column(lawyer, "en")).toContain("I will not give evidence without my lawyer.");
  });

  it("lists the cards in the rights menu's order on the index, open review points first", () => {
    const index = pageAt("index.html");
    const order = rights.menu.flatMap((entry) => (entry.kind === "group" ? entry.cards : [entry.card]));
    const positions = order.map((id) => index.indexOf(`href="cards/${id}.html"`));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(index.indexOf('id="open-points"')).toBeLessThan(index.indexOf('id="cards"'));
    expect(index).toContain(`<b>${rights.reviewPoints.length} open review points</b>`);
    expect(index).toContain('<span lang="kk">Ұстап алу кезінде</span>');
    for (const document of documents.documents) expect(index).toContain(`href="documents/${document.id}.html"`);
    // The lock-screen card's text, per card, with the anchors the review point pages link to.
    expect(index).toContain("ҰСТАП АЛУ КЕЗІНДЕГІ ҚҰҚЫҚТАРЫҢЫЗ");
    expect(index).toContain('id="lockscreen-at-detention"');
    expect(index).toContain("Reviewed 03.12.2026. Not legal advice.");
  });

  it("has a page for every review point listing every card and document that cites it, linked back to the spot", () => {
    for (const point of rights.reviewPoints) {
      const page = pageAt(`points/${point.id}.html`);
      expect(page).toContain(escaped(point.brief));
      for (const card of rights.cards.filter((item) => item.unconfirmed.includes(point.id))) {
        expect(page, `${point.id} → ${card.id}`).toContain(`href="../cards/${card.id}.html#point-${point.id}"`);
        expect(pageAt(`cards/${card.id}.html`)).toContain(`id="point-${point.id}"`);
      }
      for (const document of documents.documents.filter((item) => item.unconfirmed.includes(point.id))) {
        expect(page, `${point.id} → ${document.id}`).toContain(`href="../documents/${document.id}.html#point-${point.id}"`);
      }
    }
    const identity = pageAt("points/identity-refusal.html");
    expect(identity).toContain("At the moment of detention</a> <code>at-detention</code>");
    // at-detention is on the lock-screen card, so its line there relies on the point too.
    expect(pageAt("points/constitution-1995.html")).toContain('href="../index.html#lockscreen-at-detention"');
  });

  it("marks unconfirmed points and citations visibly, with a legend", () => {
    const page = pageAt("cards/at-detention.html");
    expect(page).toContain('<div class="point" id="point-identity-refusal"><p><span class="badge badge-U">open · unconfirmed</span>');
    expect(page).toContain('<span class="badge badge-U">U · unconfirmed</span> <b>Constitution (1995)</b> art. 77 part 3');
    expect(page).toContain('<span class="badge badge-V">V · verified</span> <b>Criminal Procedure Code</b> art. 131 part 1');
    expect(page).toContain('<div class="legend">');
    expect(page).toContain("Review points it relies on (3)");
  });

  it("escapes HTML special characters in the content", () => {
    const [first, ...rest] = rights.cards;
    const hostile: RightsContent = {
      ...rights,
      cards: [
        {
          ...first!,
          title: { ...first!.title, en: 'Arrest <script>alert("x")</script> & co' },
          text: { ...first!.text, ru: "• Скажите: <b>нет</b> & <a href=x>ссылка</a>" },
        },
        ...rest,
      ],
      reviewPoints: rights.reviewPoints.map((point) =>
        point.id === "identity-refusal" ? { ...point, brief: "Is <img src=x onerror=alert(1)> allowed?" } : point,
      ),
    };
    const site = pagesOf(buildContentSite({ ...input, rights: hostile }));
    const card = site.get(`cards/${first!.id}.html`)!;
    expect(card).toContain('Arrest &lt;script&gt;alert("x")&lt;/script&gt; &amp; co');
    expect(card).toContain("• Скажите: &lt;b&gt;нет&lt;/b&gt; &amp; &lt;a href=x&gt;ссылка&lt;/a&gt;");
    expect(card).not.toContain("<script>");
    expect(card).not.toContain("<a href=x>");
    const point = site.get("points/identity-refusal.html")!;
    expect(point).toContain("Is &lt;img src=x onerror=alert(1)&gt; allowed?");
    expect(site.get("index.html")).not.toContain("<img");
  });
});
