/** Builders for Telegram updates, so tests say what happens, not how the JSON looks. */
import type { Update, User } from "grammy/types";
import { BOT_INFO } from "../../playground/bot-api/bot-info.js";

let nextUpdateId = 1;
let nextMessageId = 1;

export interface Person {
  id: number;
  first_name: string;
  language_code?: string;
}

export function person(id: number, language_code?: string, first_name = "Aigerim"): Person {
  return { id, first_name, language_code };
}

function user(p: Person): User {
  return { id: p.id, is_bot: false, first_name: p.first_name, language_code: p.language_code };
}

function privateChat(p: Person) {
  return { id: p.id, type: "private" as const, first_name: p.first_name };
}

function base(p: Person, chat?: { id: number; type: "group" | "supergroup"; title: string }) {
  return { message_id: nextMessageId++, date: Math.floor(Date.now() / 1000), chat: chat ?? privateChat(p), from: user(p) };
}

export function text(p: Person, body: string): Update {
  const entities = body.startsWith("/") ? [{ type: "bot_command" as const, offset: 0, length: body.split(/\s/)[0]!.length }] : undefined;
  return { update_id: nextUpdateId++, message: { ...base(p), text: body, entities } };
}

export const command = (p: Person, name: string, args = ""): Update => text(p, `/${name}${args ? ` ${args}` : ""}`);

export function sticker(p: Person): Update {
  return {
    update_id: nextUpdateId++,
    message: {
      ...base(p),
      sticker: {
        file_id: "sticker-file",
        file_unique_id: "sticker-unique",
        type: "regular",
        width: 512,
        height: 512,
        is_animated: false,
        is_video: false,
      },
    },
  };
}

export function photo(p: Person, caption?: string): Update {
  return {
    update_id: nextUpdateId++,
    message: {
      ...base(p),
      caption,
      photo: [{ file_id: `photo-${nextMessageId}`, file_unique_id: `uphoto-${nextMessageId}`, width: 800, height: 600, file_size: 50_000 }],
    },
  };
}

export function edited(p: Person, body: string): Update {
  return { update_id: nextUpdateId++, edited_message: { ...base(p), text: body, edit_date: Math.floor(Date.now() / 1000) } };
}

export function groupText(p: Person, groupId: number, body: string): Update {
  const entities = body.startsWith("/") ? [{ type: "bot_command" as const, offset: 0, length: body.split(/\s/)[0]!.length }] : undefined;
  return { update_id: nextUpdateId++, message: { ...base(p, { id: groupId, type: "group", title: "A group" }), text: body, entities } };
}

/** A press on an inline button of the bot message `messageId`. */
export function press(p: Person, data: string, messageId = 1): Update {
  return {
    update_id: nextUpdateId++,
    callback_query: {
      id: `cb-${nextUpdateId}`,
      from: user(p),
      chat_instance: "ci",
      data,
      message: {
        message_id: messageId,
        date: Math.floor(Date.now() / 1000),
        chat: privateChat(p),
        from: { id: 1, is_bot: true, first_name: "Bot" },
        text: "…",
      },
    },
  };
}

export function location(p: Person, latitude: number, longitude: number): Update {
  return { update_id: nextUpdateId++, message: { ...base(p), location: { latitude, longitude } } };
}

export function forwarded(p: Person, body: string): Update {
  return {
    update_id: nextUpdateId++,
    message: { ...base(p), text: body, forward_origin: { type: "hidden_user", sender_user_name: "Someone", date: 0 } },
  };
}

type FileKind = "video" | "voice" | "audio" | "document" | "animation";

/** A message carrying a file of `kind` (a document with `mime`). */
export function file(p: Person, kind: FileKind, options: { mime?: string; size?: number } = {}): Update {
  const id = nextMessageId;
  const media = { file_id: `${kind}-${id}`, file_unique_id: `u${kind}-${id}`, file_size: options.size ?? 120_000, mime_type: options.mime };
  const extra: Record<FileKind, object> = {
    video: { video: { ...media, width: 640, height: 360, duration: 12 } },
    voice: { voice: { ...media, duration: 7 } },
    audio: { audio: { ...media, duration: 60 } },
    document: { document: { ...media, file_name: "file" } },
    animation: { animation: { ...media, width: 1, height: 1, duration: 1 } },
  };
  return { update_id: nextUpdateId++, message: { ...base(p), ...extra[kind] } };
}

/** The current time as Telegram stamps messages; tests that move the clock build updates after moving it. */
export function withDate<T extends Update>(update: T, seconds: number): T {
  const message = (update as { message?: { date: number } }).message;
  if (message) message.date = seconds;
  return update;
}

/** A press on an inline button of the bot message `messageId` in a group. */
export function groupPress(p: Person, groupId: number, data: string, messageId = 1): Update {
  const update = press(p, data, messageId);
  (update.callback_query!.message as { chat: object }).chat = { id: groupId, type: "group", title: "A group" };
  return update;
}

/** A text sent as a reply to the bot's message `messageId` (a lead's question, a reporter's answer). */
export function replyTo(p: Person, messageId: number, body: string, botId = BOT_INFO.id): Update {
  const update = text(p, body);
  (update.message as { reply_to_message?: unknown }).reply_to_message = {
    message_id: messageId,
    date: 0,
    chat: privateChat(p),
    from: { id: botId, is_bot: true, first_name: BOT_INFO.first_name },
    text: "…",
  };
  return update;
}

/** The first point of a live location (Telegram sends it as a message with a `live_period`). */
export function liveLocation(p: Person, latitude: number, longitude: number): Update {
  return { update_id: nextUpdateId++, message: { ...base(p), location: { latitude, longitude, live_period: 3600 } } };
}

/** A later point of the live location `messageId`: an edit of that message. */
export function liveLocationEdit(p: Person, messageId: number, latitude: number, longitude: number): Update {
  return {
    update_id: nextUpdateId++,
    edited_message: {
      ...base(p),
      message_id: messageId,
      location: { latitude, longitude, live_period: 3600 },
      edit_date: Math.floor(Date.now() / 1000),
    },
  };
}
