/**
 * A fake Telegram Bot API over HTTP on 127.0.0.1, for tests that run the real
 * process (`npm start` with TELEGRAM_API_ROOT pointing here). It serves
 * long-polling getUpdates from a queue the test fills, records every call,
 * and lets a test inject failures.
 */
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { Update } from "grammy/types";
import { invalidRequest, ResultFactory, type ApiAnswer, type ApiCall } from "../../playground/bot-api/results.js";
import { BOT_INFO } from "../../playground/bot-api/bot-info.js";
import { UpdateQueue } from "../../playground/bot-api/update-queue.js";
import { readPayload } from "../../playground/bot-api/payload.js";
import { closeLocal, listenLocal, localUrl } from "../../playground/bot-api/local-server.js";

export interface RecordedCall extends ApiCall {
  at: number;
  /** The caller, when its TELEGRAM_API_ROOT ends in a path of its own (`${url}/a`): "a". */
  via?: string;
}

/** Return an answer to override the default, "drop" to cut the connection, or undefined. */
/**
 * Return an answer to override the default, "drop" to cut the connection
 * before the call is carried out, "drop-after" to carry it out and then cut
 * the connection (the client cannot know it worked), or undefined.
 */
export type Interceptor = (call: ApiCall) => ApiAnswer | "drop" | "drop-after" | undefined;

export class FakeBotApiServer {
  readonly calls: RecordedCall[] = [];
  interceptor: Interceptor = () => undefined;
  private readonly updates = new UpdateQueue();
  private readonly results = new ResultFactory(BOT_INFO);
  private readonly watchers = new Set<() => void>();
  private server: Server | undefined;
  /** Message texts by chat and id, so an identical edit is refused as Telegram refuses it. */
  private readonly texts = new Map<string, string>();
  /** Calls that were carried out (a dropped-before call is recorded but not carried out). */
  readonly performed: RecordedCall[] = [];

  async start(): Promise<string> {
    this.server = await listenLocal((req, res) => void this.handle(req, res));
    return this.url;
  }

  get url(): string {
    return localUrl(this.server!);
  }

  async stop(): Promise<void> {
    this.updates.wakeAll();
    await closeLocal(this.server);
  }

  /** Queues an update (its update_id is assigned here) for the next getUpdates. */
  push(update: Omit<Update, "update_id"> | Update): void {
    this.updates.push(update);
  }

  callsOf(method: string): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** Waits until a call matching `predicate` has been recorded (counting those already seen). */
  async waitFor(method: string, predicate: (call: ApiCall) => boolean = () => true, timeoutMs = 20_000): Promise<RecordedCall> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.calls.find((call) => call.method === method && predicate(call));
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${method}; saw ${this.calls.map((c) => c.method).join(", ")}`);
      await new Promise<void>((resolve) => {
        const wake = () => {
          this.watchers.delete(wake);
          resolve();
        };
        this.watchers.add(wake);
        setTimeout(wake, Math.min(left, 200));
      });
    }
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const match = /^(?:\/([\w-]+))?\/bot[^/]+\/(\w+)/.exec(req.url ?? "");
    if (!match) return this.reply(res, { ok: false, error_code: 404, description: "Not Found" });
    const call: RecordedCall = { method: match[2]!, payload: await readPayload(req), at: Date.now(), via: match[1] };
    this.calls.push(call);
    for (const wake of this.watchers) wake();

    const intercepted = this.interceptor(call);
    if (intercepted === "drop") return void req.socket.destroy();
    if (intercepted && intercepted !== "drop-after") return this.reply(res, intercepted);
    if (call.method === "getUpdates") return this.reply(res, { ok: true, result: await this.updates.poll(call.payload) });
    const answer = this.perform(call);
    if (intercepted === "drop-after") return void req.socket.destroy();
    this.reply(res, answer);
  }

  private perform(call: RecordedCall): ApiAnswer {
    const invalid = invalidRequest(call);
    if (invalid) return { ok: false, error_code: 400, description: invalid };
    const key = `${call.payload.chat_id}:${call.payload.message_id}`;
    if (call.method === "editMessageText") {
      if (this.texts.get(key) === call.payload.text) {
        return {
          ok: false,
          error_code: 400,
          description:
            "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
        };
      }
      this.texts.set(key, String(call.payload.text));
    }
    this.performed.push(call);
    const result = this.results.resultFor(call);
    if (call.method === "sendMessage")
      this.texts.set(`${call.payload.chat_id}:${(result as { message_id: number }).message_id}`, String(call.payload.text));
    return { ok: true, result };
  }

  private reply(res: ServerResponse, answer: ApiAnswer): void {
    if (res.destroyed) return;
    res.writeHead(answer.ok ? 200 : answer.error_code, { "content-type": "application/json" });
    res.end(JSON.stringify(answer));
  }
}
