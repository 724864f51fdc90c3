/** /cases for leads and coordinators, and going off duty and back. */
import { Composer } from "grammy";
import { html, htmlLines, type SafeHtml } from "../../../shared/text.js";
import { coveredCases, seesEverything } from "../../../routing/permissions.js";
import type { CaseRecord } from "../../../storage/cases-store.js";
import type { BotContext } from "../../../telegram/context.js";
import type { BotDeps } from "../../deps.js";
import { isAdminHere } from "./authorize.js";
import type { Report } from "../../../reports/report.js";
import { clockSummary } from "./clock-view.js";

const SHOWN = 40;

export function leadOverviewFeature({
  storage,
  alliance,
  now: clock = Date.now,
}: Pick<BotDeps, "storage" | "alliance" | "now">): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  // grammY's own test of command(): other updates pass this feature's three commands with one test.
  const commands = composer.on(":entities:bot_command");

  commands.command("cases", async (ctx) => {
    const leads = await storage.leads.byChat(ctx.chat.id);
    const isAdmin = isAdminHere(alliance, ctx);
    if (leads.length === 0 && !isAdmin) return ctx.reply(ctx.t("cases-not-lead"));
    // Scoped as every action is: sector × region (routing/permissions.ts).
    const everything = seesEverything(leads, isAdmin);
    const open = coveredCases(leads, isAdmin, await storage.cases.unclosed());
    if (open.length === 0) return ctx.reply(ctx.t("cases-none"));
    const now = clock();
    const reports = new Map<string, Report | undefined>();
    // The clock on a detention needs the report's time: read once per report shown.
    const caseLine = async (c: CaseRecord) => {
      if (!reports.has(c.code)) reports.set(c.code, await storage.reports.findByCode(c.code));
      return renderCaseLine(ctx, c, reports.get(c.code), now);
    };
    const byAge = (a: CaseRecord, b: CaseRecord) => b.rank - a.rank || a.createdAt.getTime() - b.createdAt.getTime();
    const lines: Array<SafeHtml | string> = [html`<b>${ctx.t("cases-title", { count: open.length })}</b>`];
    if (everything) {
      // The coordinator's picture: how many per sector, untaken first, oldest first.
      const perSector = new Map<string, CaseRecord[]>();
      for (const c of open) perSector.set(c.sector, [...(perSector.get(c.sector) ?? []), c]);
      for (const [sector, list] of perSector) {
        const untaken = list.filter((c) => c.status === "open").length;
        lines.push("", html`<b>${ctx.t(`sector-${sector}`)}</b>: ${ctx.t("cases-counts", { total: list.length, untaken })}`);
        for (const c of list.sort(byAge).slice(0, SHOWN)) lines.push(await caseLine(c));
      }
    } else {
      for (const c of open.sort(byAge).slice(0, SHOWN)) lines.push(await caseLine(c));
    }
    return ctx.reply(htmlLines(lines), { parse_mode: "HTML" });
  });

  /**
   * Duty switches alerts for everyone in the chat: in an enrolled group only the
   * group's own admins may do it (Telegram says who they are). Take, Ask, Close
   * and the rest are open to every member; each is recorded per person (audit).
   */
  const duty = (onDuty: boolean) => async (ctx: BotContext) => {
    if ((ctx.chat?.type === "group" || ctx.chat?.type === "supergroup") && (await storage.leads.byChat(ctx.chat.id)).length > 0) {
      const status = ctx.from
        ? await ctx.api.getChatMember(ctx.chat.id, ctx.from.id).then(
            (member) => member.status,
            () => undefined,
          )
        : undefined;
      if (status !== "creator" && status !== "administrator") return ctx.reply(ctx.t("duty-group-admins-only"));
    }
    const changed = await storage.leads.setDuty(ctx.chat!.id, onDuty);
    return ctx.reply(ctx.t(changed > 0 ? (onDuty ? "duty-on" : "duty-off") : "cases-not-lead"));
  };
  commands.command("offduty", duty(false));
  commands.command("onduty", duty(true));
  return composer;
}

function renderCaseLine(ctx: BotContext, c: CaseRecord, report: Report | undefined, now: number): SafeHtml {
  const minutes = Math.max(0, Math.round((now - c.createdAt.getTime()) / 60_000));
  const age = minutes < 120 ? ctx.t("age-minutes", { minutes }) : ctx.t("age-hours", { hours: Math.round(minutes / 60) });
  const clock = report ? clockSummary(report, c.custody?.mark, now, ctx.t) : "";
  return html`• <code>${c.code}</code> ${ctx.t(`sector-${c.sector}`)} · ${ctx.t(`case-${c.status}`)} · ${age}${clock ? html` · ${clock}` : ""}`;
}
