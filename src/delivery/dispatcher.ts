/**
 * Sends queued alerts: most urgent first, within Telegram's limits, retrying
 * what failed for a passing reason, and never writing an alert twice — a
 * crash between any two steps resumes from the database.
 */
import type { Logger } from "pino";
import type { DeliveryJob, OutboxStore } from "../storage/outbox-store.js";
import { RateLimiter } from "./rate-limiter.js";
import { retryDecision, type SendFailure } from "./retry-policy.js";
import { SendFailureError, type AlertTransport } from "./transport.js";
import { redactIds } from "../logger.js";
import { CycleLoop } from "./cycle-loop.js";

export interface DispatcherDeps {
  outbox: OutboxStore;
  transport: AlertTransport;
  logger: Logger;
  limiter?: RateLimiter;
  now?: () => number;
  /** Sends in flight at once, to different chats. */
  concurrency?: number;
  /** Told about every delivered alert (metrics, tests). */
  onDelivered?: (job: DeliveryJob, messageId: number) => void;
  /** Told about every failed send that will be tried again later (metrics). */
  onRetry?: (failure: SendFailure) => void;
  /** Told about a job that can never be delivered, so someone else gets the alert. */
  onAbandoned?: (job: DeliveryJob, failure: SendFailure) => Promise<void> | void;
}

const IDLE_POLL_MS = 1_000;
const BATCH = 100;

export class Dispatcher {
  private readonly limiter: RateLimiter;
  private readonly now: () => number;
  private readonly inFlight = new Map<number, Promise<void>>();
  private readonly loop: CycleLoop;

  constructor(private readonly deps: DispatcherDeps) {
    this.limiter = deps.limiter ?? new RateLimiter();
    this.now = deps.now ?? Date.now;
    this.loop = new CycleLoop({
      cycle: () => this.dispatchDue(),
      onError: (error) => deps.logger.error({ err: redactIds((error as Error).message) }, "dispatcher cycle failed"),
      idleMs: IDLE_POLL_MS,
    });
  }

  start(): void {
    this.loop.start();
  }

  /** Sends everything due now and waits for it (tests, with a clock they control). */
  async drain(): Promise<void> {
    for (let rounds = 0; rounds < 1_000; rounds++) {
      await this.dispatchDue();
      if (this.inFlight.size === 0) {
        const next = await this.deps.outbox.nextDueAt();
        if (!next || next.getTime() > this.now()) return;
      }
      await Promise.allSettled(this.inFlight.values());
    }
  }

  /** When the sending loop last began a cycle (health: a stuck loop stops beating); undefined before start. */
  get lastCycleAt(): number | undefined {
    return this.loop.lastCycleAt;
  }

  /** New jobs are waiting: look now rather than at the next poll. */
  poke(): void {
    this.loop.poke();
  }

  async stop(): Promise<void> {
    await this.loop.stop();
    await Promise.allSettled(this.inFlight.values());
  }

  /** Starts every send that may go now; returns how long to wait before looking again. */
  private async dispatchDue(): Promise<number> {
    const now = this.now();
    const busy = [...this.inFlight.keys(), ...this.limiter.waitingChats(now)];
    const jobs = await this.deps.outbox.due(new Date(now), BATCH, busy);
    let nextLook = jobs.length === BATCH ? 0 : IDLE_POLL_MS;
    const nextDue = jobs.length === 0 ? await this.deps.outbox.nextDueAt() : undefined;
    if (nextDue) nextLook = Math.min(nextLook, Math.max(0, nextDue.getTime() - now));
    // A skipped chat becomes free within a second.
    if (busy.length > 0) nextLook = Math.min(nextLook, 50);
    const concurrency = this.deps.concurrency ?? 8;

    for (const job of jobs) {
      if (this.inFlight.has(job.chatId)) continue; // one message at a time per chat, in order
      if (this.inFlight.size >= concurrency) {
        nextLook = 0;
        break;
      }
      const at = this.limiter.earliest(job.chatId, now);
      if (at > now) {
        nextLook = Math.min(nextLook, at - now);
        continue;
      }
      this.limiter.book(job.chatId, at);
      const sending = this.deliver(job).finally(() => {
        this.inFlight.delete(job.chatId);
        this.poke();
      });
      this.inFlight.set(job.chatId, sending);
    }
    if (this.inFlight.size > 0) nextLook = Math.min(nextLook, IDLE_POLL_MS);
    return nextLook;
  }

  private async deliver(job: DeliveryJob): Promise<void> {
    try {
      let messageId = job.placeholderId;
      if (messageId === null) {
        messageId = await this.deps.transport.placeholder(job);
        await this.deps.outbox.recordPlaceholder(job._id, messageId);
      }
      await this.deps.transport.write(job, messageId);
      await this.deps.outbox.delivered(job, messageId, new Date(this.now()));
      this.deps.onDelivered?.(job, messageId);
    } catch (error) {
      await this.handleFailure(job, error);
    }
  }

  private async handleFailure(job: DeliveryJob, error: unknown): Promise<void> {
    const failure: SendFailure = error instanceof SendFailureError ? error.failure : { kind: "network" };
    if (!(error instanceof SendFailureError))
      this.deps.logger.warn({ err: redactIds((error as Error).message) }, "alert delivery step failed");
    const decision = retryDecision(failure, job.attempts);
    const now = this.now();
    if (decision.retry) {
      if (failure.kind === "rate-limited") this.limiter.pause(job.chatId, now + decision.delayMs);
      this.deps.onRetry?.(failure);
      await this.deps.outbox.retryLater(job._id, new Date(now + decision.delayMs), failure.kind).catch(() => {});
      return;
    }
    this.deps.logger.warn(
      { failure: failure.kind, status: "status" in failure ? failure.status : undefined, level: job.level },
      "alert cannot be delivered to this lead",
    );
    await this.deps.outbox.abandon(job._id);
    // A rewrite that cannot be done (the lead deleted the alert): they keep the earlier version; nobody else needs it.
    if (job.rewrite) return;
    await this.deps.onAbandoned?.(job, failure);
  }
}
