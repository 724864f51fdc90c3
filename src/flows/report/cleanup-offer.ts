import type { Context } from "grammy";
import type { Translate } from "../../shared/text.js";
import { AFTER_SUBMIT } from "./callback-data.js";

/**
 * After a report, a quick alert or a cancelled form: the phone may be seized,
 * so the chat's messages can go. The buttons are handled outside the flows
 * (bot/features/clean-chat.ts), whenever they are pressed.
 */
export async function offerCleanup(ctx: Context, t: Translate): Promise<void> {
  await ctx.reply(t("cleanup-offer"), {
    reply_markup: {
      inline_keyboard: [
        [
          { text: t("btn-clean"), callback_data: AFTER_SUBMIT.clean },
          { text: t("btn-keep"), callback_data: AFTER_SUBMIT.keep },
        ],
      ],
    },
  });
}
