import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PNG } from "pngjs";
import { Resvg } from "@resvg/resvg-js";
import { loadRightsContent } from "../src/rights/rights-content.js";
import { NO_ALLIANCE, type AllianceConfig } from "../src/config/alliance.js";
import { loadLockscreenCards, lockscreenBlocks, readPhoneNumber, type LockscreenTexts } from "../src/lockscreen/card-content.js";
import { cardSvg, renderOptions, svgToPng } from "../src/lockscreen/render.js";
import { pseudonymizer } from "../src/security/data-key.js";
import { buttonsOf, type ApiCall, type UploadedFile } from "./helpers/fake-telegram.js";
import { createTestBot } from "./helpers/harness.js";
import { openTestStorage } from "./helpers/test-storage.js";
import { command, person, press, text } from "./helpers/updates.js";

const content = loadRightsContent();
const cards = loadLockscreenCards(content);
let storage: Awaited<ReturnType<typeof openTestStorage>>;

beforeAll(async () => {
  storage = await openTestStorage();
});
afterAll(() => storage.drop());

const ALLIANCE: AllianceConfig = {
  ...NO_ALLIANCE,
  hotlines: [{ label: { kk: "Альянстың жедел желісі", ru: "Горячая линия Альянса", en: "Alliance hotline" }, value: "+7 727 000 11 22" }],
};

/** What a person sees on the image, word for word, per language (the cards' summaries and the drawn headings). */
const ON_THE_CARD = {
  kk: {
    title: "ҰСТАП АЛУ КЕЗІНДЕГІ ҚҰҚЫҚТАРЫҢЫЗ",
    hotlines: "Жедел желі",
    lawyer: "Менің адвокатым",
    footer: `${reviewedDate()} тексерілді. Бұл заң кеңесі емес.`,
    words: ["Ұстап алу сәтінде", "үндемеңіз", "Сіздің адвокатыңыз", "оңаша", "Азаптауға толық тыйым салынған", "48 сағат"],
  },
  ru: {
    title: "ВАШИ ПРАВА ПРИ ЗАДЕРЖАНИИ",
    hotlines: "Горячая линия",
    lawyer: "Мой адвокат",
    footer: `Проверено ${reviewedDate()}. Это не юридическая консультация.`,
    words: ["В момент задержания", "Не подписывайте пустое", "встреча с ним наедине", "Пытки запрещены абсолютно", "48 часов"],
  },
  en: {
    title: "YOUR RIGHTS AT DETENTION",
    hotlines: "Hotline",
    lawyer: "My lawyer",
    footer: `Reviewed ${reviewedDate()}. Not legal advice.`,
    words: ["At the moment of detention", "Sign nothing blank", "a private meeting", "Torture is banned absolutely", "48 hours"],
  },
} satisfies Record<string, LockscreenTexts & { words: string[] }>;

function reviewedDate(): string {
  const [y, m, d] = loadRightsContent().lastReviewed.split("-");
  return `${d}.${m}.${y}`;
}

/** The text drawn by the SVG, lines joined by spaces (a wrapped sentence reads whole again). */
function drawnText(svg: string): string {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
    .map((match) =>
      match[1]!
        .replace(/&amp;/g, "&")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'"),
    )
    .join(" ");
}

function uploaded(call: ApiCall): UploadedFile {
  return Object.values(call.payload).find((v): v is UploadedFile => typeof v === "object" && v !== null && "bytes" in v)!;
}

function decode(bytes: Buffer) {
  const png = PNG.sync.read(bytes);
  const colours = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4 * 97) colours.add(png.data.readUInt32BE(i));
  return { width: png.width, height: png.height, colours: colours.size, data: png.data };
}

