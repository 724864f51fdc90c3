/**
 * The Bot API methods the bot calls, carried out on the playground's chat: sends add a bubble,
 * edits change it in place, deletions remove it, a callback answer becomes a toast. A call Telegram
 * would refuse is refused here too (the same checks as the tests' fakes).
 */
import type { ChatMessage, InlineButton, ReplyButton } from "../chat-state.js";
import type { ChatState } from "../chat-state.js";
import type { FileStore } from "../file-store.js";
import { telegramMessage } from "../telegram-objects.js";
import { isUploadedFile } from "./payload.js";
import { invalidRequest, ResultFactory, type ApiAnswer, type ApiCall } from "./results.js";
import { BOT_INFO } from "./bot-info.js";

const MEDIA = { sendPhoto: "photo", sendDocument: "document", sendVideo: "video", sendVoice: "voice", sendAudio: "audio" } as const;
const NOT_FOUND: ApiAnswer = { ok: false, error_code: 400, description: "Bad Request: message to edit not found" };
const NOT_MODIFIED: ApiAnswer = {
  ok: false,
  error_code: 400,
  description:
    "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
};

export class BotApiMethods {
  private readonly results = new ResultFactory(BOT_INFO);

  constructor(
    private readonly chats: ChatState,
    private readonly files: FileStore,
    /** The chat a callback query came from, by its id (for answerCallbackQuery's toast). */
    private readonly queryChat: (queryId: string) => number | undefined,
  ) {}

  perform(call: ApiCall): ApiAnswer {
    const invalid = invalidRequest(call);
    if (invalid) return { ok: false, error_code: 400, description: invalid };
    const p = call.payload;
    const chatId = Number(p.chat_id);
    switch (call.method) {
      case "sendMessage":
        return this.send(p, { text: String(p.text) });
      case "sendLocation":
        return this.send(p, { location: { latitude: Number(p.latitude), longitude: Number(p.longitude) } });
      case "sendPhoto":
      case "sendDocument":
      case "sendVideo":
      case "sendVoice":
      case "sendAudio":
        return this.sendMedia(call.method, p);
      case "copyMessage":
        return this.copy(p);
      case "editMessageText":
        return this.edit(p, { text: String(p.text) });
      case "editMessageCaption":
        return this.edit(p, { caption: String(p.caption ?? "") });
      case "editMessageReplyMarkup":
        return this.edit(p, {});
      case "deleteMessage":
        return this.chats.delete(chatId, [Number(p.message_id)]) ? ok(true) : notFound("message to delete not found");
      case "deleteMessages":
        this.chats.delete(chatId, (p.message_ids as unknown[]).map(Number));
        return ok(true);
      case "answerCallbackQuery":
        return this.answerCallback(p);
      case "sendChatAction":
        if (p.action === "typing") this.chats.notify({ type: "typing", chatId });
        return ok(true);
      case "getFile": {
        const info = this.files.info(String(p.file_id));
        return info ? ok(info) : notFound("invalid file_id");
      }
      case "getChatMember":
        return ok({ status: "member", user: { id: Number(p.user_id), is_bot: false, first_name: "" } });
      default:
        return ok(this.results.resultFor(call));
    }
  }

  private send(p: Record<string, any>, content: Partial<ChatMessage>): ApiAnswer {
    const chatId = Number(p.chat_id);
    this.applyReplyKeyboard(chatId, p.reply_markup);
    const message = this.chats.add({
      chatId,
      from: "bot",
      ...content,
      html: p.parse_mode === "HTML",
      ...inlineKeyboardOf(p.reply_markup),
      ...(p.protect_content === true && { protected: true }),
    });
    return ok(telegramMessage(message, this.files));
  }

  private sendMedia(method: keyof typeof MEDIA, p: Record<string, any>): ApiAnswer {
    const kind = MEDIA[method];
    const given: unknown = p[kind];
    const stored = isUploadedFile(given)
      ? this.files.put(given.bytes, given.name || `${kind}.bin`, typeOf(given.name, given.type))
      : this.files.get(String(given));
    if (!stored) return notFound("wrong file identifier/HTTP URL specified");
    const caption = typeof p.caption === "string" ? { caption: p.caption } : {};
    if (kind === "photo") return this.send(p, { ...caption, photo: { fileId: stored.fileId } });
    return this.send(p, { ...caption, document: { fileId: stored.fileId, name: stored.name, kind } });
  }

  private copy(p: Record<string, any>): ApiAnswer {
    const source = this.chats.get(Number(p.from_chat_id), Number(p.message_id));
    if (!source) return notFound("message to copy not found");
    const { text, html, caption, photo, document, location } = source;
    const copied = this.send(p, { text, html, caption, photo, document, location });
    return copied.ok ? ok({ message_id: (copied.result as { message_id: number }).message_id }) : copied;
  }

  private edit(p: Record<string, any>, change: Partial<ChatMessage>): ApiAnswer {
    const chatId = Number(p.chat_id);
    const messageId = Number(p.message_id);
    const before = this.chats.get(chatId, messageId);
    if (!before) return NOT_FOUND;
    const keyboard = inlineKeyboardOf(p.reply_markup).inlineKeyboard;
    const html = "text" in change || "caption" in change ? { html: p.parse_mode === "HTML" } : {};
    const next = { ...change, ...html, inlineKeyboard: keyboard, edited: true };
    const same =
      (change.text === undefined || change.text === before.text) &&
      (change.caption === undefined || change.caption === before.caption) &&
      JSON.stringify(keyboard) === JSON.stringify(before.inlineKeyboard);
    if (same) return NOT_MODIFIED;
    const edited = this.chats.edit(chatId, messageId, next)!;
    return ok(telegramMessage(edited, this.files));
  }

  private answerCallback(p: Record<string, any>): ApiAnswer {
    const chatId = this.queryChat(String(p.callback_query_id));
    if (chatId !== undefined && typeof p.text === "string" && p.text !== "") {
      this.chats.notify({ type: "toast", chatId, text: p.text, alert: p.show_alert === true });
    }
    return ok(true);
  }

  private applyReplyKeyboard(chatId: number, markup: Record<string, any> | undefined): void {
    if (markup?.remove_keyboard) this.chats.setKeyboard(chatId, null);
    const rows = markup?.keyboard as Array<Array<string | { text: string; request_location?: boolean }>> | undefined;
    if (rows) {
      const keyboard: ReplyButton[][] = rows.map((row) =>
        row.map((b) => (typeof b === "string" ? { text: b } : { text: b.text, ...(b.request_location && { requestLocation: true }) })),
      );
      this.chats.setKeyboard(chatId, keyboard);
    }
  }
}

function inlineKeyboardOf(markup: Record<string, any> | undefined): { inlineKeyboard?: InlineButton[][] } {
  const rows = markup?.inline_keyboard as Array<Array<{ text: string; callback_data?: string; url?: string }>> | undefined;
  if (!rows) return {};
  return { inlineKeyboard: rows.map((row) => row.map((b) => ({ text: b.text, data: b.callback_data, url: b.url }))) };
}

/** grammY uploads every file as application/octet-stream: the page wants an image's own type. */
function typeOf(name: string, given: string): string {
  const image = /\.(png|jpe?g|gif|webp)$/i.exec(name)?.[1]?.toLowerCase();
  return image ? `image/${image === "jpg" ? "jpeg" : image}` : given;
}

const ok = (result: unknown): ApiAnswer => ({ ok: true, result });
const notFound = (what: string): ApiAnswer => ({ ok: false, error_code: 400, description: `Bad Request: ${what}` });
