/**
 * In front of every button that acts on a report (l:…, ld:…): unpacks the
 * press, decides on the server whether this chat may act on the report, and
 * loads the report and the chat's cases once. A chat that may not act (or a
 * button of an inline message, which has no chat) is told so; the handler
 * runs only with everything it needs.
 */
import type { CallbackQueryContext } from "grammy";
import type { Chat } from "grammy/types";
import type { Report } from "../../../reports/report.js";
import type { BotContext } from "../../../telegram/context.js";
import type { Button } from "../../../telegram/callback-data.js";
import type { BotDeps } from "../../deps.js";
import { actingFor, type Acting } from "./authorize.js";

export type PressContext = CallbackQueryContext<BotContext>;

export interface CasePress<V> {
  /** The button's fields, the report's code among them. */
  data: V;
  report: Report;
  acting: Acting;
  chat: Chat;
}

export type CaseHandler<V> = (ctx: PressContext, press: CasePress<V>) => Promise<unknown>;

export function casePress({ storage, alliance }: Pick<BotDeps, "storage" | "alliance">) {
  return <V extends { code: string }>(button: Button<V>, handle: CaseHandler<V>) =>
    async (ctx: PressContext): Promise<void> => {
      const data = button.unpack(ctx.callbackQuery.data);
      const chat = ctx.chat;
      const acting = data && chat ? await actingFor(storage, alliance, chat, ctx.from.id, data.code) : undefined;
      const report = data && acting ? await storage.reports.findByCode(data.code) : undefined;
      if (!data || !chat || !acting || !report) {
        await ctx.answerCallbackQuery({ text: ctx.t("lead-not-allowed"), show_alert: true });
        return;
      }
      await handle(ctx, { data, report, acting, chat });
    };
}
