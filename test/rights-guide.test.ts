import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createI18n } from "../src/telegram/i18n.js";
import { loadRightsContent } from "../src/rights/rights-content.js";
import { NO_ALLIANCE, type AllianceConfig } from "../src/config/alliance.js";
import { buttonsOf } from "./helpers/fake-telegram.js";
import { createTestBot } from "./helpers/harness.js";
import { openTestStorage } from "./helpers/test-storage.js";
import { command, person, press } from "./helpers/updates.js";

const i18n = createI18n();

/** The greeting and main menu as a person must see them. */
const GREETING: Record<string, string> = {
  kk: "Сәлеметсіз бе. Бұл бот ұстап алу кезінде көмектеседі: құқықтарыңызды және не істеу керектігін біліңіз.\nТөменнен таңдаңыз.",
  ru: "Здравствуйте. Этот бот помогает при задержании: узнайте свои права и что делать.\nВыберите ниже.",
  en: "Hello. This bot helps at detention: know your rights, and what to do.\nChoose below.",
};
const MAIN_MENU: Record<string, string[]> = {
  kk: [
    "👀 Біреуді қазір ұстап жатыр",
    "📝 Ұстап алу туралы хабарлау",
    "🩹 Қатыгез қарым-қатынас туралы хабарлау",
    "⚖️ Ұстап алу кезіндегі құқықтарым",
    "📌 Құқықтар карточкасын сақтау",
    "📱 Құлып экранына арналған карточка",
    "📄 Тапсыруға арналған құжаттар",
    "⏱ Жиналысқа барамын",
    "🌐 Тіл / Язык / Language",
    "🧹 Осы чатты тазалау",
    "🗑 Мені ұмыт",
  ],
  ru: [
    "👀 Человека задерживают сейчас",
    "📝 Сообщить о задержании",
    "🩹 Сообщить о жестоком обращении",
    "⚖️ Мои права при задержании",
    "📌 Сохранить карточку прав",
    "📱 Карточка на экран блокировки",
    "📄 Документы для подачи",
    "⏱ Иду на собрание",
    "🌐 Тіл / Язык / Language",
    "🧹 Очистить этот чат",
    "🗑 Забыть меня",
  ],
  en: [
    "👀 Someone is being detained now",
    "📝 Report a detention",
    "🩹 Report ill-treatment",
    "⚖️ My rights at detention",
    "📌 Save a rights card",
    "📱 Lock-screen card",
    "📄 Documents to hand in",
    "⏱ I'm going to an assembly",
    "🌐 Тіл / Язык / Language",
    "🧹 Clear this chat",
    "🗑 Forget me",
  ],
};

/** The rights menu as a person must see it. */
const RIGHTS_MENU = {
  kk: [
    "Ұстап алу кезінде",
    "Бейбіт жиналыста",
    "Кейін: қатыгез қарым-қатынас, сот, шақыру",
    "Ұстап алынған адамды іздесеңіз",
    "📌 Құқықтар карточкасын сақтау",
    "≡ Басты мәзір",
  ],
  ru: [
    "При задержании",
    "На мирном собрании",
    "После: жестокое обращение, суд, вызов",
    "Если вы ищете задержанного",
    "📌 Сохранить карточку прав",
    "≡ Главное меню",
  ],
  en: [
    "At detention",
    "At an assembly",
    "Afterwards: ill-treatment, court, summons",
    "Looking for someone who was detained",
    "📌 Save a rights card",
    "≡ Main menu",
  ],
};
const content = loadRightsContent();
let storage: Awaited<ReturnType<typeof openTestStorage>>;

beforeAll(async () => {
  storage = await openTestStorage();
});
afterAll(() => storage.drop());

describe("language of the first answer", () => {
  it.each([
    ["ru", "ru"],
    ["kk", "kk"],
    ["en", "en"],
    ["de", "en"],
    ["kk-KZ", "kk"],
    [undefined, "en"],
  ])("Telegram language %s answers in %s", async (code, locale) => {
    const { send, telegram } = createTestBot(storage);
    await send(command(person(1000 + Math.floor(Math.random() * 1e6), code), "start"));
    const reply = telegram.last("sendMessage");
    expect(reply.payload.text).toBe(GREETING[locale]);
    expect(buttonsOf(reply).map((b) => b.text)).toEqual(MAIN_MENU[locale]);
  });
});