describe("the lock-screen card through the bot", () => {
  it.each(["kk", "ru", "en"] as const)("in %s: a portrait PNG sent as a photo and as a file, with the card's words", async (locale) => {
    const { send, telegram } = createTestBot(storage, { alliance: ALLIANCE });
    const someone = person(7_100_000 + Math.floor(Math.random() * 1e5), locale);
    await send(command(someone, "start"));
    const menu = buttonsOf(telegram.last("sendMessage")).map((b) => b.text);
    const lockscreenButton = {
      kk: "📱 Құлып экранына арналған карточка",
      ru: "📱 Карточка на экран блокировки",
      en: "📱 Lock-screen card",
    }[locale];
    const saveCard = { kk: "📌 Құқықтар карточкасын сақтау", ru: "📌 Сохранить карточку прав", en: "📌 Save a rights card" }[locale];
    expect(menu.indexOf(lockscreenButton)).toBe(menu.indexOf(saveCard) + 1);

    await send(press(someone, "ls"));
    const question = telegram.last("sendMessage");
    expect(question.payload.text).toContain(
      { kk: "Өз адвокатыңыздың нөмірін қосу үшін", ru: "Чтобы добавить номер своего адвоката", en: "To add your own lawyer's number" }[
        locale
      ],
    );
    const plain = buttonsOf(question).find(
      (b) => b.text === { kk: "Нөмірсіз жасау", ru: "Сделать без номера", en: "Make it without a number" }[locale],
    )!;
    telegram.clear();
    await send(press(someone, plain.data));

    const photo = telegram.last("sendPhoto");
    const file = telegram.last("sendDocument");
    expect(String(file.payload.caption)).toContain(
      { kk: "құлып экранының тұсқағазы", ru: "обоями экрана блокировки", en: "lock-screen wallpaper" }[locale],
    );
    const document = uploaded(file);
    expect(document.filename).toBe(`rights-lockscreen-${locale}.png`);
    const image = decode(document.bytes);
    expect([image.width, image.height]).toEqual([1080, 2340]);
    expect(image.colours).toBeGreaterThan(5); // not a blank image: background, text, accents, anti-aliasing
    expect(uploaded(photo).bytes.equals(document.bytes)).toBe(true);

    // The text on the image is the cards' own text: the SVG says the literal words, and the bot's PNG is that SVG's picture.
    const words = ON_THE_CARD[locale];
    const svg = cardSvg(lockscreenBlocks({ cards, alliance: ALLIANCE, locale, texts: words }));
    const drawn = drawnText(svg);
    for (const word of [words.title, ...words.words, words.hotlines, "+7 727 000 11 22", words.footer]) expect(drawn).toContain(word);
    expect(decode(await svgToPng(svg)).data.equals(image.data)).toBe(true);
  });

  it("the languages give different images, and no hotline is drawn when none is configured", async () => {
    const svgs = (["kk", "ru"] as const).map((locale) =>
      cardSvg(lockscreenBlocks({ cards, alliance: NO_ALLIANCE, locale, texts: ON_THE_CARD[locale] })),
    );
    expect(drawnText(svgs[0]!)).not.toContain(ON_THE_CARD.kk.hotlines);
    expect(drawnText(svgs[0]!)).not.toMatch(/\+7|\d{3} \d{3}/);
    const [kk, ru] = await Promise.all(svgs.map(svgToPng));
    expect(decode(kk!).data.equals(decode(ru!).data)).toBe(false);
  });

  it("a typed lawyer's number is drawn, its message deleted, and it is kept nowhere: not in the database, not in the log", async () => {
    const { send, telegram, deps, logLines } = createTestBot(storage, { alliance: ALLIANCE });
    const someone = person(7_200_000 + Math.floor(Math.random() * 1e5), "ru");
    const number = "+7 (701) 555-19-83";
    await send(command(someone, "lockscreen"));
    const sessionKey = pseudonymizer(deps.pseudonymKey)(someone.id);
    expect(await deps.storage.sessions.read(sessionKey)).toEqual({ lockscreenUntil: expect.any(Number) });
    const typed = text(someone, number);
    await send(typed);

    const deleted = telegram.last("deleteMessage");
    expect(deleted.payload.message_id).toBe(typed.message!.message_id);
    const image = decode(uploaded(telegram.last("sendDocument")).bytes);
    const svg = cardSvg(lockscreenBlocks({ cards, alliance: ALLIANCE, locale: "ru", texts: ON_THE_CARD.ru, lawyerNumber: number }));
    expect(drawnText(svg)).toContain(`Мой адвокат: ${number}`);
    expect(decode(await svgToPng(svg)).data.equals(image.data)).toBe(true);
    expect(telegram.texts().at(-1)).toBe("Номер есть только на картинке: ваше сообщение с ним удалено из чата.");

    const digits = "7015551983";
    for (const { name } of await storage.db.listCollections().toArray()) {
      const raw = JSON.stringify(await storage.db.collection(name).find({}).toArray());
      expect(raw.replace(/\D/g, ""), name).not.toContain(digits);
      expect(raw, name).not.toContain("555-19-83");
    }
    // The session (sealed at rest) holds no flag and no number afterwards.
    expect(await deps.storage.sessions.read(sessionKey)).toBeUndefined();
    const log = logLines.join("");
    expect(log).not.toContain("555-19-83");
    expect(log.replace(/\D/g, "")).not.toContain(digits);

    // The next text is an ordinary message again.
    telegram.clear();
    await send(text(someone, "+7 701 000 00 00"));
    expect(telegram.callsOf("sendDocument")).toHaveLength(0);
  });

  it("what is not a phone number is deleted and asked again, politely, with the way out", async () => {
    const { send, telegram } = createTestBot(storage);
    const someone = person(7_300_000 + Math.floor(Math.random() * 1e5), "kk");
    await send(command(someone, "lockscreen"));
    telegram.clear();
    await send(text(someone, "Асқар 8 701 555"));
    expect(telegram.callsOf("deleteMessage")).toHaveLength(1);
    const reply = telegram.last("sendMessage");
    expect(reply.payload.text).toBe(
      "Бұл телефон нөміріне ұқсамайды (тек сандар, бос орындар және + - ( )). Жазбаңызды өшірдім. Нөмірді қайта жазыңыз немесе карточканы нөмірсіз жасаңыз.",
    );
    expect(buttonsOf(reply).map((b) => b.text)).toEqual(["Нөмірсіз жасау"]);
    expect(telegram.callsOf("sendDocument")).toHaveLength(0);
    await send(text(someone, "8 701 555 19 83"));
    expect(telegram.callsOf("sendDocument")).toHaveLength(1);
  });

  it("a text without a digit is no number: the wait ends and the text goes on as usual", async () => {
    const { send, telegram } = createTestBot(storage);
    const someone = person(7_500_000 + Math.floor(Math.random() * 1e5), "en");
    await send(command(someone, "lockscreen"));
    telegram.clear();
    await send(text(someone, "hello"));
    expect(telegram.callsOf("deleteMessage")).toHaveLength(0);
    expect(telegram.last("sendMessage").payload.text).toBe("I answer with buttons. Please choose below.");
    await send(text(someone, "+7 701 555 19 83"));
    expect(telegram.callsOf("sendDocument")).toHaveLength(0);
  });

  it("a command ends the wait for the number", async () => {
    const { send, telegram } = createTestBot(storage);
    const someone = person(7_400_000 + Math.floor(Math.random() * 1e5), "en");
    await send(command(someone, "lockscreen"));
    await send(command(someone, "rights"));
    telegram.clear();
    await send(text(someone, "+7 701 555 19 83"));
    expect(telegram.callsOf("sendDocument")).toHaveLength(0);
  });
});

