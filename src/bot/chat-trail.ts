/**
 * Records the message trail of private chats (privacy/chat-trail.ts): every
 * message a person sends, and every message the bot sends into a private
 * chat while it handles an update — from features, from the conversations
 * (form questions, complaints, "welcome back", the summary) and to another
 * chat (a lead's question reaching a reporter). Outside any form state, so
 * clearing works after the form ended, after a stale button, days later.
 *
 * How: one API transformer, installed on the bot's API (grammY copies it into
 * every `ctx.api`) and, through the conversations' `plugins`, on their fresh
 * API; it notes the id of every message a send returns into the update being
 * handled (AsyncLocalStorage), and the update's trail is written once, when
 * the update is done. Alerts sent by the delivery service, outside any
 * update, are not recorded: a lead's /clean does not remove open alerts.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { Context, MiddlewareFn, Transformer } from "grammy";
import type { Logger } from "pino";
import type { TrailEntry } from "../privacy/chat-trail.js";
import type { TrailStore } from "../storage/trail-store.js";
import { describeError } from "./error-boundary.js";

/** Bot API methods that put messages into a chat and return them (or their ids). */
const SENDS = new Set([
  "sendMessage",
  "sendPhoto",
  "sendAudio",
  "sendDocument",
  "sendVideo",
  "sendAnimation",
  "sendVoice",
  "sendVideoNote",
  "sendMediaGroup",
  "sendLocation",
  "sendVenue",
  "sendContact",
  "sendPoll",
  "sendDice",
  "sendSticker",
  "copyMessage",
  "copyMessages",
  "forwardMessage",
  "forwardMessages",
]);

/** What one update recorded, per chat, until it is written. */
class UpdateTrail {
  readonly pending = new Map<number, TrailEntry[]>();
  readonly stopped = new Set<number>();

  add(chatId: number, messageId: number, sentAt: number): void {
    if (this.stopped.has(chatId)) return;
    const list = this.pending.get(chatId) ?? [];
    list.push([messageId, sentAt]);
    this.pending.set(chatId, list);
  }
}

export interface ChatTrail {
  /** Outermost middleware: runs the update with its own trail, and writes it at the end. */
  middleware: MiddlewareFn<Context>;
  /** Installed on the bot's API and, through `plugins`, inside conversations. */
  transformer: Transformer;
  /** Writes what the current update recorded so far (a clean reads the trail after this). */
  flush(): Promise<void>;
  /** Records nothing more of this chat in the current update (after /forget). */
  stop(chatId: number): void;
  /** Runs sends made outside any update (a background notice to a person) with a trail of their own, written at the end. */
  outside<T>(send: () => Promise<T>): Promise<T>;
}

export function chatTrail(store: TrailStore, pseudonym: (id: number) => string, logger: Logger): ChatTrail {
  const current = new AsyncLocalStorage<UpdateTrail>();

  const flush = async () => {
    const trail = current.getStore();
    if (!trail) return;
    const now = Date.now();
    for (const [chatId, entries] of [...trail.pending]) {
      trail.pending.delete(chatId);
      await store.add(pseudonym(chatId), entries, now);
    }
  };

  const transformer: Transformer = async (prev, method, payload, signal) => {
    const response = await prev(method, payload, signal);
    const trail = current.getStore();
    if (!trail || !response.ok || !SENDS.has(method)) return response;
    const chatId = privateChatId((payload as { chat_id?: unknown }).chat_id);
    if (chatId === undefined) return response;
    const nowSeconds = Math.floor(Date.now() / 1000);
    const results = Array.isArray(response.result) ? response.result : [response.result];
    for (const message of results as Array<{ message_id?: number; date?: number }>) {
      if (typeof message?.message_id === "number")
        trail.add(chatId, message.message_id, typeof message.date === "number" && message.date > 0 ? message.date : nowSeconds);
    }
    return response;
  };

  const middleware: MiddlewareFn<Context> = (ctx, next) => {
    const trail = new UpdateTrail();
    const message = ctx.update.message;
    if (message && message.chat.type === "private") trail.add(message.chat.id, message.message_id, message.date);
    return current.run(trail, async () => {
      try {
        await next();
      } finally {
        // Best effort: a trail that cannot be written must not fail the update the person sent.
        await flush().catch((error) => logger.warn({ err: describeError(error) }, "chat trail not written"));
      }
    });
  };

  return {
    middleware,
    transformer,
    flush,
    outside: (send) =>
      current.run(new UpdateTrail(), async () => {
        try {
          return await send();
        } finally {
          await flush().catch((error) => logger.warn({ err: describeError(error) }, "chat trail not written"));
        }
      }),
    stop(chatId) {
      const trail = current.getStore();
      trail?.pending.delete(chatId);
      trail?.stopped.add(chatId);
    },
  };
}

/** Private chats have positive ids; groups and channels negative ones. Bots may delete there only as admins. */
function privateChatId(chat: unknown): number | undefined {
  const id = typeof chat === "number" ? chat : typeof chat === "string" && /^\d+$/.test(chat) ? Number(chat) : undefined;
  return id !== undefined && id > 0 ? id : undefined;
}