describe("the rights guide", () => {
  it("walks menu → group → topic → Back → Back → main menu, editing one message and answering every button", async () => {
    const { send, telegram } = createTestBot(storage);
    const user = person(2001, "ru");
    await send(command(user, "start"));
    const menuMessageId = 7;

    await send(press(user, "rights", menuMessageId));
    const rightsMenu = telegram.last("editMessageText");
    expect(rightsMenu.payload.message_id).toBe(menuMessageId);
    expect(rightsMenu.payload.text).toBe("Ваши права. Выберите тему:");
    expect(buttonsOf(rightsMenu).map((b) => b.text)).toEqual(RIGHTS_MENU.ru);

    await send(press(user, "rg:detention", menuMessageId));
    const group = telegram.last("editMessageText");
    expect(group.payload.text).toBe("<b>При задержании</b>\nВыберите тему:");
    expect(buttonsOf(group).map((b) => b.text)).toEqual([
      "В момент задержания",
      "Административное или уголовное задержание",
      "Ваш адвокат",
      "Право на звонок",
      "Ваш телефон",
      "Если вам нет 18",
      "‹ Назад",
      "≡ Главное меню",
    ]);

    await send(press(user, "r:lawyer", menuMessageId));
    const card = telegram.last("editMessageText");
    expect(card.payload.parse_mode).toBe("HTML");
    expect(card.payload.text).toContain("<b>Ваш адвокат</b>");
    expect(card.payload.text).toContain("До первого допроса встретьтесь с адвокатом наедине.");
    expect(card.payload.text).toContain("Правовое основание: УПК РК ч. 1 ст. 131;");
    expect(card.payload.text).toContain("Конституция РК (1995) ч. 3 ст. 16");
    expect(card.payload.text).toContain("Последняя проверка: 03.12.2026");
    expect(card.payload.text).toContain("Некоторые пункты ещё ждут проверки юристом. Спросите своего адвоката.");
    expect(buttonsOf(card)).toEqual([
      { text: "‹ Назад", data: "rg:detention" },
      { text: "≡ Главное меню", data: "menu" },
    ]);

    await send(press(user, "rg:detention", menuMessageId));
    expect(telegram.last("editMessageText").payload.text).toBe("<b>При задержании</b>\nВыберите тему:");
    await send(press(user, "rights", menuMessageId));
    expect(telegram.last("editMessageText").payload.text).toBe("Ваши права. Выберите тему:");
    await send(press(user, "menu", menuMessageId));
    expect(telegram.last("editMessageText").payload.text).toBe("Главное меню. Выберите ниже.");

    expect(telegram.callsOf("answerCallbackQuery")).toHaveLength(6);
    expect(telegram.callsOf("sendMessage")).toHaveLength(1);
  });

  it.each(["kk", "ru", "en"] as const)("keeps the rights menu one screen in %s: groups, then Save and Main menu", async (locale) => {
    const { send, telegram } = createTestBot(storage);
    await send(command(person(2050 + locale.charCodeAt(0), locale), "rights"));
    const buttons = buttonsOf(telegram.last("sendMessage"));
    expect(buttons.map((b) => b.text)).toEqual(RIGHTS_MENU[locale]);
    expect(buttons.length).toBeLessThanOrEqual(12);
    // Every card is reachable: directly, or through its group.
    expect(content.cards.length).toBeGreaterThanOrEqual(15);
  });

  it("treats a group that no longer exists as a stale button", async () => {
    const { send, telegram } = createTestBot(storage);
    await send(press(person(2060, "en"), "rg:gone"));
    expect(telegram.last("answerCallbackQuery").payload.text).toBe("This button is out of date. Here is the current menu.");
  });

  it("shows every card in every language with its basis and review date, within Telegram's limits", async () => {
    const { send, telegram } = createTestBot(storage);
    for (const locale of ["kk", "ru", "en"]) {
      const user = person(2100 + locale.length + locale.charCodeAt(0), locale);
      for (const card of content.cards) {
        await send(press(user, `r:${card.id}`));
        const text = String(telegram.last("editMessageText").payload.text);
        expect(text).toContain(card.title[locale as "kk"]);
        expect(text).toContain(i18n.t(locale, "card-basis", { basis: "" }).trim());
        expect(text.length).toBeLessThanOrEqual(4096);
      }
    }
  });

  it("sends the whole summary as one message to keep, in the user's language", async () => {
    const { send, telegram } = createTestBot(storage);
    const user = person(2200, "kk");
    await send(press(user, "card"));
    expect(telegram.last("answerCallbackQuery").payload.text).toBe("Төменде жіберілді. Оны бекітіп қойыңыз немесе скриншот жасаңыз.");
    const summary = telegram.last("sendMessage");
    expect(summary.payload.text.length).toBeLessThanOrEqual(4096);
    for (const card of content.cards) expect(summary.payload.text).toContain(card.title.kk);
    expect(summary.payload.text.startsWith("<b>ҰСТАП АЛУ КЕЗІНДЕГІ ҚҰҚЫҚТАРЫҢЫЗ</b>")).toBe(true);
    expect(summary.payload.text).not.toContain("Хабарламаңызды тексеріңіз");
    expect(summary.payload.reply_markup).toBeUndefined();
  });

  it.each([
    [
      "en",
      "<b>YOUR RIGHTS AT DETENTION</b>",
      "A suspect may be held 48 hours without a court, up to 72 only in exceptional cases.",
      "a private meeting before questioning.",
      /no more than 72/i,
    ],
    [
      "ru",
      "<b>ВАШИ ПРАВА ПРИ ЗАДЕРЖАНИИ</b>",
      "Подозреваемого могут задержать на 48 часов без санкции суда, до 72 — только в исключительных случаях.",
      "встреча с ним наедине до допроса.",
      /не более 72/i,
    ],
    [
      "kk",
      "<b>ҰСТАП АЛУ КЕЗІНДЕГІ ҚҰҚЫҚТАРЫҢЫЗ</b>",
      "Күдіктіні сот санкциясынсыз ұстап алу мерзімі — 48 сағат, 72 сағатқа дейін — ерекше жағдайларда ғана.",
      "жауап алуға дейін онымен оңаша кездесу.",
      /72 сағаттан аспайды/,
    ],
  ])(
    "the pinned card in %s has its own heading and the CPC rule, not the 1995 Constitution's 72 hours",
    async (locale, heading, rule, lawyer, forbidden) => {
      const { send, telegram } = createTestBot(storage);
      await send(command(person(2250 + String(locale).charCodeAt(0), String(locale)), "card"));
      const text = String(telegram.last("sendMessage").payload.text);
      expect(text.split("\n")[0]).toBe(heading);
      expect(text).toContain(rule);
      expect(text).toContain(lawyer);
      expect(text).not.toMatch(forbidden);
      expect(text).not.toMatch(/2023/);
    },
  );

  it("shows no contacts when none are configured, and the configured ones otherwise", async () => {
    const alliance: AllianceConfig = {
      ...NO_ALLIANCE,
      name: { kk: "Одақ", ru: "Альянс", en: "Alliance" },
      hotlines: [{ label: { kk: "Заңгер", ru: "Юрист", en: "Lawyer" }, value: "+7 700 000 00 00 (sample)" }],
      contacts: [],
    };
    const user = person(2300, "en");
    const plain = createTestBot(storage);
    await plain.send(command(user, "start"));
    expect(buttonsOf(plain.telegram.last("sendMessage")).some((b) => b.data === "contacts")).toBe(false);
    await plain.send(press(user, "card"));
    expect(plain.telegram.last("sendMessage").payload.text).not.toContain(i18n.t("en", "summary-hotlines"));

    const configured = createTestBot(storage, { alliance });
    await configured.send(command(user, "start"));
    expect(buttonsOf(configured.telegram.last("sendMessage")).some((b) => b.data === "contacts")).toBe(true);
    await configured.send(press(user, "contacts"));
    expect(configured.telegram.last("editMessageText").payload.text).toContain("+7 700 000 00 00 (sample)");
    await configured.send(press(user, "card"));
    expect(configured.telegram.last("sendMessage").payload.text).toContain("Lawyer: +7 700 000 00 00 (sample)");
  });

  it("treats the same button pressed twice (message not modified) as nothing to do", async () => {
    const { send, telegram } = createTestBot(storage);
    telegram.responder = ({ method }) =>
      method === "editMessageText"
        ? {
            ok: false,
            error_code: 400,
            description: "Bad Request: message is not modified: specified new message content and reply markup are exactly the same",
          }
        : undefined;
    await send(press(person(2400, "en"), "rights"));
    expect(telegram.callsOf("sendMessage")).toHaveLength(0);
    expect(telegram.callsOf("answerCallbackQuery")).toHaveLength(1);
  });

  it("sends a new message when the old one can no longer be edited", async () => {
    const { send, telegram } = createTestBot(storage);
    telegram.responder = ({ method }) =>
      method === "editMessageText" ? { ok: false, error_code: 400, description: "Bad Request: message to edit not found" } : undefined;
    await send(press(person(2401, "en"), "rights"));
    expect(telegram.last("sendMessage").payload.text).toBe("Your rights. Choose a topic:");
  });
});

