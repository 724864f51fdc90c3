/**
 * Telegram's sending limits, kept ahead of time instead of learnt from 429s:
 * about 30 messages a second overall, one a second per chat, 20 a minute per
 * group. `reserve` tells when a message to a chat may go and books that slot.
 * A 429's `retry_after` pauses the chat (or everything) for that long.
 */
export interface Limits {
  perSecond: number;
  perChatMs: number;
  perGroupPerMinute: number;
}

export const TELEGRAM_LIMITS: Limits = { perSecond: 30, perChatMs: 1_000, perGroupPerMinute: 20 };

export class RateLimiter {
  private readonly global: number[] = [];
  private readonly chatNext = new Map<number, number>();
  private readonly groupSent = new Map<number, number[]>();
  private pausedUntil = 0;

  constructor(private readonly limits: Limits = TELEGRAM_LIMITS) {}

  /** The earliest time a message to `chatId` may be sent, without booking it. */
  earliest(chatId: number, now: number): number {
    let at = Math.max(now, this.pausedUntil, this.chatNext.get(chatId) ?? 0);
    const isGroup = chatId < 0;
    if (isGroup) {
      const sent = this.groupSent.get(chatId) ?? [];
      const window = sent.filter((t) => t > at - 60_000);
      if (window.length >= this.limits.perGroupPerMinute)
        at = Math.max(at, window[window.length - this.limits.perGroupPerMinute]! + 60_000);
    }
    const recent = this.global.filter((t) => t > at - 1_000);
    if (recent.length >= this.limits.perSecond) at = Math.max(at, recent[recent.length - this.limits.perSecond]! + 1_000);
    return at;
  }

  /** Books a send at `at` (from `earliest`). */
  book(chatId: number, at: number): void {
    this.global.push(at);
    while (this.global.length > 0 && this.global[0]! <= at - 1_000) this.global.shift();
    this.chatNext.set(chatId, at + this.limits.perChatMs);
    if (chatId < 0) {
      const sent = (this.groupSent.get(chatId) ?? []).filter((t) => t > at - 60_000);
      sent.push(at);
      this.groupSent.set(chatId, sent);
    }
  }

  /** Chats that may not receive a message before a later time (1/s per chat, a 429's pause). */
  waitingChats(now: number): number[] {
    return [...this.chatNext].filter(([, next]) => next > now).map(([chatId]) => chatId);
  }

  /** Telegram said "retry after": that chat waits; with `everything`, all chats do. */
  pause(chatId: number, untilMs: number, everything = false): void {
    this.chatNext.set(chatId, Math.max(this.chatNext.get(chatId) ?? 0, untilMs));
    if (everything) this.pausedUntil = Math.max(this.pausedUntil, untilMs);
  }
}
