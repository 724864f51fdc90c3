/**
 * The lease that makes one of two bot processes active (src/serve/lease.ts),
 * on the real embedded database, with a clock the test moves by hand.
 */
import { afterEach, describe, expect, it } from "vitest";
import { Lease, LEASE_TIMING, type LeaseClock } from "../src/serve/lease.js";
import { LeaseStore } from "../src/storage/lease-store.js";
import { openTestStorage } from "./helpers/test-storage.js";

/**
 * Time moves only when the test says; sleepers wake when their time has come. Before time moves
 * on, every database call the woken ones made has been answered (the database runs in real time).
 */
class ManualClock implements LeaseClock {
  private time = 0;
  private sleepers: Array<{ at: number; wake: () => void }> = [];
  private inFlight = 0;
  now = () => this.time;
  sleep = (ms: number) => new Promise<void>((wake) => this.sleepers.push({ at: this.time + ms, wake }));
  /** The store, with its calls counted. */
  tracking(store: LeaseStore): LeaseStore {
    const track = <T>(call: Promise<T>): Promise<T> => {
      this.inFlight++;
      return call.finally(() => this.inFlight--);
    };
    return Object.assign(Object.create(store) as LeaseStore, {
      read: () => track(store.read()),
      replace: (...args: Parameters<LeaseStore["replace"]>) => track(store.replace(...args)),
      release: (holder: string) => track(store.release(holder)),
    });
  }
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    while (this.time < end) {
      this.time = Math.min(end, this.time + 250);
      const due = this.sleepers.filter((s) => s.at <= this.time);
      this.sleepers = this.sleepers.filter((s) => s.at > this.time);
      for (const s of due) s.wake();
      do await new Promise((resolve) => setTimeout(resolve, 1));
      while (this.inFlight > 0);
    }
  }
}

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
});

async function twoProcesses() {
  const storage = await openTestStorage();
  cleanups.push(() => storage.drop());
  const clock = new ManualClock();
  const lost: string[] = [];
  const make = (instanceId: string) => {
    const lease = new Lease({
      store: clock.tracking(new LeaseStore(storage.db)),
      instanceId,
      clock,
      onLost: (reason) => lost.push(`${instanceId}:${reason}`),
    });
    cleanups.push(() => lease.stop());
    return lease;
  };
  return { storage, clock, lost, a: make("a"), b: make("b") };
}

describe("the lease between two bot processes", () => {
  it("makes exactly one of two processes starting together active, and keeps it so while it renews", async () => {
    const { clock, a, b, lost } = await twoProcesses();
    const acquired: string[] = [];
    void a.acquire().then((ok) => ok && acquired.push("a"));
    void b.acquire().then((ok) => ok && acquired.push("b"));
    await clock.advance(5_000);
    expect(acquired).toHaveLength(1);
    expect([a.active, b.active].filter(Boolean)).toHaveLength(1);
    // A minute of renewals: the standby never takes over, nobody loses the lease.
    await clock.advance(60_000);
    expect(acquired).toHaveLength(1);
    expect(lost).toEqual([]);
  });

  it("lets the standby take over once the holder stops renewing, and not before", async () => {
    const { storage, clock, a, b, lost } = await twoProcesses();
    void a.acquire();
    await clock.advance(2_000);
    expect(a.active).toBe(true);
    let bActive = false;
    void b.acquire().then((ok) => (bActive = ok));
    await clock.advance(20_000);
    expect(bActive).toBe(false);

    // "a" dies without a word: its renewals stop (as a SIGKILL would), the document stays.
    (a as unknown as { state: string }).state = "stopped";
    await clock.advance(LEASE_TIMING.expireMs - LEASE_TIMING.renewMs);
    expect(bActive).toBe(false);
    await clock.advance(LEASE_TIMING.renewMs + LEASE_TIMING.watchMs + LEASE_TIMING.settleMs + 1_000);
    expect(bActive).toBe(true);
    expect((await new LeaseStore(storage.db).read())?.holder).toBe("b");
    expect(lost).toEqual([]);
  });

  it("stops the old holder at its next renewal when it sees another holder", async () => {
    const { storage, clock, a, lost } = await twoProcesses();
    void a.acquire();
    await clock.advance(2_000);
    expect(a.active).toBe(true);
    // Another process wrote itself in (say, after "a" hung for longer than the expiry).
    const store = new LeaseStore(storage.db);
    const current = await store.read();
    expect(await store.replace(current, { holder: "c", beat: current!.beat + 1 })).toBe(true);
    await clock.advance(LEASE_TIMING.renewMs + 500);
    expect(lost).toEqual(["a:taken"]);
    expect(a.active).toBe(false);
  });

  it("stops the holder that cannot renew before a standby could judge the lease free", async () => {
    const { storage, clock, lost } = await twoProcesses();
    const store = new LeaseStore(storage.db);
    let databaseDown = false;
    const flaky = Object.assign(Object.create(store) as LeaseStore, {
      read: () => (databaseDown ? Promise.reject(new Error("down")) : store.read()),
    });
    const lease = new Lease({ store: clock.tracking(flaky), instanceId: "x", clock, onLost: (reason) => lost.push(`x:${reason}`) });
    cleanups.push(() => lease.stop());
    void lease.acquire();
    await clock.advance(2_000);
    expect(lease.active).toBe(true);
    databaseDown = true;
    // It took the lease at about 1 s (after the settle time) and never renewed it since: a standby that saw
    // that write may judge the lease free from 1 s + expireMs on. The holder must have stopped by then.
    await clock.advance(1_000 + LEASE_TIMING.expireMs - LEASE_TIMING.marginMs - 500 - 2_000);
    expect(lost).toEqual([]);
    await clock.advance(LEASE_TIMING.marginMs + 500);
    expect(lost).toEqual(["x:unrenewed"]);
  });

  it("hands the lease over at once on a clean stop", async () => {
    const { clock, a, b } = await twoProcesses();
    void a.acquire();
    await clock.advance(2_000);
    let bActive = false;
    void b.acquire().then((ok) => (bActive = ok));
    await clock.advance(3_000);
    await a.stop();
    await clock.advance(LEASE_TIMING.watchMs + LEASE_TIMING.settleMs + 500);
    expect(bActive).toBe(true);
  });
});
