/**
 * Runs the check-in timers: "Are you OK?" before the deadline, and at the
 * deadline the alarm with the last location. Wakes every {@link WAKE_EVERY_MS}
 * and at the next due moment, so a timer fires within seconds of its deadline
 * (the issue asks for 60 s). After downtime the first run fires every overdue
 * timer at once, however long ago its deadline passed — the person did not
 * check in, and the bot being offline does not make them safer — and the
 * person's message says how late it comes (see LATE_NOTICE_AFTER_MS). A timer
 * whose reminder and deadline both passed while the bot was down fires
 * without the reminder. Runs on a clock the caller controls.
 */
import type { Logger } from "pino";
import { dueAction, type AlarmResult, type RaiseAlarm } from "../emergency/checkin.js";
import type { CheckinTimer, TimersStore } from "../storage/timers-store.js";

/** The longest the job sleeps: a timer started or extended meanwhile is seen within this. */
export const WAKE_EVERY_MS = 15_000;

/** What the person is told; the bot layer writes it (in the timer's language). */
export interface CheckinNotices {
  /** "Are you OK?" with [I'm safe] [+1 hour]. */
  remind(timer: CheckinTimer, now: number): Promise<void>;
  /** The time ran out: what the alarm did, and how late after the deadline this is. */
  fired(timer: CheckinTimer, outcome: AlarmResult, lateMs: number): Promise<void>;
}

export interface CheckinTimerJobDeps {
  timers: TimersStore;
  raise: RaiseAlarm;
  notices: CheckinNotices;
  logger: Logger;
  now?: () => number;
}

export class CheckinTimerJob {
  private timer: NodeJS.Timeout | undefined;
  private stopped = true;
  private running: Promise<unknown> | undefined;

  constructor(private readonly deps: CheckinTimerJobDeps) {}

  private now(): number {
    return (this.deps.now ?? Date.now)();
  }

  /** Sends every due reminder and fires every due timer; returns how many of each. */
  async runOnce(): Promise<{ reminded: number; fired: number }> {
    const counts = { reminded: 0, fired: 0 };
    const now = this.now();
    for (const due of await this.deps.timers.due(now)) {
      try {
        const action = dueAction(due.stage, due.deadline, now);
        if (action === "remind") {
          const timer = await this.deps.timers.claimReminder(due.id, due.deadline, now);
          if (!timer) continue;
          await this.deps.notices.remind(timer, now);
          counts.reminded++;
        } else if (action === "fire") {
          const timer = await this.deps.timers.claimFiring(due.id, now);
          if (!timer) continue;
          const outcome = await this.deps.raise(timer.chatId, { location: timer.location, cause: "checkin" });
          await this.deps.notices.fired(timer, outcome, Math.max(0, now - timer.deadline));
          await this.deps.timers.finish(due.id);
          this.deps.logger.info({ outcome, lateMs: Math.max(0, now - timer.deadline) }, "check-in timer ran out");
          counts.fired++;
        }
      } catch (error) {
        // Left claimed: a firing is taken up again when its lease ends.
        this.deps.logger.error({ err: error instanceof Error ? error.message : "unknown" }, "check-in timer step failed");
      }
    }
    return counts;
  }

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** A timer was started or changed: look again soon (its reminder may be sooner than the next wake). */
  poke(): void {
    if (!this.stopped && !this.running) this.schedule(0);
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), delayMs);
    this.timer.unref?.();
  }

  private async tick(): Promise<void> {
    if (this.stopped || this.running) return;
    this.running = this.runOnce().catch((error: unknown) =>
      this.deps.logger.error({ err: error instanceof Error ? error.message : "unknown" }, "check-in timers run failed"),
    );
    await this.running;
    this.running = undefined;
    if (this.stopped) return;
    const next = await this.deps.timers.nextDueAt().catch(() => undefined);
    const untilNext = next === undefined ? WAKE_EVERY_MS : Math.max(50, next - this.now());
    this.schedule(Math.min(WAKE_EVERY_MS, untilNext));
  }
}
