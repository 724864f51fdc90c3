import { Composer } from "grammy";
import type { BotContext } from "../../telegram/context.js";

/**
 * The bot talks to people only in private chats: what someone writes about a
 * detention must not land in a group. A group is only ever an on-call team of
 * the alliance (enrolled with /enrol, see leads/enrolment.ts): when added, it
 * is told exactly that; anything else written there gets one polite line.
 * Channels are ignored.
 */
export function groupChatsFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const groups = composer.chatType(["group", "supergroup"]);

  groups.on("callback_query", (ctx) => ctx.answerCallbackQuery({ text: ctx.t("group-chat") }));
  groups.on(["message", "edited_message"], (ctx) => ctx.reply(ctx.t("group-chat")));
  groups.on("my_chat_member", async (ctx) => {
    const status = ctx.myChatMember.new_chat_member.status;
    const before = ctx.myChatMember.old_chat_member.status;
    const joined = (status === "member" || status === "administrator") && (before === "left" || before === "kicked");
    if (joined) await ctx.reply(ctx.t("group-welcome"));
  });

  composer.chatType("channel").use(() => {});
  return composer;
}
