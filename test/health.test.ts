/**
 * Black-box: `/healthz` and `/metrics` of the real process in polling mode
 * (PORT set), against a database the test can stop and the fake Bot API.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedServer, type EmbeddedServer } from "../src/storage/embedded-server.js";
import { startBotProcess, type BotProcess } from "./helpers/bot-process.js";
import { FakeBotApiServer } from "./helpers/fake-bot-api-server.js";
import { freePort } from "./helpers/free-port.js";

const TOKEN = "123456:HEALTH-token";
const person = { id: 4_242_424_242, is_bot: false, first_name: "Zhanar", language_code: "kk" };
const chat = { id: person.id, type: "private" as const, first_name: "Zhanar" };

describe("/healthz and /metrics in polling mode", () => {
  const api = new FakeBotApiServer();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "rights-bot-health-"));
  let database: EmbeddedServer;
  let bot: BotProcess;
  let base: string;
  const health = async () => {
    const response = await fetch(`${base}/healthz`);
    return { status: response.status, body: (await response.json()) as { status: string; checks: Record<string, { ok: boolean }> } };
  };

  beforeAll(async () => {
    await api.start();
    database = await startEmbeddedServer({ dataDir });
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    bot = startBotProcess({
      BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: api.url,
      MONGODB_URI: `${database.uri.replace(/\/?$/, "")}/health_test`,
      PORT: String(port),
    });
    await api.waitFor("getUpdates", undefined, 60_000).catch((error) => {
      throw new Error(`${error.message}\n--- process output ---\n${bot.output()}`);
    });
  });
  afterAll(async () => {
    await bot.kill();
    await database.stop().catch(() => {});
    await api.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("reports healthy while the database, the Bot API, the polling loop and the dispatcher are all well", async () => {
    const { status, body } = await health();
    expect(body).toMatchObject({
      status: "ok",
      checks: { database: { ok: true }, telegram: { ok: true }, updates: { ok: true, mode: "polling" }, dispatcher: { ok: true } },
    });
    expect(status).toBe(200);
  });

  it("/metrics names updates, latency, errors, the outbox, alerts, escalations and memory — and no person", async () => {
    api.push({
      message: {
        message_id: 1,
        date: Math.floor(Date.now() / 1000),
        chat,
        from: person,
        text: "/start",
        entities: [{ type: "bot_command", offset: 0, length: 6 }],
      },
    });
    await api.waitFor("sendMessage", (call) => call.payload.chat_id === person.id);
    // The update is counted once its handling has ended, just after the reply.
    let text = "";
    for (let i = 0; i < 50 && !/bot_updates_handled_total\{type="message",outcome="ok"\} 1/.test(text); i++) {
      text = await (await fetch(`${base}/metrics`)).text();
    }
    expect(text).toMatch(/^bot_updates_handled_total\{type="message",outcome="ok"\} 1$/m);
    expect(text).toMatch(/^bot_update_duration_seconds_bucket\{le="\+Inf",type="message"\} 1$/m);
    for (const kind of ["telegram", "network", "database", "other"]) expect(text).toContain(`bot_errors_total{kind="${kind}"} 0`);
    expect(text).toMatch(/^bot_outbox_depth 0$/m);
    expect(text).toMatch(/^bot_outbox_oldest_age_seconds 0$/m);
    for (const result of ["sent", "refused", "retried"]) expect(text).toContain(`bot_alerts_total{result="${result}"} 0`);
    expect(text).toContain("# TYPE bot_escalations_total counter");
    expect(text).toMatch(/^bot_escalation_timers_pending 0$/m);
    expect(text).toMatch(/^bot_checkin_timers_running 0$/m);
    expect(text).toMatch(/^bot_alarm_sends_pending 0$/m);
    expect(text).toMatch(/^process_resident_memory_bytes \d+/m);
    expect(text).toMatch(/^nodejs_heap_size_used_bytes \d+/m);
    expect(text).toMatch(/^bot_state_cache_bytes \d+/m);
    // A check-in timer started: the gauge counts it (read at the scrape, from the database).
    api.push({ callback_query: { id: "cq1", from: person, chat_instance: "h", data: "cks:1", message: { message_id: 1, date: 0, chat } } });
    await api.waitFor("editMessageText", (call) => call.payload.chat_id === person.id);
    expect(await (await fetch(`${base}/metrics`)).text()).toMatch(/^bot_checkin_timers_running 1$/m);
    // Nothing of the person: not the id (whole or in part), not the name.
    expect(text).not.toContain(String(person.id));
    expect(text).not.toContain(String(person.id).slice(0, 6));
    expect(text).not.toContain(person.first_name);
    // Every label value is a kind from a short list.
    const labels = [...text.matchAll(/^\w+\{([^}]*)\}/gm)].flatMap((m) =>
      [...m[1]!.matchAll(/(\w+)="([^"]*)"/g)].map((l) => `${l[1]}=${l[2]}`),
    );
    for (const label of new Set(labels))
      expect(label).toMatch(/^(type|outcome|kind|result|level|le|quantile|version|major|minor|patch|space)=[\w.+-]*$/);
  });

  it("answers 503 naming the database when the database stops, with no person in the body", async () => {
    await database.stop();
    const { status, body } = await health();
    expect(status).toBe(503);
    expect(body.status).toBe("unavailable");
    expect(body.checks.database!.ok).toBe(false);
    expect(body.checks.updates!.ok).toBe(true);
    expect(JSON.stringify(body)).not.toContain(String(person.id));
    expect(JSON.stringify(body)).not.toContain("mongodb://");
  });
});
