/**
 * What to do when a send fails. Telegram's 429 names its own wait; server
 * errors and lost connections are retried with growing, jittered delays;
 * errors that will not go away (blocked, chat not found) are final.
 */
export type SendFailure =
  | { kind: "rate-limited"; retryAfterSeconds: number }
  | { kind: "server-error"; status: number }
  | { kind: "network" }
  | { kind: "rejected"; status: number; description: string };

export type RetryDecision = { retry: true; delayMs: number } | { retry: false };

const BASE_MS = 1_000;
const MAX_MS = 60_000;

export function retryDecision(failure: SendFailure, attempt: number, random: () => number = Math.random): RetryDecision {
  switch (failure.kind) {
    case "rate-limited":
      return { retry: true, delayMs: failure.retryAfterSeconds * 1_000 };
    case "server-error":
    case "network": {
      const exponential = Math.min(MAX_MS, BASE_MS * 2 ** attempt);
      return { retry: true, delayMs: Math.round(exponential / 2 + random() * (exponential / 2)) };
    }
    case "rejected":
      return { retry: false };
  }
}
