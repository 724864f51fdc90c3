import { invalidRequest, ResultFactory, type ApiAnswer, type ApiCall } from "../../playground/bot-api/results.js";
import { BOT_INFO } from "../../playground/bot-api/bot-info.js";

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
  /** Awaited before the answer goes back: what happens in Telegram while a call is on its way (an immediate reply). */
  during: (call: ApiCall) => Promise<void> = async () => {};

  readonly fetch = async (url: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const href = url instanceof Request ? url.url : url.toString();
    if (href.includes("/file/bot")) return new Response(fileContent(href.split("/").pop()!));
    const method = href.split("/").pop()!;
    const payload = typeof init?.body === "string" ? (JSON.parse(init.body) as Record<string, any>) : await multipartPayload(init);
    const call = { method, payload };
    this.calls.push(call);
    const invalid = invalidRequest(call);
    const answer: ApiAnswer =
      this.responder(call) ??
      (invalid ? { ok: false, error_code: 400, description: invalid } : { ok: true, result: this.results.resultFor(call) });
    if (answer.ok) (call as ApiCall & { result?: unknown }).result = answer.result;
    await this.during(call);
    return new Response(JSON.stringify(answer), {
      status: answer.ok ? 200 : answer.error_code,
      headers: { "content-type": "application/json" },
    });
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

/** An upload (multipart/form-data): text fields as sent, files as `{ filename, bytes }`. */
export interface UploadedFile {
  filename: string;
  bytes: Buffer;
}

async function multipartPayload(init: RequestInit | undefined): Promise<Record<string, any>> {
  const type = new Headers(init?.headers).get("content-type") ?? "";
  if (!init?.body || !type.startsWith("multipart/form-data")) return {};
  const chunks: Buffer[] = [];
  for await (const chunk of init.body as unknown as AsyncIterable<Uint8Array | string>) chunks.push(Buffer.from(chunk));
  const body = Buffer.concat(chunks);
  const boundary = Buffer.from(`--${/boundary=(.+)$/.exec(type)![1]}`);
  const payload: Record<string, any> = {};
  // A small parser: undici's FormData refuses grammY's stream (no final CRLF).
  for (let start = body.indexOf(boundary); start !== -1;) {
    const next = body.indexOf(boundary, start + boundary.length);
    if (next === -1) break;
    const part = body.subarray(start + boundary.length + 2, next - 2);
    const split = part.indexOf("\r\n\r\n");
    const headers = part.subarray(0, split).toString();
    const content = part.subarray(split + 4);
    const name = /name="([^"]+)"/.exec(headers)?.[1];
    const filename = /filename="?([^"\r\n;]*)"?/.exec(headers)?.[1];
    if (name) {
      if (filename !== undefined) payload[name] = { filename, bytes: Buffer.from(content) } satisfies UploadedFile;
      else {
        const value = content.toString();
        payload[name] = /^[[{]/.test(value) ? JSON.parse(value) : /^-?\d+$/.test(value) ? Number(value) : value;
      }
    }
    start = next;
  }
  return payload;
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
