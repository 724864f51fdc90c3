/**
 * The bot's one small HTTP server (node's own http module), on HOST:PORT:
 * `/healthz`, `/metrics`, and in webhook mode the webhook's path. Bound to
 * 127.0.0.1 unless HOST says otherwise: a reverse proxy in front passes on
 * the webhook's path only (README "Webhook or polling").
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "pino";

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export interface HttpServer {
  /** The address it listens on, e.g. http://127.0.0.1:8080 */
  url: string;
  /** Stops taking connections and waits for the requests in flight to be answered. */
  close(): Promise<void>;
}

export async function startHttpServer(options: {
  host: string;
  port: number;
  routes: Record<string, RouteHandler>;
  logger: Logger;
}): Promise<HttpServer> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0]!;
    const route = options.routes[path];
    if (!route) return void sendText(res, 404, "not found\n");
    route(req, res).catch((error: unknown) => {
      // The kind only: a message could quote what was posted.
      options.logger.error(
        { err: { type: error instanceof Error ? error.name : typeof error }, path: routeName(path) },
        "HTTP request failed",
      );
      if (!res.headersSent) sendText(res, 500, "internal error\n");
      else res.destroy();
    });
  });
  // Telegram keeps connections open; a stalled client must not hold a socket forever.
  server.requestTimeout = 60_000;
  server.headersTimeout = 15_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Idle keep-alive sockets would hold close() open; those with a request in flight finish first.
        server.closeIdleConnections();
      }),
  };
}

/** The webhook's path is a secret of sorts in some setups: log only which kind of route failed. */
function routeName(path: string): string {
  return path === "/healthz" || path === "/metrics" ? path : "webhook";
}

export function sendText(res: ServerResponse, status: number, text: string, contentType = "text/plain; charset=utf-8"): void {
  res.writeHead(status, { "content-type": contentType, "cache-control": "no-store" });
  res.end(text);
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  sendText(res, status, `${JSON.stringify(body)}\n`, "application/json");
}
