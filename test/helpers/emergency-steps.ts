/** Trusted contacts and the alarm, driven through the bot as people do it. */
import { expect } from "vitest";
import type { Update } from "grammy/types";
import type { FakeTelegram } from "./fake-telegram.js";
import { command, press, text, type Person } from "./updates.js";

interface Driven {
  telegram: FakeTelegram;
  send(update: Update): Promise<unknown>;
}

/** Texts the bot sent to one chat, in order. */
export const textsTo = (telegram: FakeTelegram, chatId: number): string[] =>
  telegram.calls
    .filter((c) => (c.method === "sendMessage" || c.method === "editMessageText") && c.payload.chat_id === chatId)
    .map((c) => String(c.payload.text));

/** The person names themself as contacts will see them. */
export async function chooseName(h: Driven, owner: Person, name: string): Promise<void> {
  await h.send(press(owner, "tc:name"));
  await h.send(text(owner, name));
}

/** The person adds a contact; returns the one-time link's start parameter token. */
export async function inviteContact(h: Driven, owner: Person, label: string): Promise<string> {
  await h.send(press(owner, "tc:add"));
  await h.send(text(owner, label));
  const link = textsTo(h.telegram, owner.id)
    .map((t) => /\?start=tc_([A-Za-z0-9_-]+)/.exec(t)?.[1])
    .filter(Boolean)
    .at(-1);
  expect(link).toBeTruthy();
  return link!;
}

/** The contact opens the link and accepts (or declines). */
export async function answerInvite(h: Driven, contact: Person, token: string, accept = true): Promise<void> {
  await h.send(command(contact, "start", `tc_${token}`));
  await h.send(press(contact, `${accept ? "tca" : "tcd"}:${token}`));
}

/** A person with a name and these contacts, each accepted. */
export async function setUpContacts(h: Driven, owner: Person, name: string, contacts: Array<{ person: Person; label: string }>) {
  await chooseName(h, owner, name);
  for (const { person, label } of contacts) await answerInvite(h, person, await inviteContact(h, owner, label));
}
