/**
 * /forget and "🗑 Forget me": after a confirmation that says what it does and
 * what it cannot do, the bot deletes what it can of the person — the
 * messages of the chat it can still delete, unfinished forms (drafts),
 * the language choice, a running check-in timer and its location, its way back
 * to them as a reporter (the reports stay
 * with the alliance, unlinked; leads are told "the reporter left"), the relay
 * records of their chat, and the chat's trail. It cannot delete messages
 * older than 48 hours, nor what leads already received. The bot keeps no
 * trusted-contact data; if it ever does, it is deleted here too.
 */
import { Composer, InlineKeyboard } from "grammy";
import type { Storage } from "../../storage/database.js";
import { defineButton, matching, onPress } from "../../telegram/callback-data.js";
import { CB } from "../callback-data.js";
import type { BotContext } from "../../telegram/context.js";
import { deleteChatMessages, type CleanChatDeps } from "./clean-chat.js";

/** `fg:yes:<minute asked, base 36>`: an old confirmation is asked again. */
export const FORGET_YES = defineButton("fg:yes", { asked: matching("[0-9a-z]{1,9}") });
/** `fg:no` */
export const FORGET_NO = defineButton("fg:no", {});
const CONFIRMATION_VALID_MS = 60 * 60 * 1000;
const MINUTE_MS = 60_000;

export interface ForgetDeps extends CleanChatDeps {
  storage: Pick<Storage, "reports" | "relays" | "trails" | "timers" | "trustedContacts" | "alarms">;
}

export function forgetFeature(deps: ForgetDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  const confirm = (ctx: BotContext) =>
    ctx.reply(ctx.t("forget-confirm"), {
      reply_markup: new InlineKeyboard()
        .text(ctx.t("forget-yes"), FORGET_YES.pack({ asked: Math.floor(Date.now() / MINUTE_MS).toString(36) }))
        .row()
        .text(ctx.t("forget-no"), FORGET_NO.pack({})),
    });

  composer.command("forget", confirm);
  composer.callbackQuery(CB.forget, async (ctx) => {
    await ctx.answerCallbackQuery();
    await confirm(ctx);
  });
  composer.callbackQuery(FORGET_NO.filter, async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(ctx.t("forget-kept")).catch(() => {});
  });

  composer.callbackQuery(
    FORGET_YES.filter,
    onPress(FORGET_YES, async (ctx, { asked }) => {
      await ctx.answerCallbackQuery();
      if (Date.now() - parseInt(asked, 36) * MINUTE_MS > CONFIRMATION_VALID_MS) return confirm(ctx);
      const chatId = ctx.chat!.id;
      // Worked out now: the language choice is about to go.
      const t = ctx.t;
      ctx.locale();

      // What is kept about the person first: if this fails, the messages are still there to try again.
      await deps.trail.flush(ctx);
      const key = deps.pseudonym(chatId);
      const trail = await deps.storage.trails.read(key);
      const codes = await deps.storage.reports.forgetReporter(chatId);
      await deps.storage.relays.forgetChat(
        key,
        trail.m.map(([id]) => id),
        codes,
      );
      await deps.storage.timers.forget(chatId);
      // Trusted contacts: the person's own (and their active alarm), and every list they are on.
      const activeAlarm = (await deps.storage.trustedContacts.profile(chatId))?.activeAlarm;
      if (activeAlarm) await deps.storage.alarms.delete([activeAlarm.id]);
      await deps.storage.trustedContacts.forget(chatId);
      await ctx.conversation.exitAll();
      // grammY deletes the session (the language) when the update is done.
      (ctx as { session: unknown }).session = undefined;

      const result = await deleteChatMessages(ctx, deps);
      deps.trail.stop(ctx, chatId);
      await deps.storage.trails.delete(key);
      deps.logger.info({ unlinkedReports: codes.length }, "a person asked the bot to forget them");
      // Not recorded: nothing of the chat is kept after this line.
      await ctx.reply(t(result.notDeleted > 0 ? "forget-done-partly" : "forget-done"));
    }),
  );

  return composer;
}
