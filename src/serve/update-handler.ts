/**
 * Every update goes through here, in both modes: handled by the bot, timed
 * and counted, and its outcome known to whoever acknowledges it to Telegram
 * (the webhook answers by it). Graceful shutdown waits here for the updates
 * in flight.
 */
import type { Update } from "grammy/types";
import type { Logger } from "pino";
import { errorKind, type BotMetrics, type ErrorKind } from "../ops/metrics.js";

export type Outcome = "ok" | ErrorKind;

/** What handles updates: the grammY bot. */
export interface UpdateTarget {
  handleUpdate(update: Update): Promise<unknown>;
}

export class UpdateHandler {
  private readonly failures = new WeakMap<Update, ErrorKind>();
  private inFlight = 0;
  private idleWaiters: Array<() => void> = [];

  constructor(
    private readonly logger: Logger,
    private readonly metrics?: BotMetrics,
  ) {}

  /** For the bot's error boundary (BotDeps.onUpdateError): the update failed, and the user was told. */
  readonly failed = (error: unknown, update: Update): void => {
    const kind = errorKind(error);
    this.failures.set(update, kind);
    this.metrics?.error(kind);
  };

  /** Handles one update to its end (its writes are in the database); never rejects. */
  async handle(bot: UpdateTarget, update: Update): Promise<Outcome> {
    const started = performance.now();
    this.inFlight++;
    let outcome: Outcome;
    try {
      await bot.handleUpdate(update);
      outcome = this.failures.get(update) ?? "ok";
    } catch (error) {
      // Past the error boundary (not expected): logged by kind only.
      const inner = (error as { error?: unknown }).error ?? error;
      outcome = errorKind(inner);
      this.metrics?.error(outcome);
      this.logger.error({ err: { type: inner instanceof Error ? inner.name : typeof inner } }, "update failed outside the error boundary");
    } finally {
      if (--this.inFlight === 0) for (const wake of this.idleWaiters.splice(0)) wake();
    }
    const type = Object.keys(update).find((key) => key !== "update_id") ?? "other";
    this.metrics?.updateHandled(type, (performance.now() - started) / 1000, outcome === "ok");
    return outcome;
  }

  /** Updates being handled now. */
  get pending(): number {
    return this.inFlight;
  }

  /** Resolves once no update is being handled. */
  idle(): Promise<void> {
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }
}
