/** Reads, from what a fake Bot API carried out, which alerts reached which chat, and how often. */
import type { RecordedCall } from "./fake-bot-api-server.js";

const CODE = /<code>([2-9A-Z]{4}-[2-9A-Z]{4})<\/code>/;

/** `code|chat` → the ids of the messages the alert was written into (more than one = sent twice). */
export function alertLedger(performed: RecordedCall[]): Map<string, Set<number>> {
  const ledger = new Map<string, Set<number>>();
  for (const call of performed) {
    if (call.method !== "editMessageText") continue;
    const code = CODE.exec(String(call.payload.text))?.[1];
    if (!code) continue;
    const key = `${code}|${call.payload.chat_id}`;
    (ledger.get(key) ?? ledger.set(key, new Set()).get(key)!).add(Number(call.payload.message_id));
  }
  return ledger;
}

/** A small deterministic generator, so a failing run can be repeated. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
