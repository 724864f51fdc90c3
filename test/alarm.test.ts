/**
 * Issue 10 §2, the alarm, through the bot: one tap reaches every trusted
 * contact in their own language (who, when in Almaty time, what to do: the
 * hotline only when configured, the "Looking for someone who was detained"
 * card), the location follows, with consent a "detained now" report reaches
 * the alliance's lead before queued routine alerts, "I'm safe" tells the same
 * recipients; not set up, a double tap, clearing at once, a contact who
 * blocked the bot.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NO_ALLIANCE, type AllianceConfig } from "../src/config/alliance.js";
import { createTestBot } from "./helpers/harness.js";
import { openTestStorage } from "./helpers/test-storage.js";
import { command, location, person, press, type Person } from "./helpers/updates.js";
import { buttonsOf } from "./helpers/fake-telegram.js";
import { setUpContacts, textsTo } from "./helpers/emergency-steps.js";
import { submit } from "./helpers/sample-report.js";

let storage: Awaited<ReturnType<typeof openTestStorage>>;
let nextUser = 320_000;
beforeAll(async () => {
  storage = await openTestStorage();
});
afterAll(() => storage.drop());

const HOTLINE: AllianceConfig = {
  ...NO_ALLIANCE,
  hotlines: [{ label: { en: "Alliance lawyers", ru: "Юристы Альянса", kk: "Альянс заңгерлері" }, value: "+7 701 555 12 34" }],
};

async function threeContacts(h: ReturnType<typeof createTestBot>, name = "Aigerim") {
  const owner = person(nextUser++, "en", "Real Name");
  const contacts = { en: person(nextUser++, "en"), ru: person(nextUser++, "ru"), kk: person(nextUser++, "kk") };
  await setUpContacts(h, owner, name, [
    { person: contacts.en, label: "Friend" },
    { person: contacts.ru, label: "Mum" },
    { person: contacts.kk, label: "Brother" },
  ]);
  return { owner, contacts };
}

const alarmsTo = (h: ReturnType<typeof createTestBot>, p: Person, words: string) =>
  textsTo(h.telegram, p.id).filter((t) => t.includes(words));

describe("the alarm", () => {
  it("one tap reaches every contact in their language: who, when (Almaty), what to do, the card; the location follows", async () => {
    const h = createTestBot(storage, { alliance: HOTLINE });
    const { owner, contacts } = await threeContacts(h);
    await h.send(command(owner, "start"));
    expect(buttonsOf(h.telegram.last("sendMessage"))[0]).toEqual({ text: "🆘 I'm being detained", data: "sos" });
    await h.send(press(owner, "sos"));
    expect(textsTo(h.telegram, owner.id).join("\n")).toMatch(
      /🆘 Alarm raised at \d\d\.\d\d\.\d{4}, \d\d:\d\d\. Your contacts \(3\) are being told now\./,
    );
    const offer = h.telegram.calls.find((c) => c.payload.chat_id === owner.id && c.payload.reply_markup?.keyboard);
    expect(offer?.payload.reply_markup.keyboard[0][0]).toEqual({ text: "📍 Share my location", request_location: true });
    await h.alarms.drain();

    const en = alarmsTo(h, contacts.en, "Aigerim is being detained");
    expect(en).toHaveLength(1);
    expect(en[0]).toContain("(Almaty time)");
    expect(en[0]).toContain("☎️ Alliance lawyers: +7 701 555 12 34");
    expect(en[0]).toContain("Looking for someone who was detained.");
    expect(en[0]).toContain("Location not shared (yet).");
    expect(en[0]).not.toContain("Real Name");
    expect(alarmsTo(h, contacts.ru, "Aigerim: меня задерживают")[0]).toContain("☎️ Юристы Альянса: +7 701 555 12 34");
    expect(alarmsTo(h, contacts.ru, "Aigerim: меня задерживают")[0]).toContain("(время Алматы)");
    expect(alarmsTo(h, contacts.kk, "Aigerim: мені ұстап жатыр")[0]).toContain("Ұстап алынған адамды іздесеңіз.");
    const card = h.telegram.calls.find((c) => c.payload.chat_id === contacts.ru.id && String(c.payload.text).includes("меня задерживают"))!;
    expect(buttonsOf(card)).toEqual([{ text: "📖 Если вы ищете задержанного", data: "r:someone-detained" }]);

    await h.send(location(owner, 43.2383, 76.9454));
    expect(textsTo(h.telegram, owner.id).at(-1)).toBe("📍 Sent to your contacts.");
    await h.alarms.drain();
    const where = alarmsTo(h, contacts.en, "Where Aigerim is");
    expect(where).toHaveLength(1);
    expect(where[0]).toContain("43.23830, 76.94540");
    expect(alarmsTo(h, contacts.kk, "Aigerim қай жерде")).toHaveLength(1);
    await h.send(location(owner, 43.3, 76.9));
    expect(textsTo(h.telegram, owner.id).at(-1)).toBe("Your location was sent already; only the first one goes to your contacts.");
    // Still one alarm each.
    expect(alarmsTo(h, contacts.en, "Aigerim is being detained")).toHaveLength(1);
  });

  it("/sos and 🆘 work in the middle of a report form", async () => {
    const h = createTestBot(storage);
    const { owner, contacts } = await threeContacts(h, "Asel");
    await h.send(press(owner, "report:detention"));
    await h.send(command(owner, "sos"));
    expect(textsTo(h.telegram, owner.id).join("\n")).toContain("🆘 Alarm raised at");
    await h.alarms.drain();
    expect(alarmsTo(h, contacts.en, "Asel is being detained")).toHaveLength(1);
  });

  it("no hotline configured: none is invented", async () => {
    const h = createTestBot(storage);
    const { owner, contacts } = await threeContacts(h, "Dana");
    await h.send(command(owner, "sos"));
    await h.alarms.drain();
    const text = alarmsTo(h, contacts.en, "Dana is being detained")[0]!;
    expect(text).not.toContain("☎️");
    expect(text).not.toMatch(/\+7|\d{3} \d{3}/);
  });

  it("with consent, a DETAINED NOW report reaches the lawyer lead of the region before queued routine alerts; /safe tells contacts and the lead", async () => {
    const h = createTestBot(storage);
    const { owner, contacts } = await threeContacts(h, "Marat");
    await h.send(press(owner, "tc:rep:on"));
    await h.send(press(owner, "tcg:shymkent"));
    expect(textsTo(h.telegram, owner.id).at(-1)).toContain('The alarm is also a "detained now" report to the alliance (Shymkent)');
    const lead = await storage.leads.add({
      chatId: 329_001,
      kind: "person",
      sector: "lawyer",
      scope: "shymkent",
      role: "primary",
      onDuty: true,
      locale: "en",
      label: "lead",
    });
    // Routine reports queued first.
    for (let i = 0; i < 20; i++) await submit(storage, 329_500 + i, { region: "shymkent" });
    await h.delivery.router.runOnce();

    await h.send(press(owner, "sos"));
    expect(textsTo(h.telegram, owner.id).join("\n")).toContain("Your contacts (3) and the alliance are being told now.");
    await h.delivery.router.runOnce();
    const next = await storage.outbox.due(new Date(), 1);
    const alarmCode = next[0]!.code;
    const report = await storage.reports.findByCode(alarmCode);
    expect(report?.derived.priority.detainedNow).toBe(true);
    expect(report?.derived.sectors).toEqual(["lawyer", "right-to-call"]);
    expect(report?.where.region).toBe("shymkent");
    await h.delivery.dispatcher.drain();
    const alerts = h.telegram.calls.filter((c) => c.payload.chat_id === lead.chatId && c.method === "editMessageText");
    expect(String(alerts[0]!.payload.text)).toContain("DETAINED NOW");
    expect(String(alerts[0]!.payload.text)).toContain(alarmCode);
    expect(alerts.filter((c) => String(c.payload.text).includes(alarmCode))).toHaveLength(1);

    await h.send(command(owner, "safe"));
    expect(textsTo(h.telegram, owner.id).at(-1)).toBe("✅ Your contacts (3) and the alliance are being told that you are safe.");
    await h.alarms.drain();
    expect(alarmsTo(h, contacts.en, "Marat is safe")).toHaveLength(1);
    expect(alarmsTo(h, contacts.ru, "Marat: я в безопасности")).toHaveLength(1);
    const note = h.telegram.calls.find((c) => c.payload.chat_id === lead.chatId && String(c.payload.text).includes("says they are safe"))!;
    expect(String(note.payload.text)).toContain(`The person of report ${alarmCode} says they are safe.`);
    expect(note.payload.reply_parameters?.message_id).toBeTypeOf("number");
    // /safe again: nothing to end.
    await h.send(command(owner, "safe"));
    expect(textsTo(h.telegram, owner.id).at(-1)).toBe("There is no alarm to end.");
  });

  it("not set up: one screen that says what is missing, offers the set-up and shows what to do (ru); nothing is sent", async () => {
    const h = createTestBot(storage);
    const owner = person(nextUser++, "ru");
    await h.send(press(owner, "sos"));
    const screen = textsTo(h.telegram, owner.id).at(-1)!;
    expect(screen).toContain("Тревога ещё не настроена");
    expect(screen).toContain("Что делать сейчас:");
    expect(buttonsOf(h.telegram.last("sendMessage")).map((b) => b.text)).toContain("👥 Настроить доверенные контакты");
    expect(await h.alarms.raise(owner.id, { cause: "checkin" })).toBe("not-set-up");
    expect(await storage.alarms.pendingCount()).toBe(0);
  });

  it("a double tap is one alarm; a check-in raise carries its location and says why (kk)", async () => {
    const h = createTestBot(storage);
    const { owner, contacts } = await threeContacts(h, "Ерлан");
    await h.send(press(owner, "sos"));
    await h.send(command(owner, "sos"));
    expect(textsTo(h.telegram, owner.id).join("\n")).toMatch(/🆘 Your alarm is already raised \(.+\)\. Your contacts \(3\) were told\./);
    await h.alarms.drain();
    expect(alarmsTo(h, contacts.kk, "Ерлан: мені ұстап жатыр")).toHaveLength(1);

    const other = await threeContacts(h, "Нұрлан");
    expect(await h.alarms.raise(other.owner.id, { cause: "checkin", location: { latitude: 51.1, longitude: 71.4 } })).toBe("raised");
    await h.alarms.drain();
    const kk = alarmsTo(h, other.contacts.kk, "Нұрлан: мені ұстап жатыр")[0]!;
    expect(kk).toContain("Адам белгілену таймеріне уақытында жауап бермеді.");
    expect(kk).toContain("51.10000, 71.40000");
  });

  it("clearing at once deletes the chat; a contact who blocked the bot is named to the person", async () => {
    const h = createTestBot(storage);
    const { owner, contacts } = await threeContacts(h, "Saule");
    await h.send(press(owner, "tc:clr:on"));
    h.telegram.responder = (call) =>
      call.method === "sendMessage" && call.payload.chat_id === contacts.ru.id
        ? { ok: false, error_code: 403, description: "Forbidden: bot was blocked by the user" }
        : undefined;
    await h.send(command(owner, "sos"));
    expect(h.telegram.callsOf("deleteMessages").some((c) => c.payload.chat_id === owner.id)).toBe(true);
    expect(textsTo(h.telegram, owner.id).at(-1)).toBe("✅ Sent. The chat was cleared.");
    await h.alarms.drain();
    expect(textsTo(h.telegram, owner.id).at(-1)).toBe(
      "⚠️ Mum could not be told of your alarm: they blocked the bot or deleted the chat. Remove them and invite someone else in /contacts.",
    );
    expect(alarmsTo(h, contacts.en, "Saule is being detained")).toHaveLength(1);
  });
});
