/**
 * The cards added in revision 2 of the brief (issue 7 §3), walked through the bot as a
 * person taps them, in each language: rights menu → group → card. Literal words only.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buttonsOf } from "./helpers/fake-telegram.js";
import { createTestBot } from "./helpers/harness.js";
import { openTestStorage } from "./helpers/test-storage.js";
import { command, person, press } from "./helpers/updates.js";

let storage: Awaited<ReturnType<typeof openTestStorage>>;
beforeAll(async () => {
  storage = await openTestStorage();
});
afterAll(() => storage.drop());

type Locale = "kk" | "ru" | "en";
interface Expected {
  /** The group button to press first, or none when the card is on the rights menu itself. */
  group?: string;
  title: Record<Locale, string>;
  /** Words the card must show, per language. */
  says: Record<Locale, string[]>;
  basis: Record<Locale, string>;
  unconfirmed: boolean;
}

const CARDS: Record<string, Expected> = {
  "someone-detained": {
    title: { en: "Looking for someone who was detained", ru: "Если вы ищете задержанного", kk: "Ұстап алынған адамды іздесеңіз" },
    says: {
      en: [
        "the temporary holding facility, the special detention centre, the court",
        "send a written inquiry to the prosecutor's office",
        "their embassy or consulate is told of the detention",
        "Report the detention here: 📝 Report a detention.",
      ],
      ru: [
        "в изоляторе временного содержания (ИВС), в спецприёмнике, в суде",
        "направьте письменный запрос в прокуратуру",
        "о задержании сообщают его посольству или консульству",
        "Сообщите о задержании здесь: 📝 Сообщить о задержании.",
      ],
      kk: [
        "уақытша ұстау изоляторынан (УҰИ), арнаулы қабылдау орнынан, соттан",
        "прокуратураға жазбаша сауал жолдаңыз",
        "оның елшілігіне немесе консулдығына",
        "Ұстап алу туралы осында хабарлаңыз: 📝 Ұстап алу туралы хабарлау.",
      ],
    },
    basis: {
      en: "Legal basis: Criminal Procedure Code art. 135; Code of Administrative Offences art. 788(2)",
      ru: "Правовое основание: УПК РК ст. 135; КоАП РК ч. 2 ст. 788",
      kk: "Құқықтық негіз: ҚР ҚПК 135-бап; ҚР ӘҚБтК 788-бабының 2-бөлігі",
    },
    unconfirmed: true,
  },
  "medical-evidence": {
    group: "afterwards",
    title: {
      en: "After ill-treatment: medical evidence",
      ru: "После жестокого обращения: медицинские доказательства",
      kk: "Қатыгез қарым-қатынастан кейін: медициналық дәлелдер",
    },
    says: {
      en: [
        "Ask for a doctor at once.",
        "On admission to a special detention centre you get a medical examination",
        "the same day",
        "with a ruler or a coin beside them for scale",
        "Keep every paper",
      ],
      ru: [
        "Сразу просите врача.",
        "При поступлении в спецприёмник проводится медицинский осмотр",
        "в тот же день",
        "с линейкой или монетой рядом для масштаба",
        "Сохраняйте все бумаги",
      ],
      kk: [
        "Бірден дәрігер шақыруды сұраңыз.",
        "Арнаулы қабылдау орнына қабылдау кезінде медициналық тексеру жүргізіледі",
        "Босатылған күні",
        "сызғыш не тиын",
        "Барлық қағазды сақтаңыз",
      ],
    },
    basis: {
      en: "Law No. 353-I of 30 March 1999 on holding persons in special institutions art. 46-6",
      ru: "от 30.03.1999 № 353-I ст. 46-6",
      kk: "30.03.1999 № 353-I 46-6-бап",
    },
    unconfirmed: true,
  },
  phone: {
    group: "detention",
    title: { en: "Your phone", ru: "Ваш телефон", kk: "Сіздің телефоныңыз" },
    says: {
      en: [
        "the model, the colour and the IMEI",
        "dial *#06#",
        "Once detained, do not delete anything from your phone.",
        '"I will answer that with my lawyer."',
        "it works without internet",
      ],
      ru: [
        "модель, цвет и IMEI",
        "наберите сейчас *#06#",
        "После задержания ничего не удаляйте с телефона.",
        "«Я отвечу на это в присутствии своего адвоката»",
        "он открывается без интернета",
      ],
      kk: [
        "моделін, түсін және IMEI-ін",
        "*#06# теріп",
        "Ұстап алынғаннан кейін телефоннан ештеңе өшірмеңіз.",
        "«Бұған адвокатымның қатысуымен жауап беремін»",
        "ол интернетсіз ашылады",
      ],
    },
    basis: {
      en: "Legal basis: lawyers' practice guides",
      ru: "Правовое основание: практические пособия адвокатов",
      kk: "Құқықтық негіз: адвокаттардың практикалық нұсқаулықтары",
    },
    unconfirmed: true,
  },
  cordon: {
    group: "assembly",
    title: { en: "Held in a cordon", ru: "Если вас держат в оцеплении", kk: "Сізді қоршауда ұстап тұрса" },
    says: {
      en: [
        '"Am I detained? On what grounds? When may we leave?"',
        "water, a toilet and a doctor",
        "when the cordon closed",
        "unit names, badge and vehicle numbers",
        '🩹 Report ill-treatment, then "Held for hours in a cordon"',
      ],
      ru: [
        "«Я задержан? На каком основании? Когда мы можем уйти?»",
        "воду, туалет и врача",
        "когда закрыли оцепление",
        "названия подразделений, номера жетонов и машин",
        "🩹 Сообщить о жестоком обращении, затем «Часами держали в оцеплении»",
      ],
      kk: [
        "«Мені ұстап алдыңыздар ма? Қандай негізбен? Қашан кете аламыз?»",
        "Су, дәретхана және",
        "қоршау қашан жабылды",
        "төсбелгі және көлік нөмірлерін",
        "🩹 Қатыгез қарым-қатынас туралы хабарлау, содан кейін «Сағаттап қоршауда ұстау»",
      ],
    },
    basis: {
      en: "Legal basis: Code of Administrative Offences art. 14(1), art. 14(3), art. 14(7)",
      ru: "Правовое основание: КоАП РК ч. 1 ст. 14, ч. 3 ст. 14, ч. 7 ст. 14",
      kk: "Құқықтық негіз: ҚР ӘҚБтК 14-бабының 1-бөлігі, 14-бабының 3-бөлігі, 14-бабының 7-бөлігі",
    },
    unconfirmed: false,
  },
  summoned: {
    group: "afterwards",
    title: { en: "Summoned after the event", ru: "Если вызывают после события", kk: "Оқиғадан кейін шақырса" },
    says: {
      en: [
        "call a lawyer first and go together",
        'A status of "witness with the right to defence" exists',
        "Ask your lawyer what it gives you.",
      ],
      ru: [
        "сначала позвоните адвокату и идите вместе",
        "Есть статус «свидетель, имеющий право на защиту»",
        "Спросите адвоката, что он вам даёт.",
      ],
      kk: [
        "алдымен адвокатқа қоңырау шалып, бірге барыңыз",
        "«қорғалу құқығы бар куә» мәртебесі бар",
        "Оның сізге не беретінін адвокатыңыздан сұраңыз.",
      ],
    },
    basis: {
      en: "Legal basis: Criminal Procedure Code art. 65-1, art. 131(1)",
      ru: "Правовое основание: УПК РК ст. 65-1, ч. 1 ст. 131",
      kk: "Құқықтық негіз: ҚР ҚПК 65-1-бап, 131-бабының 1-бөлігі",
    },
    unconfirmed: true,
  },
  minors: {
    group: "detention",
    title: { en: "If you are under 18", ru: "Если вам нет 18", kk: "18-ге толмаған болсаңыз" },
    says: {
      en: [
        'Say at once: "I am under 18."',
        "Insist that your parents or legal representative are told where you are",
        "Insist on a lawyer.",
      ],
      ru: [
        "Сразу скажите: «Мне нет 18».",
        "Настаивайте, чтобы вашим родителям или законному представителю сообщили, где вы",
        "Настаивайте на адвокате.",
      ],
      kk: [
        "Бірден айтыңыз: «Мен 18-ге толмағанмын».",
        "Ата-анаңызға немесе заңды өкіліңізге қай жерде екеніңізді хабарлауды",
        "Адвокат келуін талап етіңіз.",
      ],
    },
    basis: {
      en: "Legal basis: Code of Administrative Offences art. 788(2); Criminal Procedure Code art. 131(1)",
      ru: "Правовое основание: КоАП РК ч. 2 ст. 788; УПК РК ч. 1 ст. 131",
      kk: "Құқықтық негіз: ҚР ӘҚБтК 788-бабының 2-бөлігі; ҚР ҚПК 131-бабының 1-бөлігі",
    },
    unconfirmed: true,
  },
};

