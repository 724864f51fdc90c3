/** Plausible Bot API results, shared by the in-process and the HTTP fakes. */
export interface ApiCall {
  method: string;
  payload: Record<string, any>;
}

export type ApiAnswer =
  | { ok: true; result: unknown }
  | { ok: false; error_code: number; description: string; parameters?: Record<string, unknown> };

const SENDS = new Set(["sendMessage", "sendPhoto", "sendDocument", "sendVideo", "sendVoice", "sendAudio", "sendLocation"]);

/** What Telegram would refuse with 400: the fakes refuse it too, so a bug cannot hide behind them. */
export function invalidRequest({ method, payload }: ApiCall): string | undefined {
  const chat = payload.chat_id;
  if (method.startsWith("send") || method.startsWith("edit") || method === "copyMessage" || method === "deleteMessages") {
    if (typeof chat !== "number" && typeof chat !== "string") return "Bad Request: chat_id is empty";
  }
  if ((method.startsWith("edit") || method === "copyMessage") && typeof payload.message_id !== "number") return "Bad Request: message_id is required";
  if ((method === "sendMessage" || method === "editMessageText") && !String(payload.text ?? "").trim()) return "Bad Request: message text is empty";
  if ((method === "sendMessage" || method === "editMessageText") && String(payload.text).length > 4096) return "Bad Request: message is too long";
  if (method === "answerCallbackQuery" && typeof payload.callback_query_id !== "string") return "Bad Request: query id is empty";
  return undefined;
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
