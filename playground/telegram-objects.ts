/** Telegram's objects built from the playground's chat: messages as the bot receives them, and updates. */
import type { Message, Update, User } from "grammy/types";
import type { ChatMessage } from "./chat-state.js";
import type { FileStore } from "./file-store.js";
import { BOT_INFO } from "./bot-api/bot-info.js";

/** Who the page's user is acting as. */
export interface Persona {
  id: number;
  name: string;
  /** Telegram's language code: kk, ru or en. */
  language: string;
}

export function telegramUser(persona: Persona): User {
  return { id: persona.id, is_bot: false, first_name: persona.name, language_code: persona.language };
}

/** A message of the chat as Telegram describes it (to the bot: in results and callback queries). */
export function telegramMessage(message: ChatMessage, files: FileStore, user?: User): Message {
  const from = message.from === "bot" ? BOT_INFO : user;
  const base = {
    message_id: message.messageId,
    date: message.date,
    chat: { id: message.chatId, type: "private" as const, first_name: user?.first_name ?? "" },
    ...(from && { from }),
    ...(message.edited && { edit_date: message.date }),
  };
  const markup = message.inlineKeyboard && {
    reply_markup: {
      inline_keyboard: message.inlineKeyboard.map((row) =>
        row.map((b) => (b.url ? { text: b.text, url: b.url } : { text: b.text, callback_data: b.data ?? "" })),
      ),
    },
  };
  const caption = message.caption === undefined ? {} : { caption: message.caption };
  if (message.photo) {
    const file = files.get(message.photo.fileId);
    const size = { file_id: message.photo.fileId, file_unique_id: file?.uniqueId ?? message.photo.fileId, width: 1280, height: 960 };
    return { ...base, ...caption, ...markup, photo: [{ ...size, file_size: file?.bytes.length }] } as Message;
  }
  if (message.document) {
    const file = files.get(message.document.fileId);
    const document = {
      file_id: message.document.fileId,
      file_unique_id: file?.uniqueId ?? message.document.fileId,
      file_name: message.document.name,
    };
    return { ...base, ...caption, ...markup, document } as Message;
  }
  if (message.location) return { ...base, ...markup, location: message.location } as Message;
  const text = message.text ?? "";
  // A command must carry its entity: grammY's command matching reads it.
  const command = /^\/\w+/.exec(text);
  const entities =
    message.from === "user" && command ? { entities: [{ type: "bot_command" as const, offset: 0, length: command[0].length }] } : {};
  return { ...base, ...markup, text, ...entities } as Message;
}

export function messageUpdate(message: Message): Omit<Update, "update_id"> {
  return { message } as Omit<Update, "update_id">;
}

export function callbackUpdate(id: string, user: User, message: Message, data: string): Omit<Update, "update_id"> {
  return { callback_query: { id, from: user, message, chat_instance: `playground-${message.chat.id}`, data } } as Omit<Update, "update_id">;
}
