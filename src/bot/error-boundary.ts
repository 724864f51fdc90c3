import { BotError, GrammyError, HttpError } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "pino";
import { redactIds } from "../logger.js";
import type { BotContext } from "../telegram/context.js";

/** Said when even the translation is unavailable. */
const LAST_RESORT = "Кешіріңіз, қате орын алды. / Извините, произошла ошибка. / Sorry, something went wrong. /start";

/**
 * What may be logged of an error: its kind and Telegram's description, never
 * the request payload (GrammyError.payload holds message texts and chat ids).
 */
export function describeError(error: unknown): Record<string, unknown> {
  if (error instanceof GrammyError) {
    return { type: "GrammyError", method: error.method, code: error.error_code, description: redactIds(error.description) };
  }
  if (error instanceof HttpError) {
    return { type: "HttpError", message: redactIds(error.message), cause: describeError(error.error) };
  }
  if (error instanceof Error) return { type: error.name, message: redactIds(error.message), stack: redactIds(error.stack ?? "") };
  return { type: typeof error };
}

/**
 * Logs the failure without personal data and tells the user something went
 * wrong. Used as `bot.errorBoundary(…)` at the top of the middleware, so it
 * works the same under polling, the runner, webhooks and `handleUpdate` in tests.
 * `onError` hears of each failure (metrics; a webhook answers Telegram by it).
 */
export function errorBoundary(logger: Logger, onError?: (error: unknown, update: Update) => void) {
  return async (botError: BotError<BotContext>): Promise<void> => {
    const { ctx } = botError;
    const error = botError.error instanceof BotError ? botError.error.error : botError.error;
    const updateType = Object.keys(ctx.update).find((key) => key !== "update_id");
    logger.error({ err: describeError(error), updateType }, "update handling failed");
    onError?.(error, ctx.update);
    if (ctx.chat?.type !== "private") return;
    let text = LAST_RESORT;
    try {
      text = ctx.t("error-generic");
    } catch {
      // i18n did not run for this update; the trilingual line will do.
    }
    try {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => {});
      await ctx.reply(text);
    } catch (replyError) {
      logger.warn({ err: describeError(replyError) }, "could not tell the user about the failure");
    }
  };
}
