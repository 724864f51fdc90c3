/**
 * Webhook mode: Telegram posts each update to WEBHOOK_URL; the bot's HTTP
 * server takes it at the URL's path. Every request must carry the secret
 * given to setWebhook in `X-Telegram-Bot-Api-Secret-Token`: a wrong or
 * missing one gets 401 and nothing is handled.
 *
 * An update is answered only when it has been handled to its end — what it
 * changed is in the database — so Telegram keeps it, and posts it again,
 * until then: a crash loses nothing Telegram sent (README "What a crash
 * loses"). An update that failed because the database did not answer gets a
 * 500, so Telegram posts it again later; any other failure was already told
 * to the person and is answered 200 (posting it again would fail the same way).
 *
 * Updates of different chats are handled concurrently (Telegram opens up to
 * `max_connections`); the bot's sequentialize keeps each chat's in order.
 */
import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Api } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "pino";
import { sendText, type RouteHandler } from "../ops/http-server.js";
import type { UpdateServer } from "./polling.js";
import type { UpdateHandler, UpdateTarget } from "./update-handler.js";

/** Telegram's updates are small; anything bigger is not from Telegram. */
const MAX_BODY_BYTES = 1024 * 1024;
/** Concurrent posts Telegram may open (its default is 40; more chats at once, each still in order). */
const MAX_CONNECTIONS = 40;

export interface WebhookOptions {
  bot: UpdateTarget & { api: Api };
  handler: UpdateHandler;
  url: string;
  secret: string;
  allowedUpdates: readonly string[];
  logger: Logger;
}

export interface Webhook extends UpdateServer {
  /** The route to mount at the URL's path on the HTTP server. */
  route: RouteHandler;
  /** Tells Telegram where to post (setWebhook with the secret and the update types). */
  register(): Promise<void>;
}

export function webhook({ bot, handler, url, secret, allowedUpdates, logger }: WebhookOptions): Webhook {
  const expected = Buffer.from(secret);
  let accepting = true;

  const route: RouteHandler = async (req, res) => {
    if (req.method !== "POST") return sendText(res, 405, "method not allowed\n");
    if (!secretMatches(req, expected)) {
      req.resume(); // drain the body without reading it
      return sendText(res, 401, "unauthorized\n");
    }
    // Shutting down: Telegram keeps the update and posts it again (to the next run).
    if (!accepting) return sendText(res, 503, "shutting down\n");
    const update = await readUpdate(req, res);
    if (!update) return;
    const outcome = await handler.handle(bot, update);
    if (outcome === "database") return sendText(res, 500, "not stored; post again\n");
    sendText(res, 200, "ok\n");
  };

  return {
    route,
    async register() {
      await bot.api.setWebhook(url, {
        secret_token: secret,
        allowed_updates: allowedUpdates as never,
        max_connections: MAX_CONNECTIONS,
        drop_pending_updates: false,
      });
      logger.info("webhook registered with Telegram");
    },
    alive: () => accepting,
    async stop() {
      // The webhook stays registered: Telegram queues what comes meanwhile and posts it to the next run.
      accepting = false;
      await handler.idle();
    },
  };
}

function secretMatches(req: IncomingMessage, expected: Buffer): boolean {
  const given = req.headers["x-telegram-bot-api-secret-token"];
  if (typeof given !== "string") return false;
  const bytes = Buffer.from(given);
  return bytes.length === expected.length && timingSafeEqual(bytes, expected);
}

/** The posted update, or undefined after answering 400/413 (never handled). */
async function readUpdate(req: IncomingMessage, res: ServerResponse): Promise<Update | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) {
      sendText(res, 413, "too large\n");
      req.destroy();
      return undefined;
    }
    chunks.push(chunk as Buffer);
  }
  try {
    const update = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Update;
    if (typeof update?.update_id === "number") return update;
  } catch {
    // answered below
  }
  sendText(res, 400, "not an update\n");
  return undefined;
}
