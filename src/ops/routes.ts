/** `/healthz` and `/metrics` on the bot's HTTP server. */
import type { IncomingMessage, ServerResponse } from "node:http";
import { healthReport, type Check } from "./health.js";
import { sendJson, sendText, type RouteHandler } from "./http-server.js";
import type { BotMetrics } from "./metrics.js";

export function opsRoutes(checks: Record<string, Check>, metrics: BotMetrics): Record<string, RouteHandler> {
  return {
    "/healthz": getOnly(async (_req, res) => {
      const report = await healthReport(checks);
      sendJson(res, report.status === "ok" ? 200 : 503, report);
    }),
    "/metrics": getOnly(async (_req, res) => sendText(res, 200, await metrics.text(), metrics.contentType)),
  };
}

/**
 * A standby (README "Two instances") answers `/healthz` with status "standby" and 200 while its
 * database answers — alive, but not the one taking updates — and 503 when it does not.
 */
export function standbyRoutes(checks: Record<string, Check>): Record<string, RouteHandler> {
  return {
    "/healthz": getOnly(async (_req, res) => {
      const report = await healthReport(checks);
      const ok = report.status === "ok";
      sendJson(res, ok ? 200 : 503, { ...report, status: ok ? "standby" : "unavailable" });
    }),
  };
}

function getOnly(handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>): RouteHandler {
  return async (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") return sendText(res, 405, "method not allowed\n");
    await handler(req, res);
  };
}
