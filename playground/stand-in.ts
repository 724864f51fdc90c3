/**
 * The playground's one HTTP server on 127.0.0.1: the Bot API stand-in the bot talks to
 * (`/bot<token>/<method>`, `/file/bot<token>/<path>`), and the chat page with its live event stream
 * and the user's actions (`/`, `/events`, `/api/…`, `/files/<id>`).
 */
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { User } from "grammy/types";
import { ChatState, type ChatMessage } from "./chat-state.js";
import { FileStore } from "./file-store.js";
import { BotApiMethods } from "./bot-api/methods.js";
import { readBody, readPayload } from "./bot-api/payload.js";
import { UpdateQueue } from "./bot-api/update-queue.js";
import { closeLocal, listenLocal, localUrl } from "./bot-api/local-server.js";
import { BOT_INFO } from "./bot-api/bot-info.js";
import { callbackUpdate, messageUpdate, telegramMessage, telegramUser, type Persona } from "./telegram-objects.js";
import { fileHeaders, PHOTO_TYPES, refusal } from "./web-guard.js";

const WEB_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "web");
const ASSETS: Record<string, string> = {
  "/": "index.html",
  "/app.js": "app.js",
  "/render.js": "render.js",
  "/style.css": "style.css",
};
const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css" };
/** Only the page's own files: a bot text that slipped through as markup still could not run or load anything. */
const CSP = "default-src 'self'; img-src 'self'; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'";
/** A photo the user sends: up to 10 MB, as Telegram's bots may download up to 20 MB. */
const MAX_UPLOAD = 14 * 1024 * 1024;

/** What the page sends when the user acts. */
export type UserAction =
  | { kind: "text"; text: string }
  | { kind: "location"; latitude: number; longitude: number }
  | { kind: "photo"; name: string; type: string; base64: string }
  | { kind: "press"; messageId: number; data: string };

export interface StandInOptions {
  /** The people the page lets the user act as (the first is the default). */
  personas: Persona[];
  port?: number;
}

export class StandIn {
  readonly chats = new ChatState();
  readonly files = new FileStore();
  private readonly updates = new UpdateQueue();
  private readonly users = new Map<number, User>();
  private readonly queries = new Map<string, number>();
  private readonly methods = new BotApiMethods(this.chats, this.files, (id) => this.queries.get(id));
  private readonly streams = new Set<ServerResponse>();
  private server: Server | undefined;
  private nextQuery = 1;
  private markPolling: () => void = () => undefined;
  /** Resolves when the bot first asks for updates: it is up. */
  readonly polling = new Promise<void>((resolve) => (this.markPolling = resolve));

  constructor(private readonly options: StandInOptions) {
    this.chats.subscribe((event) => {
      for (const stream of this.streams) stream.write(`data: ${JSON.stringify(event)}\n\n`);
    });
  }

  async start(): Promise<string> {
    const handler = (req: IncomingMessage, res: ServerResponse) => {
      this.handle(req, res).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
        res.end(error instanceof Error ? error.message : "error");
      });
    };
    this.server = await listenLocal(handler, this.options.port);
    return this.url;
  }

  get url(): string {
    return localUrl(this.server!);
  }

  async stop(): Promise<void> {
    this.updates.wakeAll();
    for (const stream of this.streams) stream.end();
    await closeLocal(this.server);
  }

  /** Carries out what a person does in the page, as Telegram would deliver it to the bot. */
  act(persona: Persona, action: UserAction): ChatMessage | undefined {
    const user = telegramUser(persona);
    this.users.set(user.id, user);
    if (action.kind === "press") {
      const message = this.chats.get(user.id, action.messageId);
      if (!message) return undefined;
      const id = `playground-query-${this.nextQuery++}`;
      this.queries.set(id, user.id);
      this.updates.push(callbackUpdate(id, user, telegramMessage(message, this.files, user), action.data));
      return message;
    }
    const content =
      action.kind === "text"
        ? { text: action.text }
        : action.kind === "location"
          ? { location: { latitude: action.latitude, longitude: action.longitude } }
          : { photo: { fileId: this.files.put(Buffer.from(action.base64, "base64"), action.name, action.type).fileId } };
    const message = this.chats.add({ chatId: user.id, from: "user", ...content });
    this.updates.push(messageUpdate(telegramMessage(message, this.files, user)));
    return message;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Another site open in the same browser cannot reach the page's API through a rebound DNS name.
    if (!/^(127\.0\.0\.1|localhost)(:\d+)?$/.test(req.headers.host ?? "")) return json(res, 403, { error: "use http://127.0.0.1" });
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const api = /^\/bot[^/]+\/(\w+)$/.exec(url.pathname);
    // Only the bot calls the Bot API, and it is no browser: a request that names an origin came from a web page.
    if (api && req.headers.origin !== undefined) return json(res, 403, { error: "the Bot API is for the bot" });
    if (api) return this.botApi(api[1]!, req, res);
    const acting = url.pathname === "/api/act" && req.method === "POST";
    const refused = refusal(req, new URL(this.url).port, acting);
    if (refused) return json(res, 403, { error: refused });
    const download = /^\/(?:file\/bot[^/]+|files)\/([\w-]+)$/.exec(url.pathname);
    if (download) return this.sendFile(download[1]!, res);
    if (url.pathname === "/events") return this.openStream(res);
    if (url.pathname === "/api/state") {
      return json(res, 200, { bot: BOT_INFO.first_name, personas: this.options.personas, ...this.chats.snapshot() });
    }
    if (acting) return this.actFromPage(req, res);
    const asset = ASSETS[url.pathname];
    if (asset && req.method === "GET") {
      const body = await readFile(path.join(WEB_DIR, asset));
      res.writeHead(200, { "content-type": TYPES[path.extname(asset)]!, "cache-control": "no-store", "content-security-policy": CSP });
      return void res.end(body);
    }
    res.writeHead(404, { "content-type": "text/plain" });
    res.end("Not Found");
  }

  private async actFromPage(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    if (body.length > MAX_UPLOAD) return json(res, 413, { error: "too large" });
    const { persona, action } = JSON.parse(body.toString()) as { persona: Persona; action: UserAction };
    if (action.kind === "photo" && !PHOTO_TYPES.includes(action.type)) {
      return json(res, 415, { error: "a photo is a JPEG, PNG, WebP or GIF image" });
    }
    const message = this.act(persona, action);
    json(res, message ? 200 : 404, { ok: message !== undefined });
  }

  private async botApi(method: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const payload = await readPayload(req);
    if (method === "getUpdates") this.markPolling();
    if (method === "getUpdates") return json(res, 200, { ok: true, result: await this.updates.poll(payload) });
    const answer = this.methods.perform({ method, payload });
    json(res, answer.ok ? 200 : answer.error_code, answer);
  }

  private sendFile(fileId: string, res: ServerResponse): void {
    const file = this.files.get(fileId);
    if (!file) return json(res, 404, { ok: false, error_code: 404, description: "Not Found" });
    res.writeHead(200, fileHeaders(file));
    res.end(file.bytes);
  }

  private openStream(res: ServerResponse): void {
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store", connection: "keep-alive" });
    res.write(": connected\n\n");
    this.streams.add(res);
    res.on("close", () => this.streams.delete(res));
  }
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}
