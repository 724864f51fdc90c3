/**
 * Issue 10 §1, trusted contacts, through the bot: the person invites with a
 * one-time link, the contact sees only the chosen name and accepts or
 * declines, the person sees and removes contacts, a contact leaves; bad input
 * (a 6th contact, a link opened twice, expired, by the person themself, text
 * where a name is expected) gets a polite reply in the user's language.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestBot } from "./helpers/harness.js";
import { openTestStorage } from "./helpers/test-storage.js";
import { command, person, press, sticker, text } from "./helpers/updates.js";
import { buttonsOf } from "./helpers/fake-telegram.js";
import { answerInvite, chooseName, inviteContact, setUpContacts, textsTo } from "./helpers/emergency-steps.js";

let storage: Awaited<ReturnType<typeof openTestStorage>>;
let nextUser = 310_000;
beforeAll(async () => {
  storage = await openTestStorage();
});
afterAll(() => storage.drop());

const people = (locale: string) => ({ owner: person(nextUser++, locale, "Real Name"), contact: person(nextUser++, locale, "Contact") });

describe("trusted contacts", () => {
  it("invite and accept (en): the contact sees only the chosen name; the person sees the contact by the name they gave", async () => {
    const h = createTestBot(storage);
    const { owner, contact } = people("en");
    await h.send(command(owner, "contacts"));
    expect(textsTo(h.telegram, owner.id).at(-1)).toContain("Trusted contacts");
    // Only looking stores nothing.
    expect(await storage.trustedContacts.profile(owner.id)).toBeUndefined();
    await chooseName(h, owner, "Aigerim S.");
    expect(textsTo(h.telegram, owner.id).join("\n")).toContain('Saved: your contacts will see "Aigerim S."');
    const token = await inviteContact(h, owner, "Mum");
    expect(textsTo(h.telegram, owner.id).join("\n")).toContain("Send the link below to Mum by any messenger. It works once, for 7 days.");

    await h.send(command(contact, "start", `tc_${token}`));
    const invitation = textsTo(h.telegram, contact.id).at(-1)!;
    expect(invitation).toContain("Aigerim S. asks you to be their trusted contact");
    // Nothing of the person's Telegram identity.
    expect(invitation).not.toContain("Real Name");
    expect(invitation).not.toContain(String(owner.id));
    expect(buttonsOf(h.telegram.last("sendMessage")).map((b) => b.text)).toEqual(["✅ Accept", "✖️ Decline"]);
    await h.send(press(contact, `tca:${token}`));
    expect(textsTo(h.telegram, contact.id).at(-1)).toContain("If Aigerim S. raises the alarm, you get a message here.");
    expect(textsTo(h.telegram, owner.id).at(-1)).toBe("✅ Mum accepted: they will be told if you raise the alarm.");

    await h.send(command(owner, "contacts"));
    expect(textsTo(h.telegram, owner.id).at(-1)).toContain("• Mum — ✅ accepted");
  });

  it("decline (ru): the place is freed and the person is told", async () => {
    const h = createTestBot(storage);
    const { owner, contact } = people("ru");
    await chooseName(h, owner, "Айгерим");
    const token = await inviteContact(h, owner, "Брат");
    await answerInvite(h, contact, token, false);
    expect(textsTo(h.telegram, contact.id).at(-1)).toBe("Вы отказались. Айгерим узнает об этом.");
    expect(textsTo(h.telegram, owner.id).at(-1)).toBe("«Брат» отказался(-ась) от приглашения.");
    expect((await storage.trustedContacts.profile(owner.id))!.contacts).toEqual([]);
  });

  it("remove (kk): the person removes a contact, who is told and gets no more alarms", async () => {
    const h = createTestBot(storage);
    const { owner, contact } = people("kk");
    await setUpContacts(h, owner, "Әйгерім", [{ person: contact, label: "Анам" }]);
    const id = (await storage.trustedContacts.profile(owner.id))!.contacts[0]!.id;
    await h.send(press(owner, `tcr:${id}`));
    expect(textsTo(h.telegram, owner.id).at(-1)).toBe(
      "«Анам» сенімді контактілерден өшірілсін бе? Бұл адам енді дабылыңыз туралы білмейді.",
    );
    await h.send(press(owner, `tcx:${id}`));
    expect(textsTo(h.telegram, owner.id).at(-1)).toContain("Өшірілді: Анам.");
    expect(textsTo(h.telegram, contact.id).at(-1)).toBe(
      "Әйгерім сізді сенімді контактілерден өшірді. Бұл адамның дабылдары сізге енді келмейді.",
    );
    expect(await storage.trustedContacts.linksOf(contact.id)).toEqual([]);
    // The same button again: stale, answered politely.
    await h.send(press(owner, `tcx:${id}`));
    expect(textsTo(h.telegram, owner.id).at(-1)).toContain("👥 Сенімді контактілер");
  });

  it("leave (en): a contact leaves from /contacts; the person is told", async () => {
    const h = createTestBot(storage);
    const { owner, contact } = people("en");
    await setUpContacts(h, owner, "Dana", [{ person: contact, label: "Uncle" }]);
    await h.send(command(contact, "contacts"));
    expect(textsTo(h.telegram, contact.id).at(-1)).toContain("You are a trusted contact of:</b>\n• Dana");
    const leave = buttonsOf(h.telegram.last("sendMessage")).find((b) => b.text === "🚪 Leave the list of Dana")!;
    await h.send(press(contact, leave.data));
    expect(textsTo(h.telegram, contact.id).at(-1)).toContain("You left the list of Dana.");
    expect(textsTo(h.telegram, owner.id).at(-1)).toBe("Uncle left your trusted contacts.");
    expect((await storage.trustedContacts.profile(owner.id))!.contacts).toEqual([]);
  });

  it("a link opened twice, by the person themself, expired or made up: polite replies (ru, en)", async () => {
    const h = createTestBot(storage);
    const { owner, contact } = people("ru");
    const other = person(nextUser++, "en");
    await chooseName(h, owner, "Айгерим");
    const token = await inviteContact(h, owner, "Мама");
    await h.send(command(owner, "start", `tc_${token}`));
    expect(textsTo(h.telegram, owner.id).at(-1)).toBe("Это ваша собственная ссылка: отправьте её тому, кого хотите сделать контактом.");
    await answerInvite(h, contact, token);
    await h.send(command(other, "start", `tc_${token}`));
    expect(textsTo(h.telegram, other.id).at(-1)).toBe("This link has been used already. Ask for a new one.");
    await h.send(command(other, "start", "tc_madeUpTokenThatIsLongEnough"));
    expect(textsTo(h.telegram, other.id).at(-1)).toBe("This link does not work: it is wrong or has expired. Ask for a new one.");

    const late = createTestBot(storage, { now: () => Date.now() + 8 * 24 * 3600_000 });
    const token2 = await inviteContact(h, owner, "Папа");
    await late.send(command(other, "start", `tc_${token2}`));
    expect(textsTo(late.telegram, other.id).at(-1)).toBe("This link has expired. Ask for a new one.");
  });

  it("a 6th contact is refused; a sticker or a too long name where a name is expected gets a polite reply (en)", async () => {
    const h = createTestBot(storage);
    const { owner } = people("en");
    await chooseName(h, owner, "Dana");
    for (const label of ["A", "B", "C", "D", "E"]) await inviteContact(h, owner, label);
    expect(buttonsOf(h.telegram.last("sendMessage")).map((b) => b.text)).not.toContain("➕ Add a contact");
    await h.send(press(owner, "tc:add")); // a stale button from before
    await h.send(text(owner, "F"));
    expect(textsTo(h.telegram, owner.id).at(-1)).toContain("You have 5 contacts already, the most the bot keeps.");

    await h.send(press(owner, "tc:name"));
    await h.send(sticker(owner));
    expect(textsTo(h.telegram, owner.id).at(-1)).toBe("Please type the name as text.");
    await h.send(text(owner, "x".repeat(41)));
    expect(textsTo(h.telegram, owner.id).at(-1)).toBe("That name is too long: at most 40 characters.");
    await h.send(text(owner, "Dana K."));
    expect(textsTo(h.telegram, owner.id).join("\n")).toContain('Saved: your contacts will see "Dana K."');
  });

  it("/forget deletes the person's contacts and takes them off every list they are on (en)", async () => {
    const h = createTestBot(storage);
    const { owner, contact } = people("en");
    const third = person(nextUser++, "en");
    await setUpContacts(h, owner, "Dana", [{ person: contact, label: "Uncle" }]);
    await setUpContacts(h, third, "Timur", [{ person: owner, label: "Dana" }]);
    await h.send(command(owner, "forget"));
    const yes = buttonsOf(h.telegram.last("sendMessage")).find((b) => b.data.startsWith("fg:yes:"))!;
    await h.send(press(owner, yes.data));
    expect(await storage.trustedContacts.profile(owner.id)).toBeUndefined();
    expect(await storage.trustedContacts.linksOf(contact.id)).toEqual([]);
    expect(await storage.trustedContacts.linksOf(owner.id)).toEqual([]);
    expect((await storage.trustedContacts.profile(third.id))!.contacts).toEqual([]);
  });

  it("stores names sealed: no display name or label in the database in clear", async () => {
    const h = createTestBot(storage);
    const { owner, contact } = people("en");
    await setUpContacts(h, owner, "Zhanar Unique", [{ person: contact, label: "Aunt Unique" }]);
    for (const name of ["trusted_people", "trusted_links", "contact_invites"]) {
      const dump = JSON.stringify(await storage.db.collection(name).find({}).toArray());
      expect(dump).not.toContain("Unique");
      expect(dump).not.toContain(String(owner.id));
      expect(dump).not.toContain(String(contact.id));
    }
  });
});
