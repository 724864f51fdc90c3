/** The steps around sector leads that many tests share: invite, enrol, deliver, and what a chat got. */
import type { Sector } from "../../src/shared/vocabulary.js";
import type { LeadRole, LeadScope } from "../../src/routing/leads.js";
import { buttonsOf } from "./fake-telegram.js";
import type { createTestBot } from "./harness.js";
import { command, text, type Person } from "./updates.js";
import { press } from "./updates.js";

type Harness = ReturnType<typeof createTestBot>;

export function leadSteps(h: Harness, admin: Person) {
  /** The admin makes an invitation; returns its token. */
  async function invite(sector: Sector, scope: LeadScope, role: LeadRole): Promise<string> {
    await h.send(command(admin, "invite"));
    await h.send(press(admin, `adm:sector:${sector}`));
    await h.send(press(admin, `adm:scope:${sector}:${scope}`));
    await h.send(press(admin, `adm:role:${sector}:${scope}:${role}`));
    const made = String(h.telegram.last("editMessageText").payload.text);
    return /start=inv_([A-Za-z0-9_-]+)/.exec(made)![1]!;
  }

  /** The admin confirms the last enrolment request they received. */
  async function confirmLast() {
    const request = h.telegram.callsOf("sendMessage").findLast((c) => c.payload.chat_id === admin.id)!;
    await h.send(press(admin, buttonsOf(request).find((b) => b.data.startsWith("adm:ok:"))!.data));
  }

  /** Invitation, the person opens the link, the admin confirms. */
  async function enrol(who: Person, sector: Sector, scope: LeadScope = "national", role: LeadRole = "primary") {
    const token = await invite(sector, scope, role);
    await h.send(command(who, "start", `inv_${token}`));
    await confirmLast();
  }

  /** Routes and sends everything queued, as the background service does. */
  async function deliver() {
    await h.delivery.router.runOnce();
    await h.delivery.escalator.runOnce();
    await h.delivery.dispatcher.drain();
  }

  /** The alert text a chat has received for a report (the edit that fills the placeholder). */
  function alertIn(chatId: number, code: string) {
    return h.telegram.callsOf("editMessageText").filter((c) => c.payload.chat_id === chatId && String(c.payload.text).includes(code));
  }

  return { invite, confirmLast, enrol, deliver, alertIn };
}

/** A reply to the bot's message `messageId` in a private chat. */
export function replyTo(p: Person, messageId: number, body: string) {
  const update = text(p, body);
  (update.message as { reply_to_message?: unknown }).reply_to_message = {
    message_id: messageId,
    date: 0,
    chat: { id: p.id, type: "private" },
    from: { id: 424242, is_bot: true, first_name: "Rights bot" },
    text: "…",
  };
  return update;
}

/** The message id Telegram gave a recorded send. */
export const messageIdOf = (call: unknown) => (call as { result: { message_id: number } }).result.message_id;
