import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createI18n } from "../src/telegram/i18n.js";
import { buttonsOf } from "./helpers/fake-telegram.js";
import { createTestBot } from "./helpers/harness.js";
import { openTestStorage } from "./helpers/test-storage.js";
import { command, edited, groupText, person, press, sticker, text, photo } from "./helpers/updates.js";

const i18n = createI18n();
let storage: Awaited<ReturnType<typeof openTestStorage>>;

beforeAll(async () => {
  storage = await openTestStorage();
});
afterAll(() => storage.drop());

describe("input the bot does not expect gets a short polite reply in the user's language", () => {
  it.each([
    ["an unknown command", (p: ReturnType<typeof person>) => command(p, "frobnicate"), "unknown-command"],
    ["stray text", (p: ReturnType<typeof person>) => text(p, "hello?"), "stray-text"],
    ["a sticker", (p: ReturnType<typeof person>) => sticker(p), "stray-media"],
    ["a photo", (p: ReturnType<typeof person>) => photo(p), "stray-media"],
  ])("%s", async (_name, build, key) => {
    for (const locale of ["kk", "ru", "en"]) {
      const { send, telegram } = createTestBot(storage);
      await send(build(person(4000 + locale.charCodeAt(1), locale)));
      const reply = telegram.last("sendMessage");
      expect(reply.payload.text).toBe(i18n.t(locale, key));
      expect(buttonsOf(reply).map((b) => b.data)).toContain("rights");
    }
  });

  it("an edited message", async () => {
    const { send, telegram } = createTestBot(storage);
    await send(edited(person(4100, "ru"), "fixed typo"));
    expect(telegram.last("sendMessage").payload.text).toBe(i18n.t("ru", "edited-message"));
  });

  it("a message in a group: one line, in the sender's language, and no session is kept", async () => {
    const { send, telegram } = createTestBot(storage);
    const sessionsBefore = await storage.db.collection("sessions").countDocuments();
    await send(groupText(person(4200, "kk"), -100500, "/start"));
    const reply = telegram.last("sendMessage");
    expect(reply.payload.chat_id).toBe(-100500);
    expect(reply.payload.text).toBe(i18n.t("kk", "group-chat"));
    expect(await storage.db.collection("sessions").countDocuments()).toBe(sessionsBefore);
  });

  it.each([
    ["a removed card", "r:no-such-card"],
    ["an unknown language", "lang:xx"],
    ["garbage", "%%%"],
    ["an old format", "topic:5"],
  ])("a stale button (%s) is answered and brings the current menu", async (_name, data) => {
    const { send, telegram } = createTestBot(storage);
    await send(press(person(4300, "en"), data));
    expect(telegram.last("answerCallbackQuery").payload.text).toBe(i18n.t("en", "stale-button"));
    expect(telegram.last("editMessageText").payload.text).toBe(i18n.t("en", "stale-button"));
    expect(buttonsOf(telegram.last("editMessageText")).map((b) => b.data)).toContain("rights");
  });
});

describe("the error boundary", () => {
  it("tells the user, answers the button, and logs no personal data", async () => {
    const { send, telegram, logLines } = createTestBot(storage);
    telegram.responder = ({ method }) =>
      method === "editMessageText" ? { ok: false, error_code: 500, description: "Internal Server Error" } : undefined;
    const user = { id: 987654321, first_name: "Nurlan Secretname", language_code: "ru" };
    await send(press(user, "rights"));
    expect(telegram.last("sendMessage").payload.text).toBe(i18n.t("ru", "error-generic"));
    expect(telegram.callsOf("answerCallbackQuery").length).toBeGreaterThanOrEqual(1);

    const log = logLines.join("\n");
    expect(log).toContain("update handling failed");
    expect(log).toContain("editMessageText");
    expect(log).not.toContain("987654321");
    expect(log).not.toContain("Secretname");
    expect(log).not.toContain(i18n.t("ru", "rights-menu-title"));
  });

  it("still answers when the failure happens before the language is known", async () => {
    const { send, telegram } = createTestBot(storage);
    let failed = false;
    telegram.responder = ({ method }) => {
      if (method === "sendMessage" && !failed) {
        failed = true;
        return { ok: false, error_code: 502, description: "Bad Gateway" };
      }
      return undefined;
    };
    await send(text(person(4400, "kk"), "hi"));
    expect(telegram.last("sendMessage").payload.text).toBe(i18n.t("kk", "error-generic"));
  });
});
