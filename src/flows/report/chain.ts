/**
 * Conversations replay their whole history on every update, so a long form
 * in one conversation gets slower with every answer. The report form is a
 * chain of short conversations instead: each asks one question and, once it
 * has a valid answer, names the next one to enter with the updated draft as
 * its argument. A conversation cannot enter another, so it leaves the next
 * one here and this middleware (outside the conversations) enters it once
 * the current update is handled. The draft is stored with the conversation
 * state, so each update costs one write, whatever the step.
 */
import type { MiddlewareFn } from "grammy";
import type { BotContext } from "../../telegram/context.js";

export interface NextConversation {
  name: string;
  args: unknown[];
}

const pending = new WeakMap<object, NextConversation>();

/** Called from inside a conversation, through `conversation.external`, with the outside context. */
export function enterNext(outside: object, next: NextConversation): void {
  pending.set(outside, next);
}

export function chainConversations(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    await next();
    const following = pending.get(ctx);
    if (!following) return;
    pending.delete(ctx);
    await ctx.conversation.enter(following.name, ...following.args);
  };
}
