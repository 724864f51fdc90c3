/**
 * Two bot processes against one database: exactly one is active (takes
 * updates, dispatches alerts, runs timers and jobs); the other stands by and
 * takes over when the active one dies. Decided by one lease document
 * (storage/lease-store.ts): its holder, and a beat the holder bumps every
 * {@link LEASE_TIMING.renewMs}.
 *
 * Why it is safe although the embedded FerretDB's conditional writes are not
 * atomic (two racing updateOne calls can both match):
 * - A process started again with the INSTANCE_ID of the holder takes its
 *   lease back at once (a restart after a crash); two running processes must
 *   never share an INSTANCE_ID.
 * - Expiry is judged by the standby's own clock, never by a time written by
 *   another machine: the lease is free when the standby has seen the same
 *   holder and beat for {@link LEASE_TIMING.expireMs}. No clock skew enters.
 * - Taking the lease is a write conditional on what was read, then a wait of
 *   {@link LEASE_TIMING.settleMs}, then a re-read: only the process that reads
 *   itself as holder after the wait becomes active. If two writes raced and
 *   both "won", the last one stands and both read the same holder. A write
 *   that arrives after the winner's write no longer matches its filter.
 * - The active process re-reads before every renewal and stops at once (the
 *   process exits; a service manager restarts it, as a standby) when it sees
 *   another holder; so even a write delayed past the settle time gives at
 *   most one renewal period of overlap, never two lasting actives.
 * - The active process also stops when it could not renew for
 *   {@link LEASE_TIMING.expireMs} minus {@link LEASE_TIMING.marginMs} (its
 *   database unreachable): before any standby can have judged the lease free,
 *   since the standby's clock starts only when it sees the last renewal.
 */
import { randomUUID } from "node:crypto";
import type { LeaseState, LeaseStore } from "../storage/lease-store.js";

export const LEASE_TIMING = {
  /** The active process renews this often. */
  renewMs: 2_000,
  /** A standby looks at the lease this often. */
  watchMs: 500,
  /** Unchanged this long (by the standby's clock): the holder is gone. Takeover ≈ this + watch + settle + start-up: under 15 s. */
  expireMs: 7_000,
  /** Between taking the lease and trusting it: far longer than one write takes. */
  settleMs: 1_000,
  /** The active process stops this long before a standby could take over (two renewals may fail first). */
  marginMs: 2_000,
} as const;

export interface LeaseClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const realClock: LeaseClock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface LeaseOptions {
  store: LeaseStore;
  /** INSTANCE_ID, or a random one. */
  instanceId?: string;
  clock?: LeaseClock;
  timing?: typeof LEASE_TIMING;
  /** Said once each time the lease is seen held by another (the operator's log). */
  onStandby?: () => void;
  /** The lease is gone: the process must stop acting at once. */
  onLost: (reason: "taken" | "unrenewed") => void;
}

export class Lease {
  readonly instanceId: string;
  private readonly clock: LeaseClock;
  private readonly timing: typeof LEASE_TIMING;
  private state: "standby" | "active" | "stopped" = "standby";

  constructor(private readonly options: LeaseOptions) {
    this.instanceId = options.instanceId ?? randomUUID();
    this.clock = options.clock ?? realClock;
    this.timing = options.timing ?? LEASE_TIMING;
  }

  get active(): boolean {
    return this.state === "active";
  }

  /** Waits (standing by) until this process holds the lease; then keeps renewing it. False if stopped first. */
  async acquire(): Promise<boolean> {
    const { store } = this.options;
    let seen: LeaseState | null | undefined;
    let seenSince = 0;
    let toldStandby = false;
    while (this.state === "standby") {
      const now = this.clock.now();
      const current = await store.read().catch(() => undefined);
      if (current !== undefined) {
        if (!sameLease(current, seen)) {
          seen = current;
          seenSince = now;
        }
        const free = current === null || current.holder === this.instanceId || now - seenSince >= this.timing.expireMs;
        if (free && (await this.take(current))) {
          this.state = "active";
          void this.renewLoop(this.clock.now());
          return true;
        }
        if (!free && !toldStandby) {
          toldStandby = true;
          this.options.onStandby?.();
        }
      }
      await this.clock.sleep(this.timing.watchMs);
    }
    return false;
  }

  /** Writes this process in as holder, waits, and checks it is still the holder. */
  private async take(current: LeaseState | null): Promise<boolean> {
    const next = { holder: this.instanceId, beat: (current?.beat ?? 0) + 1 };
    const wrote = await this.options.store.replace(current, next).catch(() => false);
    if (!wrote) return false;
    await this.clock.sleep(this.timing.settleMs);
    const after = await this.options.store.read().catch(() => null);
    return after?.holder === this.instanceId && this.state === "standby";
  }

  private async renewLoop(renewedAt: number): Promise<void> {
    let lastRenewed = renewedAt;
    while (this.state === "active") {
      // Past this moment a standby may soon judge the lease free: stop first.
      const deadline = lastRenewed + this.timing.expireMs - this.timing.marginMs;
      await this.clock.sleep(Math.max(0, Math.min(this.timing.renewMs, deadline - this.clock.now())));
      if (this.state !== "active") return;
      if (this.clock.now() >= deadline) return this.lose("unrenewed");
      const started = this.clock.now();
      // A database that hangs counts as one that fails.
      const outcome = await Promise.race([
        this.renew().catch(() => "failed" as const),
        this.clock.sleep(deadline - started).then(() => "failed" as const),
      ]);
      if (outcome === "taken") return this.lose("taken");
      if (outcome === "renewed") lastRenewed = started;
    }
  }

  private async renew(): Promise<"renewed" | "taken"> {
    const current = await this.options.store.read();
    if (current?.holder !== this.instanceId) return "taken";
    const next = { holder: this.instanceId, beat: current.beat + 1 };
    return (await this.options.store.replace(current, next)) ? "renewed" : "taken";
  }

  private lose(reason: "taken" | "unrenewed"): void {
    if (this.state !== "active") return;
    this.state = "stopped";
    this.options.onLost(reason);
  }

  /** Stops watching or renewing; an active holder gives the lease up, so a standby takes over at its next look. */
  async stop(): Promise<void> {
    const wasActive = this.state === "active";
    this.state = "stopped";
    // A renewal in flight finds the lease gone or its filter unmatched, and stops there.
    if (wasActive) await this.options.store.release(this.instanceId).catch(() => undefined);
  }
}

function sameLease(a: LeaseState | null, b: LeaseState | null | undefined): boolean {
  if (b === undefined) return false;
  if (a === null || b === null) return a === b;
  return a.holder === b.holder && a.beat === b.beat;
}
