import { GrammyError, type InlineKeyboard } from "grammy";
import type { BotContext } from "../telegram/context.js";

export interface Screen {
  /** Telegram HTML. */
  text: string;
  keyboard?: InlineKeyboard;
}

/**
 * Shows a screen: a button press edits the message it came from, so the guide
 * stays one message in the chat; anything else sends a new message.
 */
export async function showScreen(ctx: BotContext, screen: Screen): Promise<void> {
  const options = { parse_mode: "HTML" as const, reply_markup: screen.keyboard, link_preview_options: { is_disabled: true } };
  if (ctx.callbackQuery?.message) {
    try {
      await ctx.editMessageText(screen.text, options);
      return;
    } catch (error) {
      // The same screen pressed twice: nothing to change.
      if (error instanceof GrammyError && error.description.includes("message is not modified")) return;
      // The message is gone or can no longer be edited: fall through to a new one.
      if (!(error instanceof GrammyError && error.error_code === 400)) throw error;
    }
  }
  await ctx.reply(screen.text, options);
}
