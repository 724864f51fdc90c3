/**
 * The period of /stats and /export: "/stats 01.11–15.11" is a typed range (a
 * bad one gets a polite answer with an example); a bare command offers today,
 * 7 days and 30 days as buttons.
 */
import { InlineKeyboard, type CommandContext } from "grammy";
import type { BotContext } from "../../../telegram/context.js";
import { MAX_RANGE_DAYS, parseRange, PERIODS, type PeriodId } from "../../../stats/period.js";
import type { Period } from "../../../stats/stats.js";

export async function periodCommand(
  ctx: CommandContext<BotContext>,
  options: {
    /** The .ftl prefix: `<prefix>-choose-period`, `<prefix>-range-too-long`, `<prefix>-range-unreadable`. */
    texts: "stats" | "export";
    now: number;
    button: (period: PeriodId) => string;
    typed: (period: Period) => Promise<unknown>;
  },
): Promise<unknown> {
  if (ctx.match.trim()) {
    const range = parseRange(ctx.match, options.now);
    if (range.ok) return options.typed(range.period);
    const key = range.reason === "too-long" ? `${options.texts}-range-too-long` : `${options.texts}-range-unreadable`;
    return ctx.reply(ctx.t(key, { days: MAX_RANGE_DAYS }));
  }
  const keyboard = new InlineKeyboard();
  for (const period of PERIODS) keyboard.text(ctx.t(`stats-period-${period}`), options.button(period));
  return ctx.reply(ctx.t(`${options.texts}-choose-period`), { reply_markup: keyboard });
}
