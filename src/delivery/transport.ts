import type { DeliveryJob } from "../storage/outbox-store.js";
import type { SendFailure } from "./retry-policy.js";

/** A send that failed, described the way the retry policy understands. */
export class SendFailureError extends Error {
  constructor(readonly failure: SendFailure) {
    super(`send failed: ${failure.kind}${"status" in failure ? ` ${failure.status}` : ""}`);
    this.name = "SendFailureError";
  }
}

/** How alerts reach Telegram; the bot adapter implements it, tests fake it. */
export interface AlertTransport {
  /** Sends the short placeholder message and returns its id. */
  placeholder(job: DeliveryJob): Promise<number>;
  /** Writes the alert into the placeholder. Writing the same alert again must succeed. */
  write(job: DeliveryJob, messageId: number): Promise<void>;
}
