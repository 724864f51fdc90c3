/**
 * What `/metrics` shows (Prometheus text, prom-client). Labels carry kinds
 * only — update types, error kinds, failure kinds, sectors and escalation
 * levels — never a chat, a person, a report code or a text, so nothing in a
 * scrape identifies anyone.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

/** What the gauges read when scraped: the queues in the database, the memory cache. */
export interface MetricsSources {
  /** Alerts queued for delivery. */
  outboxDepth(): Promise<number>;
  /** When the oldest queued alert was queued. */
  oldestQueuedAt(): Promise<Date | undefined>;
  /** Cases waiting for their escalation time. */
  escalationsPending(): Promise<number>;
  /** Check-in timers running (each may raise an alarm at its deadline). */
  checkinTimersRunning(): Promise<number>;
  /** Alarm messages (to trusted contacts, to leads) stored and not yet sent. */
  alarmSendsPending(): Promise<number>;
  /** Bytes of per-chat state the stores keep in memory. */
  stateCacheBytes(): number;
}

export class BotMetrics {
  readonly registry = new Registry();
  private readonly updates: Counter<"type" | "outcome">;
  private readonly latency: Histogram<"type">;
  private readonly errors: Counter<"kind">;
  private readonly alerts: Counter<"result">;
  private readonly escalations: Counter<"level">;

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    const registers = [this.registry];
    this.updates = new Counter({
      name: "bot_updates_handled_total",
      help: "Telegram updates handled, by update type and outcome (ok, failed)",
      labelNames: ["type", "outcome"],
      registers,
    });
    this.latency = new Histogram({
      name: "bot_update_duration_seconds",
      help: "Time to handle one update, from its arrival to its durable end",
      labelNames: ["type"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    });
    this.errors = new Counter({
      name: "bot_errors_total",
      help: "Errors by kind: telegram (the Bot API refused), network (it could not be reached), database, other",
      labelNames: ["kind"],
      registers,
    });
    this.alerts = new Counter({
      name: "bot_alerts_total",
      help: "Alerts to leads: sent, refused for good (the lead is skipped for the next level), retried later",
      labelNames: ["result"],
      registers,
    });
    this.escalations = new Counter({
      name: "bot_escalations_total",
      help: "Cases nobody took in time, moved up to this level",
      labelNames: ["level"],
      registers,
    });
    for (const kind of ERROR_KINDS) this.errors.inc({ kind }, 0);
    for (const result of ["sent", "refused", "retried"]) this.alerts.inc({ result }, 0);
  }

  /** Gauges read from the database at each scrape (a failed read is left out of that scrape, not fatal). */
  watch(sources: MetricsSources): void {
    const registers = [this.registry];
    new Gauge({
      name: "bot_outbox_depth",
      help: "Alerts queued for delivery",
      registers,
      async collect() {
        this.set(await sources.outboxDepth());
      },
    });
    new Gauge({
      name: "bot_outbox_oldest_age_seconds",
      help: "How long the oldest queued alert has waited (0 when none is queued)",
      registers,
      async collect() {
        const oldest = await sources.oldestQueuedAt();
        this.set(oldest ? Math.max(0, (Date.now() - oldest.getTime()) / 1000) : 0);
      },
    });
    new Gauge({
      name: "bot_escalation_timers_pending",
      help: "Cases waiting for their escalation time",
      registers,
      async collect() {
        this.set(await sources.escalationsPending());
      },
    });
    new Gauge({
      name: "bot_checkin_timers_running",
      help: "Check-in timers running (each raises the alarm at its deadline unless answered)",
      registers,
      async collect() {
        this.set(await sources.checkinTimersRunning());
      },
    });
    new Gauge({
      name: "bot_alarm_sends_pending",
      help: "Alarm messages stored and not yet sent (should be 0 within seconds of an alarm)",
      registers,
      async collect() {
        this.set(await sources.alarmSendsPending());
      },
    });
    new Gauge({
      name: "bot_state_cache_bytes",
      help: "Per-chat state kept in memory (sessions, form state, message trails), within its budget",
      registers,
      collect() {
        this.set(sources.stateCacheBytes());
      },
    });
  }

  updateHandled(type: string, seconds: number, ok: boolean): void {
    const known = UPDATE_TYPES.has(type) ? type : "other";
    this.updates.inc({ type: known, outcome: ok ? "ok" : "failed" });
    this.latency.observe({ type: known }, seconds);
  }

  error(kind: ErrorKind): void {
    this.errors.inc({ kind });
  }

  alert(result: "sent" | "refused" | "retried"): void {
    this.alerts.inc({ result });
  }

  escalated(level: string): void {
    this.escalations.inc({ level });
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}

export const ERROR_KINDS = ["telegram", "network", "database", "other"] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

/** Update types the bot asks for; anything else is counted as "other", so a label never holds an unexpected value. */
const UPDATE_TYPES = new Set(["message", "edited_message", "callback_query", "my_chat_member"]);

/** The kind of an error, by its class name (no import of grammY or the driver here). */
export function errorKind(error: unknown): ErrorKind {
  const name = error instanceof Error ? error.name : "";
  if (name === "GrammyError") return "telegram";
  if (name === "HttpError") return "network";
  if (name.startsWith("Mongo")) return "database";
  return "other";
}