describe("the language choice", () => {
  it("is kept in MongoDB under a pseudonym and survives a new bot instance", async () => {
    const first = createTestBot(storage);
    const user = person(3001, "en");
    const sessions = storage.db.collection("sessions");
    const before = await sessions.countDocuments();

    await first.send(command(user, "start"));
    await first.send(press(user, "lang"));
    expect(buttonsOf(first.telegram.last("editMessageText")).map((b) => b.data)).toEqual(["lang:kk", "lang:ru", "lang:en"]);
    // Browsing alone leaves nothing behind.
    expect(await sessions.countDocuments()).toBe(before);

    await first.send(press(user, "lang:kk"));
    expect(first.telegram.last("answerCallbackQuery").payload.text).toBe("Дайын: қазақ тілі.");
    expect(first.telegram.last("editMessageText").payload.text).toContain(i18n.t("kk", "main-menu-title"));
    expect(await sessions.countDocuments()).toBe(before + 1);
    const stored = await sessions.find({}).toArray();
    expect(JSON.stringify(stored)).not.toContain("3001");

    // A restart: a new Bot on the same database and key.
    const second = createTestBot(storage, { pseudonymKey: first.deps.pseudonymKey });
    await second.send(command(user, "start"));
    expect(second.telegram.last("sendMessage").payload.text).toBe(GREETING.kk);
  });
});
