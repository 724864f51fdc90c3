/**
 * Records the message trail of private chats (privacy/chat-trail.ts): every
 * message a person sends, and every message the bot sends into a private
 * chat while it handles an update — from features, from the conversations
 * (form questions, complaints, "welcome back", the summary) and to another
 * chat (a lead's question reaching a reporter). Outside any form state, so
 * clearing works after the form ended, after a stale button, days later.
 *
 * How: an API transformer on each update's `ctx.api` and, through the
 * conversations' `plugins`, on their fresh API notes the id of every message
 * a send returns into the update's trail, and the update's trail is written once, when
 * the update is done — or, in a form, with the form state: the conversations'
 * storage is wrapped ({@link ChatTrail.carrying}) so that the entries ride
 * along in the write the form makes anyway (storage/trail-store.ts). Either
 * way they are in the database before the update is done. The messenger's own
 * Api (messages to another chat) writes each send through at once. Alerts sent by the
 * delivery service, outside any update, are not recorded: a lead's /clean
 * does not remove open alerts.
 */
import type { Context, MiddlewareFn, StorageAdapter, Transformer } from "grammy";
import type { Logger } from "pino";
import type { TrailEntry } from "../privacy/chat-trail.js";
import type { JsonStore } from "../storage/json-store.js";
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

  /** Drops the first `count` entries of the chat (they are stored). */
  taken(chatId: number, count: number): void {
    const rest = (this.pending.get(chatId) ?? []).slice(count);
    if (rest.length > 0) this.pending.set(chatId, rest);
    else this.pending.delete(chatId);
  }
}

export interface ChatTrail {
  /** Outermost middleware: gives the update its own trail (noted by its `ctx.api`), and writes it at the end. */
  middleware: MiddlewareFn<Context>;
  /** After sequentialize (one update at a time per chat): the chat's form state and conversations find the update's trail. */
  claim: MiddlewareFn<Context>;
  /** Through the conversations' `plugins`: their fresh `ctx.api` notes into the update's trail too. */
  inConversation: MiddlewareFn<Context>;
  /** For an Api used outside `ctx` (the messenger): each send is written into the chat's trail before it returns. */
  writeThrough: Transformer;
  /** Writes what the update recorded so far (a clean reads the trail after this). */
  flush(ctx: Context): Promise<void>;
  /** Records nothing more of this chat in the update (after /forget). */
  stop(ctx: Context, chatId: number): void;
  /** The conversations' storage, with the update's entries riding along in each write of a chat's form state. */
  carrying<V>(forms: JsonStore<V>): StorageAdapter<V>;
}

type Noted = (chatId: number, messageId: number, sentAt: number) => unknown;

/** Notes the messages a successful send put into a private chat. */
function noting(note: Noted): Transformer {
  return async (prev, method, payload, signal) => {
    const response = await prev(method, payload, signal);
    if (!response.ok || !SENDS.has(method)) return response;
    const chatId = privateChatId((payload as { chat_id?: unknown }).chat_id);
    if (chatId === undefined) return response;
    const nowSeconds = Math.floor(Date.now() / 1000);
    const results = Array.isArray(response.result) ? response.result : [response.result];
    for (const message of results as Array<{ message_id?: number; date?: number }>) {
      if (typeof message?.message_id === "number")
        await note(chatId, message.message_id, typeof message.date === "number" && message.date > 0 ? message.date : nowSeconds);
    }
    return response;
  };
}

/**
 * No AsyncLocalStorage: on Node 20 it hooks every promise, a fifth of the
 * bot's CPU per update. The update's trail is found through its context
 * instead, and, past sequentialize, through its chat.
 */
