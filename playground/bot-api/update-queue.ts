/**
 * Updates waiting for the bot's long-polling getUpdates, as Telegram keeps them: numbered here,
 * forgotten once a later offset confirms them. Shared by the tests' fake Bot API and the playground.
 */
import type { Update } from "grammy/types";

export class UpdateQueue {
  private readonly updates: Update[] = [];
  private readonly pollers = new Set<() => void>();
  private nextUpdateId = 1;

  /** Queues an update (its update_id is assigned here) for the next getUpdates. */
  push(update: Omit<Update, "update_id"> | Update): void {
    this.updates.push({ ...update, update_id: this.nextUpdateId++ });
    this.wakeAll();
  }

  /** Ends every waiting getUpdates at once (with what is queued, maybe nothing). */
  wakeAll(): void {
    for (const wake of this.pollers) wake();
  }

  /** Answers getUpdates: waits up to its `timeout` (at most 30 s) for an update. */
  async poll(payload: Record<string, unknown>): Promise<Update[]> {
    const offset = Number(payload.offset ?? 0);
    const pending = () => this.updates.filter((update) => update.update_id >= offset);
    this.updates.splice(0, this.updates.length, ...pending());
    if (this.updates.length === 0) {
      const timeoutMs = Math.min(Number(payload.timeout ?? 0), 30) * 1000;
      await new Promise<void>((resolve) => {
        const wake = () => {
          this.pollers.delete(wake);
          clearTimeout(timer);
          resolve();
        };
        this.pollers.add(wake);
        const timer = setTimeout(wake, timeoutMs);
      });
    }
    return pending().slice(0, Number(payload.limit ?? 100));
  }
}
