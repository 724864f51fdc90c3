/**
 * Messages per minute, per person. Beyond the limit an update is not
 * handled: the person gets one polite line per minute (a button press is
 * still answered, so the app's spinner stops), the rest is dropped.
 *
 * In memory, bounded: a per-minute limit loses nothing that matters when
 * the process restarts; a person silent for a minute is forgotten (so ten
 * thousand silent drafts cost nothing here), and the map never holds more
 * than `maxPeople` people (the least recently seen are forgotten first). Keyed by a
 * pseudonym, so even memory holds no Telegram id.
 */
import type { MiddlewareFn } from "grammy";
import type { BotContext } from "../telegram/context.js";

export interface FloodGuardOptions {
  perMinute: number;
  pseudonym: (id: number) => string;
  now?: () => number;
  maxPeople?: number;
}

interface Window {
  start: number;
  count: number;
  warned: boolean;
}

const MINUTE_MS = 60_000;

export function floodGuard(options: FloodGuardOptions): MiddlewareFn<BotContext> {
  const windows = new Map<string, Window>();
  const now = options.now ?? Date.now;
  const maxPeople = options.maxPeople ?? 20_000;

  return async (ctx, next) => {
    const from = ctx.from?.id;
    // Only what a person sends counts; membership changes and the like pass.
    if (from === undefined || !(ctx.message || ctx.editedMessage || ctx.callbackQuery)) return next();
    const key = options.pseudonym(from);
    const at = now();
    let window = windows.get(key);
    if (!window || at - window.start >= MINUTE_MS) window = { start: at, count: 0, warned: false };
    window.count++;
    windows.delete(key);
    windows.set(key, window);
    // The least recently seen come first: drop those whose minute is over (they would start afresh), and any beyond the cap.
    for (const [oldest, old] of windows) {
      if (windows.size <= maxPeople && at - old.start < MINUTE_MS) break;
      windows.delete(oldest);
    }
    if (window.count <= options.perMinute) return next();

    const warn = !window.warned;
    window.warned = true;
    if (ctx.callbackQuery) {
      await ctx.answerCallbackQuery(warn ? { text: ctx.t("limit-messages"), show_alert: true } : undefined);
      return;
    }
    if (warn && ctx.chat) await ctx.reply(ctx.t("limit-messages"));
  };
}
