/**
 * What `/healthz` answers: 200 when the database answers, the Bot API was
 * reachable recently, updates are being taken (the polling loop runs, or the
 * webhook server listens) and the alert dispatcher's loop is beating; 503
 * otherwise. The JSON body names each check and how it went — kinds and
 * times only, never a person, a chat or a report.
 */
import type { Transformer } from "grammy";

export interface CheckResult {
  ok: boolean;
  /** A short reason or figure for the operator (no personal data). */
  [detail: string]: unknown;
}

export type Check = () => Promise<CheckResult>;

export interface HealthReport {
  status: "ok" | "unavailable";
  checks: Record<string, CheckResult>;
}

/** How long a check may take before it counts as failed (a dead database otherwise holds the driver for seconds). */
const CHECK_TIMEOUT_MS = 2_500;

export async function healthReport(checks: Record<string, Check>): Promise<HealthReport> {
  const results = await Promise.all(Object.entries(checks).map(async ([name, check]) => [name, await withTimeout(check)] as const));
  const all = Object.fromEntries(results);
  return { status: results.every(([, result]) => result.ok) ? "ok" : "unavailable", checks: all };
}

async function withTimeout(check: Check): Promise<CheckResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<CheckResult>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, error: `no answer within ${CHECK_TIMEOUT_MS} ms` }), CHECK_TIMEOUT_MS);
  });
  try {
    return await Promise.race([check().catch((error: unknown) => ({ ok: false, error: errorName(error) })), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The class of an error, not its message: a message can quote a URI, a token or a chat. */
function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

/** The database answers a ping. */
export function databaseCheck(ping: () => Promise<unknown>): Check {
  return async () => {
    const started = performance.now();
    await ping();
    return { ok: true, ms: Math.round(performance.now() - started) };
  };
}

/** A loop that beats (the alert dispatcher): alive when its last beat is recent. */
export function heartbeatCheck(lastBeat: () => number | undefined, maxAgeMs: number): Check {
  return () => {
    const at = lastBeat();
    if (at === undefined) return Promise.resolve({ ok: false, error: "not running" });
    const age = Date.now() - at;
    return Promise.resolve({ ok: age <= maxAgeMs, secondsSinceLastCycle: Math.round(age / 1000) });
  };
}

/**
 * Whether the Bot API answered recently. Every call through an Api with
 * {@link transformer} counts (an answer of any kind, a 400 included: the
 * server was reached); when nothing was heard for {@link RECENT_MS} — a
 * quiet webhook — the check asks Telegram itself (getMe), at most once per
 * {@link PROBE_EVERY_MS}.
 */
export class BotApiWatch {
  static readonly RECENT_MS = 90_000;
  static readonly PROBE_EVERY_MS = 30_000;
  private lastAnswerAt: number | undefined;
  private lastFailureAt: number | undefined;
  private lastProbeAt = 0;

  constructor(
    private readonly probe: () => Promise<unknown>,
    /** Told when Telegram stops answering and when it answers again (the operator's log). */
    private readonly onChange?: (reachable: boolean) => void,
  ) {}

  readonly transformer: Transformer = async (prev, method, payload, signal) => {
    try {
      const response = await prev(method, payload, signal);
      this.answered();
      return response;
    } catch (error) {
      // A network failure or a timeout: Telegram was not reached. A call we aborted ourselves (shutdown) says nothing.
      if (!signal?.aborted) this.failed();
      throw error;
    }
  };

  private answered(): void {
    const wasDown = this.down();
    this.lastAnswerAt = Date.now();
    if (wasDown && this.lastFailureAt !== undefined) this.onChange?.(true);
  }

  private failed(): void {
    const wasDown = this.down();
    this.lastFailureAt = Date.now();
    if (!wasDown) this.onChange?.(false);
  }

  private down(): boolean {
    return this.lastFailureAt !== undefined && (this.lastAnswerAt === undefined || this.lastFailureAt > this.lastAnswerAt);
  }

  readonly check: Check = async () => {
    const now = Date.now();
    const heard = this.lastAnswerAt !== undefined && now - this.lastAnswerAt <= BotApiWatch.RECENT_MS;
    if ((!heard || this.down()) && now - this.lastProbeAt >= BotApiWatch.PROBE_EVERY_MS) {
      this.lastProbeAt = now;
      try {
        await this.probe();
        this.answered();
      } catch {
        this.failed();
      }
    }
    const age = this.lastAnswerAt === undefined ? undefined : Math.round((Date.now() - this.lastAnswerAt) / 1000);
    const ok = this.lastAnswerAt !== undefined && Date.now() - this.lastAnswerAt <= BotApiWatch.RECENT_MS && !this.down();
    return { ok, secondsSinceLastAnswer: age };
  };
}
