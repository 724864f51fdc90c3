/** A loop's pause between cycles that `wake()` cuts short (new work queued, or the loop stopping). */
export class WakeableSleep {
  private wakeUp: (() => void) | undefined;

  sleep(ms: number): Promise<void> {
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

  /** Ends the current pause at once; does nothing when the loop is not pausing. */
  wake(): void {
    this.wakeUp?.();
  }
}
