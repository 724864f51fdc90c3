/**
 * How updates reach the bot, by BOT_MODE: polling, or a webhook on the bot's
 * HTTP server. The HTTP server (when PORT is set, always in webhook mode)
 * also serves `/healthz` and `/metrics`.
 */
import type { Api } from "grammy";
import type { Logger } from "pino";
import type { AppConfig } from "../config/env.js";
import { startHttpServer, type HttpServer, type RouteHandler } from "../ops/http-server.js";
import { startPolling, type UpdateServer } from "./polling.js";
import type { UpdateHandler, UpdateTarget } from "./update-handler.js";
import { webhook } from "./webhook.js";

/** The update types the bot handles: Telegram sends no others. */
export const ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "my_chat_member"] as const;

export interface ServingOptions {
  config: Pick<AppConfig, "botMode" | "http">;
  bot: UpdateTarget & { api: Api };
  handler: UpdateHandler;
  logger: Logger;
  /** `/healthz` and `/metrics`. */
  opsRoutes: Record<string, RouteHandler>;
}

export interface Serving extends UpdateServer {
  /** The HTTP server's address, if it runs. */
  httpUrl: string | undefined;
}

export async function serveUpdates({ config, bot, handler, logger, opsRoutes }: ServingOptions): Promise<Serving> {
  const mode = config.botMode;
  const hook =
    mode.mode === "webhook"
      ? webhook({ bot, handler, url: mode.url, secret: mode.secret, allowedUpdates: ALLOWED_UPDATES, logger })
      : undefined;
  let http: HttpServer | undefined;
  if (config.http) {
    const routes = hook && mode.mode === "webhook" ? { ...opsRoutes, [mode.path]: hook.route } : opsRoutes;
    http = await startHttpServer({ ...config.http, routes, logger });
    logger.info({ url: http.url }, hook ? "serving the webhook, /healthz and /metrics" : "serving /healthz and /metrics");
  }
  let updates: UpdateServer;
  try {
    if (hook) {
      // Listening before Telegram is told where to post.
      await hook.register();
      updates = hook;
    } else {
      updates = await startPolling({ bot, handler, allowedUpdates: ALLOWED_UPDATES, logger });
    }
  } catch (error) {
    await http?.close();
    throw error;
  }
  return {
    httpUrl: http?.url,
    alive: () => updates.alive(),
    async stop() {
      // Take no new updates, finish those in flight (their answers go out), then close the server.
      await updates.stop();
      await http?.close();
    },
  };
}
