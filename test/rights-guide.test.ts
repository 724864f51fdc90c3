import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createI18n } from "../src/bot/i18n.js";
import { loadRightsContent } from "../src/content/rights-content.js";
import { NO_ALLIANCE, type AllianceConfig } from "../src/config/alliance.js";
import { buttonsOf } from "./helpers/fake-telegram.js";
import { createTestBot } from "./helpers/harness.js";
import { openTestStorage } from "./helpers/test-storage.js";
import { command, person, press } from "./helpers/updates.js";

const i18n = createI18n();
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
    expect(reply.payload.text).toBe(i18n.t(locale, "start-greeting"));
    expect(buttonsOf(reply).map((b) => b.text)).toEqual([
      i18n.t(locale, "menu-report-detention"),
      i18n.t(locale, "menu-report-ill"),
      i18n.t(locale, "menu-rights"),
      i18n.t(locale, "menu-save-copy"),
      { en: "📄 Documents to hand in", ru: "📄 Документы для подачи", kk: "📄 Тапсыруға арналған құжаттар" }[locale]!,
      i18n.t(locale, "menu-language"),
      { en: "🧹 Clear this chat", ru: "🧹 Очистить этот чат", kk: "🧹 Осы чатты тазалау" }[locale]!,
      { en: "🗑 Forget me", ru: "🗑 Забыть меня", kk: "🗑 Мені ұмыт" }[locale]!,
    ]);
  });
});

describe("the rights guide", () => {
  it("walks menu → topic → Back → main menu, editing one message and answering every button", async () => {
    const { send, telegram } = createTestBot(storage);
    const user = person(2001, "ru");
    await send(command(user, "start"));
    const menuMessageId = 7;

    await send(press(user, "rights", menuMessageId));
    const rightsMenu = telegram.last("editMessageText");
    expect(rightsMenu.payload.message_id).toBe(menuMessageId);
    expect(rightsMenu.payload.text).toBe(i18n.t("ru", "rights-menu-title"));
    const topics = buttonsOf(rightsMenu);
    expect(topics.slice(0, content.cards.length).map((b) => b.text)).toEqual(content.cards.map((card) => card.title.ru));
    expect(content.cards.length).toBeGreaterThanOrEqual(10);

    const lawyer = topics.find((b) => b.data === "r:lawyer")!;
    await send(press(user, lawyer.data, menuMessageId));
    const card = telegram.last("editMessageText");
    const lawyerCard = content.cards.find((c) => c.id === "lawyer")!;
    expect(card.payload.parse_mode).toBe("HTML");
    expect(card.payload.text).toContain(`<b>${lawyerCard.title.ru}</b>`);
    expect(card.payload.text).toContain("Конституция РК");
    expect(card.payload.text).toContain(i18n.t("ru", "card-reviewed", { date: "24.11.2026" }));
    expect(buttonsOf(card)).toEqual([
      { text: i18n.t("ru", "nav-back"), data: "rights" },
      { text: i18n.t("ru", "nav-main-menu"), data: "menu" },
    ]);

    await send(press(user, "rights", menuMessageId));
    expect(telegram.last("editMessageText").payload.text).toBe(i18n.t("ru", "rights-menu-title"));
    await send(press(user, "menu", menuMessageId));
    expect(telegram.last("editMessageText").payload.text).toBe(i18n.t("ru", "main-menu-title"));

    expect(telegram.callsOf("answerCallbackQuery")).toHaveLength(4);
    expect(telegram.callsOf("sendMessage")).toHaveLength(1);
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
    expect(telegram.last("answerCallbackQuery").payload.text).toBe(i18n.t("kk", "summary-sent"));
    const summary = telegram.last("sendMessage");
    expect(summary.payload.text.length).toBeLessThanOrEqual(4096);
    for (const card of content.cards) expect(summary.payload.text).toContain(card.title.kk);
    expect(summary.payload.text).toContain(i18n.t("kk", "summary-title"));
    expect(summary.payload.reply_markup).toBeUndefined();
  });

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
        ? { ok: false, error_code: 400, description: "Bad Request: message is not modified: specified new message content and reply markup are exactly the same" }
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
    expect(telegram.last("sendMessage").payload.text).toBe(i18n.t("en", "rights-menu-title"));
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
    expect(first.telegram.last("answerCallbackQuery").payload.text).toBe(i18n.t("kk", "language-set"));
    expect(first.telegram.last("editMessageText").payload.text).toContain(i18n.t("kk", "main-menu-title"));
    expect(await sessions.countDocuments()).toBe(before + 1);
    const stored = await sessions.find({}).toArray();
    expect(JSON.stringify(stored)).not.toContain("3001");

    // A restart: a new Bot on the same database and key.
    const second = createTestBot(storage, { pseudonymKey: first.deps.pseudonymKey });
    await second.send(command(user, "start"));
    expect(second.telegram.last("sendMessage").payload.text).toBe(i18n.t("kk", "start-greeting"));
  });
});
