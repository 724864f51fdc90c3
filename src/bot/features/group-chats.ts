import { Composer } from "grammy";
import type { BotContext } from "../../telegram/context.js";

/**
 * The bot talks to people only in private chats: what someone writes about a
 * detention must not land in a group. Groups get one polite line; channels
 * are ignored.
 */
export function groupChatsFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const groups = composer.chatType(["group", "supergroup"]);

  groups.on("callback_query", (ctx) => ctx.answerCallbackQuery({ text: ctx.t("group-chat") }));
  groups.on(["message", "edited_message"], (ctx) => ctx.reply(ctx.t("group-chat")));
  groups.on("my_chat_member", async (ctx) => {
    const status = ctx.myChatMember.new_chat_member.status;
    if (status === "member" || status === "administrator") await ctx.reply(ctx.t("group-chat"));
  });

  composer.chatType("channel").use(() => {});
  return composer;
}
