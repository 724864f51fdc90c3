/**
 * A background loop of the delivery: runs a cycle, pauses as long as the cycle
 * asks, and starts again — at once when poked (new work queued) or stopped.
 * A failed cycle is reported and the loop waits its idle pause, so a database
 * outage neither ends the loop nor spins it. The dispatcher and the alarm
 * sender each run one.
 */
export interface CycleLoopOptions {
  /** One cycle; returns how long to pause before the next (ms). */
  cycle: () => Promise<number>;
  /** A cycle threw: log it (the loop goes on). */
  onError: (error: unknown) => void;
  /** The pause after a failed cycle. */
  idleMs: number;
}

export class CycleLoop {
  private running = false;
  private loop: Promise<void> | undefined;
  private wakeUp: (() => void) | undefined;
  private heartbeat: number | undefined;

  constructor(private readonly options: CycleLoopOptions) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** New work is waiting: look now rather than at the end of the pause. */
  poke(): void {
    this.wakeUp?.();
  }

  /** Ends the loop after its current cycle. */
  async stop(): Promise<void> {
    this.running = false;
    this.poke();
    await this.loop;
  }

  /** When the loop last began a cycle (health: a stuck loop stops beating); undefined when not running. */
  get lastCycleAt(): number | undefined {
    return this.running ? this.heartbeat : undefined;
  }

  private async run(): Promise<void> {
    while (this.running) {
      this.heartbeat = Date.now();
      let waitMs = this.options.idleMs;
      try {
        waitMs = await this.options.cycle();
      } catch (error) {
        this.options.onError(error);
      }
      if (!this.running) break;
      await this.sleep(waitMs);
    }
  }

  /** A pause that poke() cuts short. */
  private sleep(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakeUp = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakeUp = done;
    });
  }
}