const REVIEWED: Record<Locale, string> = {
  en: "Last reviewed: 03.12.2026",
  ru: "Последняя проверка: 03.12.2026",
  kk: "Соңғы тексерілген күні: 03.12.2026",
};
const AWAITS_REVIEW: Record<Locale, string> = {
  en: "Some points await a lawyer's review. Ask your lawyer.",
  ru: "Некоторые пункты ещё ждут проверки юристом. Спросите своего адвоката.",
  kk: "Кейбір тармақтар заңгердің тексеруін күтуде. Адвокатыңыздан сұраңыз.",
};
const BACK: Record<Locale, string> = { en: "‹ Back", ru: "‹ Назад", kk: "‹ Артқа" };

let nextUser = 8_000;

describe.each(["kk", "ru", "en"] as const)("the new rights cards in %s", (locale) => {
  it.each(Object.keys(CARDS))("%s: from the rights menu, through its group, with basis, review date and Back", async (id) => {
    const expected = CARDS[id]!;
    const { send, telegram } = createTestBot(storage);
    const user = person(nextUser++, locale);
    await send(command(user, "rights"));
    const menuId = 1;
    const menu = buttonsOf(telegram.last("sendMessage"));
    let screen = menu;
    if (expected.group) {
      const groupButton = menu.find((b) => b.data === `rg:${expected.group}`)!;
      expect(groupButton, `group ${expected.group} on the menu`).toBeDefined();
      await send(press(user, groupButton.data, menuId));
      screen = buttonsOf(telegram.last("editMessageText"));
    }
    const cardButton = screen.find((b) => b.data === `r:${id}`);
    expect(cardButton?.text).toBe(expected.title[locale]);
    await send(press(user, cardButton!.data, menuId));

    const shown = telegram.last("editMessageText");
    const text = String(shown.payload.text);
    expect(text.startsWith(`<b>${expected.title[locale]}</b>`)).toBe(true);
    for (const words of expected.says[locale]) expect(text).toContain(words);
    expect(text).toContain(expected.basis[locale]);
    expect(text).toContain(REVIEWED[locale]);
    if (expected.unconfirmed) expect(text).toContain(AWAITS_REVIEW[locale]);
    else expect(text).not.toContain(AWAITS_REVIEW[locale]);
    expect(buttonsOf(shown)[0]).toEqual({ text: BACK[locale], data: expected.group ? `rg:${expected.group}` : "rights" });
  });
});
