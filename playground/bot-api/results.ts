/** Plausible Bot API results, shared by the tests' in-process and HTTP fakes and the playground's stand-in. */
export interface ApiCall {
  method: string;
  payload: Record<string, any>;
}

export type ApiAnswer =
  { ok: true; result: unknown } | { ok: false; error_code: number; description: string; parameters?: Record<string, unknown> };

const SENDS = new Set(["sendMessage", "sendPhoto", "sendDocument", "sendVideo", "sendVoice", "sendAudio", "sendLocation"]);

/** What Telegram would refuse with 400: the fakes refuse it too, so a bug cannot hide behind them. */
export function invalidRequest({ method, payload }: ApiCall): string | undefined {
  const chat = payload.chat_id;
  if (method.startsWith("send") || method.startsWith("edit") || method === "copyMessage" || method === "deleteMessages") {
    if (typeof chat !== "number" && typeof chat !== "string") return "Bad Request: chat_id is empty";
  }
  if ((method.startsWith("edit") || method === "copyMessage") && typeof payload.message_id !== "number")
    return "Bad Request: message_id is required";
  if ((method === "sendMessage" || method === "editMessageText") && !String(payload.text ?? "").trim())
    return "Bad Request: message text is empty";
  if ((method === "sendMessage" || method === "editMessageText") && visibleLength(payload) > 4096)
    return "Bad Request: message is too long";
  if (method === "answerCallbackQuery" && typeof payload.callback_query_id !== "string") return "Bad Request: query id is empty";
  if (typeof payload.caption === "string" && payload.caption.length > 1024) return "Bad Request: message caption is too long";
  if (method === "answerCallbackQuery" && String(payload.text ?? "").length > 200) return "Bad Request: MESSAGE_TOO_LONG";
  // Half an emoji (a lone surrogate) is not UTF-8: Telegram refuses the whole message.
  for (const field of ["text", "caption"])
    if (typeof payload[field] === "string" && !wellFormed(payload[field])) return "Bad Request: text must be encoded in UTF-8";
  const rows: Array<Array<{ text?: string; callback_data?: string }>> = payload.reply_markup?.inline_keyboard ?? [];
  for (const button of rows.flat()) {
    if (button.callback_data !== undefined && Buffer.byteLength(button.callback_data) > 64) return "Bad Request: BUTTON_DATA_INVALID";
    if (!button.text || !wellFormed(button.text)) return "Bad Request: text buttons are unallowed in the inline keyboard";
  }
  return undefined;
}

/** A message's length as Telegram counts it: after its HTML is parsed. */
export function visibleLength(payload: Record<string, any>): number {
  const text = String(payload.text ?? payload.caption ?? "");
  if (payload.parse_mode !== "HTML") return text.length;
  return text.replace(/<[^>]*>/g, "").replace(/&(lt|gt|amp|quot|#\d+);/g, "_").length;
}

/** No lone surrogate (half of an emoji). */
export function wellFormed(text: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

export class ResultFactory {
  private nextMessageId = 1000;

  constructor(private readonly botInfo: object) {}

  resultFor({ method, payload }: ApiCall): unknown {
    if (method === "getMe") return this.botInfo;
    if (SENDS.has(method)) {
      return {
        message_id: this.nextMessageId++,
        date: Math.floor(Date.now() / 1000),
        chat: { id: Number(payload.chat_id), type: Number(payload.chat_id) < 0 ? "group" : "private" },
        text: payload.text,
      };
    }
    if (method === "copyMessage") return { message_id: this.nextMessageId++ };
    if (method === "editMessageText") {
      return { message_id: payload.message_id, date: 0, chat: { id: Number(payload.chat_id), type: "private" }, text: payload.text };
    }
    if (method === "getUpdates") return [];
    // The file path is the file id, so the download tells which file was asked for.
    if (method === "getFile") return { file_id: payload.file_id, file_unique_id: `u-${payload.file_id}`, file_path: payload.file_id };
    return true;
  }
}