export function chatTrail(trails: TrailStore, pseudonym: (id: number) => string, logger: Logger): ChatTrail {
  const ofUpdate = new WeakMap<Context, UpdateTrail>();
  /** The update being handled in each chat (sequentialize lets one at a time past `claim`), by chat id and by storage key. */
  const ofChat = new Map<number, UpdateTrail>();
  const ofKey = new Map<string, { trail: UpdateTrail; chatId: number }>();

  const write = async (trail: UpdateTrail | undefined) => {
    if (!trail) return;
    const now = Date.now();
    for (const [chatId, entries] of [...trail.pending]) {
      trail.pending.delete(chatId);
      await trails.add(pseudonym(chatId), entries, now);
    }
  };

  const middleware: MiddlewareFn<Context> = async (ctx, next) => {
    const trail = new UpdateTrail();
    ofUpdate.set(ctx, trail);
    ctx.api.config.use(noting((chatId, messageId, sentAt) => trail.add(chatId, messageId, sentAt)));
    const message = ctx.update.message;
    if (message && message.chat.type === "private") trail.add(message.chat.id, message.message_id, message.date);
    try {
      await next();
    } finally {
      // Best effort: a trail that cannot be written must not fail the update the person sent.
      await write(trail).catch((error) => logger.warn({ err: describeError(error) }, "chat trail not written"));
    }
  };

  const claim: MiddlewareFn<Context> = async (ctx, next) => {
    const trail = ofUpdate.get(ctx);
    const chatId = ctx.chatId;
    if (!trail || chatId === undefined || chatId <= 0) return next();
    const key = pseudonym(chatId);
    ofChat.set(chatId, trail);
    ofKey.set(key, { trail, chatId });
    try {
      await next();
    } finally {
      if (ofChat.get(chatId) === trail) ofChat.delete(chatId);
      if (ofKey.get(key)?.trail === trail) ofKey.delete(key);
    }
  };

  const inConversation: MiddlewareFn<Context> = (ctx, next) => {
    const trail = ctx.chatId === undefined ? undefined : ofChat.get(ctx.chatId);
    if (trail) ctx.api.config.use(noting((chatId, messageId, sentAt) => trail.add(chatId, messageId, sentAt)));
    return next();
  };

  const writeThrough = noting((chatId, messageId, sentAt) =>
    trails
      .add(pseudonym(chatId), [[messageId, sentAt]])
      .catch((error) => logger.warn({ err: describeError(error) }, "chat trail not written")),
  );

  const carrying = <V>(forms: JsonStore<V>): StorageAdapter<V> => ({
    read: (key) => forms.read(key),
    async write(key, value) {
      const owner = ofKey.get(key);
      const entries = !owner || owner.trail.stopped.has(owner.chatId) ? [] : [...(owner.trail.pending.get(owner.chatId) ?? [])];
      if (entries.length === 0) return forms.write(key, value);
      await forms.write(key, value, await trails.carry(key, entries));
      owner!.trail.taken(owner!.chatId, entries.length);
    },
    async delete(key) {
      const owner = ofKey.get(key);
      // After /forget nothing moves: the trail record is gone, and so is what rode along.
      if (!owner?.trail.stopped.has(owner.chatId)) {
        const entries = owner ? [...(owner.trail.pending.get(owner.chatId) ?? [])] : [];
        await trails.settle(key, entries);
        if (owner) owner.trail.taken(owner.chatId, entries.length);
      }
      await forms.delete(key);
    },
  });

  return {
    middleware,
    claim,
    inConversation,
    writeThrough,
    flush: (ctx) => write(ofUpdate.get(ctx)),
    stop(ctx, chatId) {
      const trail = ofUpdate.get(ctx);
      trail?.pending.delete(chatId);
      trail?.stopped.add(chatId);
    },
    carrying,
  };
}

/** Private chats have positive ids; groups and channels negative ones. Bots may delete there only as admins. */
function privateChatId(chat: unknown): number | undefined {
  const id = typeof chat === "number" ? chat : typeof chat === "string" && /^\d+$/.test(chat) ? Number(chat) : undefined;
  return id !== undefined && id > 0 ? id : undefined;
}
