import { invalidRequest, ResultFactory, type ApiAnswer, type ApiCall } from "./bot-api-results.js";
import { BOT_INFO } from "./bot-info.js";

export type { ApiCall };

/**
 * An in-process fake of the Bot API at the HTTP boundary: grammY's
 * `client.fetch` is replaced, every outgoing call is recorded, and each method
 * gets a plausible answer. Tests assert on `calls`.
 */
export type ApiResponder = (call: ApiCall) => ApiAnswer | undefined;

export class FakeTelegram {
  readonly calls: ApiCall[] = [];
  private readonly results = new ResultFactory(BOT_INFO);
  /** Consulted first; return undefined to fall back to the default answer. */
  responder: ApiResponder = () => undefined;

  readonly fetch = async (url: string | URL | Request, init?: RequestInit): Promise<Response> => {
    if (String(url).includes("/file/bot")) return new Response(fileContent(String(url).split("/").pop()!));
    const method = String(url).split("/").pop()!;
    const payload = typeof init?.body === "string" ? (JSON.parse(init.body) as Record<string, any>) : {};
    const call = { method, payload };
    this.calls.push(call);
    const invalid = invalidRequest(call);
    const answer: ApiAnswer = this.responder(call) ?? (invalid ? { ok: false, error_code: 400, description: invalid } : { ok: true, result: this.results.resultFor(call) });
    if (answer.ok) (call as ApiCall & { result?: unknown }).result = answer.result;
    return new Response(JSON.stringify(answer), { status: answer.ok ? 200 : answer.error_code, headers: { "content-type": "application/json" } });
  };

  /** Calls of one method, in order. */
  callsOf(method: string): ApiCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** The text of every message the bot sent or edited into, in order. */
  texts(): string[] {
    return this.calls.filter((c) => c.method === "sendMessage" || c.method === "editMessageText").map((c) => String(c.payload.text));
  }

  last(method?: string): ApiCall {
    const list = method ? this.callsOf(method) : this.calls;
    const call = list.at(-1);
    if (!call) throw new Error(`no ${method ?? "API"} call was made`);
    return call;
  }

  clear(): void {
    this.calls.length = 0;
  }
}

/** What the fake serves as the content of a downloaded file. */
export function fileContent(fileId: string): string {
  return `content of ${fileId}`;
}

/** Button texts and callback data of an inline keyboard in a recorded call. */
export function buttonsOf(call: ApiCall): Array<{ text: string; data: string }> {
  const rows: Array<Array<{ text: string; callback_data?: string }>> = call.payload.reply_markup?.inline_keyboard ?? [];
  return rows.flat().map((button) => ({ text: button.text, data: button.callback_data ?? "" }));
}
