/**
 * Deleting the chat's messages: "🧹 Delete them" after a report (or a
 * cancelled one), "🧹 Delete it all" after a document, /clean and the menu
 * entry. All of them delete the chat's trail (bot/chat-trail.ts), so they work
 * whatever was sent since and however the form ended, for as long as
 * Telegram lets a bot delete (48 hours); what is older is counted and the
 * person is told to delete it by hand.
 */
import { Composer } from "grammy";
import type { Logger } from "pino";
import { CLEANUP, CLEANUP_MAX_MESSAGES } from "../../flows/documents/callback-data.js";
import { onPress } from "../../telegram/callback-data.js";
import { AFTER_SUBMIT } from "../../flows/report/callback-data.js";
import { cleanable, deleteBatches } from "../../privacy/chat-trail.js";
import type { TrailStore } from "../../storage/trail-store.js";
import { CB } from "../callback-data.js";
import type { ChatTrail } from "../chat-trail.js";
import type { BotContext } from "../../telegram/context.js";
import { describeError } from "../error-boundary.js";

export interface CleanChatDeps {
  trail: ChatTrail;
  trails: TrailStore;
  pseudonym: (id: number) => string;
  logger: Logger;
}

export interface CleanResult {
  /** Ids asked to be deleted. */
  deleted: number;
  /** Messages the bot knows of but could not delete (older than 48 hours, or refused). */
  notDeleted: number;
}

/** Deletes every message of this private chat's trail (and `extra` ids) that can still be deleted. */
export async function deleteChatMessages(ctx: BotContext, deps: CleanChatDeps, extra: number[] = []): Promise<CleanResult> {
  const chatId = ctx.chat!.id;
  const key = deps.pseudonym(chatId);
  await deps.trail.flush(ctx);
  const trail = await deps.trails.read(key);
  const { ids, tooOld } = cleanable(trail, Date.now());
  const all = [...new Set([...ids, ...extra])].sort((a, b) => a - b);
  let refused = 0;
  for (const batch of deleteBatches(all)) {
    await ctx.api.deleteMessages(chatId, batch).catch((error) => {
      refused += batch.length;
      deps.logger.warn({ err: describeError(error), count: batch.length }, "chat messages could not be deleted");
    });
  }
  await deps.trails.cleaned(key, Math.max(trail.upTo, ...all));
  return { deleted: all.length - refused, notDeleted: tooOld + refused };
}

export function cleanChatFeature(deps: CleanChatDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  const cleanAndSay = async (ctx: BotContext, doneKey: string, extra: number[] = []) => {
    const result = await deleteChatMessages(ctx, deps, extra);
    const lines = [ctx.t(result.notDeleted > 0 ? "clean-partly" : doneKey)];
    // The form's question was deleted too; the form itself waits.
    if (Object.keys(ctx.conversation.active()).length > 0) lines.push(ctx.t("clean-form-open"));
    await ctx.reply(lines.join("\n\n"));
  };

  composer.command("clean", (ctx) => cleanAndSay(ctx, "clean-done"));
  composer.callbackQuery(CB.clean, async (ctx) => {
    await ctx.answerCallbackQuery();
    await cleanAndSay(ctx, "clean-done");
  });

  // After a report: stateless, so it works after anything else was sent, and later.
  composer.callbackQuery(AFTER_SUBMIT.clean, async (ctx) => {
    await ctx.answerCallbackQuery();
    await cleanAndSay(ctx, "cleaned");
  });
  composer.callbackQuery(AFTER_SUBMIT.keep, async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(ctx.t("cleanup-kept")).catch(() => {});
  });

  // After a document: the trail, and the range in the button (a form started before the trail was kept).
  composer.callbackQuery(
    CLEANUP.filter,
    onPress(CLEANUP, async (ctx, values) => {
      await ctx.answerCallbackQuery();
      const last = ctx.callbackQuery.message?.message_id;
      const first = Number(values.first);
      const inReach = last !== undefined && first <= last && last - first <= CLEANUP_MAX_MESSAGES;
      const range = inReach ? Array.from({ length: last - first + 1 }, (_, i) => first + i) : [];
      await cleanAndSay(ctx, "doc-cleaned", range);
    }),
  );

  return composer;
}
