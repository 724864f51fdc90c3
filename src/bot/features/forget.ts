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
import { CB } from "../callback-data.js";
import type { BotContext } from "../../telegram/context.js";
import { deleteChatMessages, type CleanChatDeps } from "./clean-chat.js";

/** `fg:yes:<minute asked, base 36>`: an old confirmation is asked again. */
const YES = /^fg:yes:([0-9a-z]{1,9})$/;
const NO = "fg:no";
const CONFIRMATION_VALID_MS = 60 * 60 * 1000;
const MINUTE_MS = 60_000;

export interface ForgetDeps extends CleanChatDeps {
  storage: Pick<Storage, "reports" | "relays" | "trails" | "timers">;
}

export function forgetFeature(deps: ForgetDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  const confirm = (ctx: BotContext) =>
    ctx.reply(ctx.t("forget-confirm"), {
      reply_markup: new InlineKeyboard()
        .text(ctx.t("forget-yes"), `fg:yes:${Math.floor(Date.now() / MINUTE_MS).toString(36)}`)
        .row()
        .text(ctx.t("forget-no"), NO),
    });

  composer.command("forget", confirm);
  composer.callbackQuery(CB.forget, async (ctx) => {
    await ctx.answerCallbackQuery();
    await confirm(ctx);
  });
  composer.callbackQuery(NO, async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(ctx.t("forget-kept")).catch(() => {});
  });

  composer.callbackQuery(YES, async (ctx) => {
    await ctx.answerCallbackQuery();
    if (Date.now() - parseInt(ctx.match[1]!, 36) * MINUTE_MS > CONFIRMATION_VALID_MS) return confirm(ctx);
    const chatId = ctx.chat!.id;
    // Worked out now: the language choice is about to go.
    const t = ctx.t;
    ctx.locale();

    // What is kept about the person first: if this fails, the messages are still there to try again.
    await deps.trail.flush();
    const key = deps.pseudonym(chatId);
    const trail = await deps.storage.trails.read(key);
    const codes = await deps.storage.reports.forgetReporter(chatId);
    await deps.storage.relays.forgetChat(
      key,
      trail.m.map(([id]) => id),
      codes,
    );
    await deps.storage.timers.forget(chatId);
    await ctx.conversation.exitAll();
    // grammY deletes the session (the language) when the update is done.
    (ctx as { session: unknown }).session = undefined;

    const result = await deleteChatMessages(ctx, deps);
    deps.trail.stop(chatId);
    await deps.storage.trails.delete(key);
    deps.logger.info({ unlinkedReports: codes.length }, "a person asked the bot to forget them");
    // Not recorded: nothing of the chat is kept after this line.
    await ctx.reply(t(result.notDeleted > 0 ? "forget-done-partly" : "forget-done"));
  });

  return composer;
}
