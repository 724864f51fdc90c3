/**
 * /stats for the admins, the national coordinator and the documentation
 * sector's leads: a period, then a short text and a chart (PNG). Counted from
 * the clear parts of reports and cases only (src/stats/); small cells show as "< 3"
 * (and a second cell as "hidden", so a "< 3" cannot be worked out from a total).
 * A regional documentation lead sees the figures of their regions (src/stats/scope.ts).
 */
import { Composer, InputFile } from "grammy";
import type { BotContext } from "../../../telegram/context.js";
import type { BotDeps } from "../../deps.js";
import { currentLocale } from "../../../telegram/i18n.js";
import { REGIONS, regionNames } from "../../../shared/regions.js";
import { computeStats, shownText, WITHHELD, type Period, type Row, type Stats } from "../../../stats/stats.js";
import { statsScope, type StatsScope } from "../../../stats/scope.js";
import { periodFor, rangeLabel } from "../../../stats/period.js";
import { periodCommand } from "./period-command.js";
import { chartPng, chartSvg, type ChartSection } from "../../../stats/chart.js";
import { optionKey } from "../../../reports/questions.js";
import { onPress } from "../../../telegram/callback-data.js";
import { isAdminHere } from "./authorize.js";
import { STATS } from "./callback-data.js";

/** Rows of a list the text shows; the chart shows them all. */
const TEXT_ROWS = 5;

/** The labelled sections of the statistics, shared by the text and the chart. */
export function statsSections(ctx: BotContext, stats: Stats): ChartSection[] {
  const locale = currentLocale(ctx);
  const rows = (list: Row[], label: (key: string) => string) =>
    list[0]?.key === WITHHELD
      ? { bars: [], note: ctx.t("stats-withheld") }
      : { bars: list.map((row) => ({ label: label(row.key), cell: row.cell })) };
  const day = (key: string) => `${key.slice(8, 10)}.${key.slice(5, 7)}`;
  return [
    { title: ctx.t("stats-by-day"), ...rows(stats.byDay, day) },
    { title: ctx.t("stats-by-kind"), ...rows(stats.byKind, (key) => ctx.t(`stats-kind-${key}`)) },
    { title: ctx.t("stats-detained"), ...rows(stats.detained, (key) => ctx.t(`stats-detained-${key}`)) },
    { title: ctx.t("stats-signals"), ...rows(stats.signals, (key) => ctx.t(`stats-signal-${key}`)) },
    { title: ctx.t("stats-ill-kinds"), ...rows(stats.illKinds, (key) => ctx.t(optionKey("illKinds", key))) },
    { title: ctx.t("stats-by-sector"), ...rows(stats.bySector, (key) => ctx.t(`sector-${key}`)) },
    { title: ctx.t("stats-by-region"), ...rows(stats.byRegion, (key) => REGIONS[key as keyof typeof REGIONS][locale]) },
    { title: ctx.t("stats-cases"), ...rows(stats.cases, (key) => ctx.t(`case-${key}`)) },
    { title: ctx.t("stats-closed-by-outcome"), ...rows(stats.closedByOutcome, (key) => ctx.t(`outcome-${key}`)) },
  ].filter((section) => section.bars.length > 0 || section.note);
}

function statsText(ctx: BotContext, title: string, stats: Stats, sections: ChartSection[]): string {
  const hidden = ctx.t("stats-hidden");
  const lines = [title, ctx.t("stats-reports", { count: shownText(stats.reports, hidden) })];
  // By day is for the chart; the text keeps to the totals.
  for (const section of sections.slice(1)) {
    const shownRows = section.bars.slice(0, TEXT_ROWS).map((bar) => `${bar.label} — ${shownText(bar.cell, hidden)}`);
    lines.push("", section.title, ...(section.note ? [section.note] : []), ...shownRows, ...(section.bars.length > TEXT_ROWS ? ["…"] : []));
  }
  const minutes = stats.medianMinutesToTake;
  lines.push(
    "",
    minutes === undefined
      ? ctx.t("stats-median-take-few")
      : ctx.t("stats-median-take", {
          time: minutes < 120 ? ctx.t("stats-minutes", { n: Math.round(minutes) }) : ctx.t("stats-hours", { n: Math.round(minutes / 60) }),
        }),
    stats.medianHoursToClose === undefined
      ? ctx.t("stats-median-close-few")
      : ctx.t("stats-median-close", { hours: String(Math.round(stats.medianHoursToClose)) }),
  );
  // Each mark explained only when the text or the chart shows it: fewer lines to read.
  const marks = new Set([stats.reports, ...sections.flatMap((section) => section.bars.map((bar) => bar.cell))].map((cell) => cell.shown));
  const notes = [...(marks.has("small") ? [ctx.t("stats-small-note")] : []), ...(marks.has("hidden") ? [ctx.t("stats-hidden-note")] : [])];
  if (notes.length > 0) lines.push("", ...notes);
  return lines.join("\n");
}

export function leadStatsFeature({
  storage,
  alliance,
  now = Date.now,
}: Pick<BotDeps, "storage" | "alliance" | "now">): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const scopeOf = async (ctx: BotContext) =>
    ctx.chat ? statsScope(await storage.leads.byChat(ctx.chat.id), isAdminHere(alliance, ctx)) : null;

  const send = async (ctx: BotContext, scope: StatsScope, range: Period, label: string) => {
    const regions = scope.national ? undefined : scope.regions;
    // Opening a month of reports takes seconds in a crisis (about 4 s for 10,000: npm run bench:export).
    await ctx.replyWithChatAction("typing");
    const [reports, cases] = await Promise.all([
      storage.reports.statsFacts(range.from, range.to, regions),
      storage.cases.statsFacts(range.from, range.to, regions),
    ]);
    const locale = currentLocale(ctx);
    const where = regions ? ` · ${regionNames(regions, locale)}` : "";
    const title = ctx.t("stats-title", { period: label + where });
    if (reports.length === 0 && cases.length === 0) return ctx.reply(`${title}\n${ctx.t("stats-none")}`);
    const stats = computeStats(range, reports, cases);
    const sections = statsSections(ctx, stats);
    await ctx.reply(statsText(ctx, title, stats, sections));
    const png = await chartPng(chartSvg(title, sections, { hidden: ctx.t("stats-hidden") }));
    return ctx.replyWithPhoto(new InputFile(png, "stats.png"));
  };

  composer.command("stats", async (ctx) => {
    const scope = await scopeOf(ctx);
    if (!scope) return ctx.reply(ctx.t("stats-not-allowed"));
    return periodCommand(ctx, {
      texts: "stats",
      now: now(),
      button: (period) => STATS.pack({ period }),
      typed: (period) => send(ctx, scope, period, rangeLabel(period, now())),
    });
  });

  composer.callbackQuery(
    STATS.filter,
    onPress(STATS, async (ctx, { period }) => {
      // Checked again at the press: a removed lead's old button counts nothing.
      const scope = await scopeOf(ctx);
      if (!scope) return ctx.answerCallbackQuery({ text: ctx.t("stats-not-allowed"), show_alert: true });
      await ctx.answerCallbackQuery();
      return send(ctx, scope, periodFor(period, now()), ctx.t(`stats-period-${period}`));
    }),
  );
  return composer;
}