describe("the card's layout", () => {
  it("reads phone numbers as people type them, and nothing else", () => {
    expect(readPhoneNumber(" +7 (701) 555-19-83 ")).toBe("+7 (701) 555-19-83");
    expect(readPhoneNumber("87015551983")).toBe("87015551983");
    for (const wrong of ["Асқар", "1234", "+7 701 555 19 83 ext 2", "1".repeat(16), "<b>12345</b>"])
      expect(readPhoneNumber(wrong)).toBeUndefined();
  });

  it("long Kazakh lines, many hotlines and a long number never leave the image", () => {
    const long = "Әкімшілік құқық бұзушылық туралы істер бойынша ұстап алу хаттамасының көшірмесін міндетті түрде талап етіңіз";
    const alliance: AllianceConfig = {
      ...NO_ALLIANCE,
      hotlines: Array.from({ length: 10 }, (_, i) => ({
        label: { kk: `${long} ${i}`, ru: long, en: long },
        value: `+7 (727) 000-00-0${i} ${"ҚҰҚЫҚҚОРҒАУШЫЛАРАЛЬЯНСЫ".repeat(3)}`,
      })),
    };
    const svg = cardSvg(
      lockscreenBlocks({
        cards,
        alliance,
        locale: "kk",
        texts: { ...ON_THE_CARD.kk, title: `${long} ${long}` },
        lawyerNumber: "+7 (701) 555-19-83",
      }),
    );
    // The ink alone (without the background and the accent bar) stays inside the margins.
    const ink = new Resvg(svg.replace(/<rect[^>]*\/>/g, ""), renderOptions()).getBBox()!;
    expect(ink.x).toBeGreaterThanOrEqual(60);
    expect(ink.x + ink.width).toBeLessThanOrEqual(1080 - 60);
    expect(ink.y + ink.height).toBeLessThanOrEqual(2340 - 200);
    // Kazakh letters are drawn as they are, and the lawyer's number is never the part left out.
    expect(drawnText(svg)).toContain("Менің адвокатым: +7 (701) 555-19-83");
    expect(drawnText(svg)).toMatch(/[әғқңөұүһі]/);
  });
});
