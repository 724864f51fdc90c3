import { randomBytes, randomUUID } from "node:crypto";
import { Composer, InlineKeyboard } from "grammy";
import { escapeHtml } from "../../shared/text.js";
import { START_REPORT } from "../../flows/report/callback-data.js";
import { REPORT_STEP } from "../../flows/report/report-flow.js";
import { newDraft } from "../../reports/draft.js";
import { referenceCode } from "../../reports/reference-code.js";
import type { Flow } from "../../reports/vocabulary.js";
import type { BotContext } from "../../telegram/context.js";
import { currentLocale } from "../../telegram/i18n.js";
import type { Limits } from "../../config/limits.js";
import { INTAKE_WINDOW_MS, type IntakeStore } from "../../storage/intake-store.js";
import { showScreen } from "../screen.js";

export interface ReportsFeatureDeps {
  intake: IntakeStore;
  limits: Limits;
  now?: () => number;
}

/** Reports per hour, counted in the database (a restart gives no fresh hour): true, and the person is told, when the limit is reached. */
export async function refusedByHourlyLimit(ctx: BotContext, deps: ReportsFeatureDeps): Promise<boolean> {
  const now = (deps.now ?? Date.now)();
  const recent = await deps.intake.recent(ctx.chat!.id, now);
  if (recent.length < deps.limits.reportsPerHour) return false;
  const freeAt = recent[recent.length - deps.limits.reportsPerHour]! + INTAKE_WINDOW_MS;
  const minutes = Math.max(1, Math.ceil((freeAt - now) / 60_000));
  await ctx.reply(ctx.t("limit-reports", { max: String(deps.limits.reportsPerHour), minutes: String(minutes) }));
  return true;
}

/** Starting a report (menu buttons, /report) and /cancel when no report is open. */
export function reportsFeature(deps: ReportsFeatureDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  const start = async (ctx: BotContext, flow: Flow) => {
    const active = ctx.conversation.active();
    if (active[REPORT_STEP]) {
      await ctx.reply(ctx.t("report-already-active"));
      return;
    }
    if (await refusedByHourlyLimit(ctx, deps)) return;
    // A report chosen now replaces a document form (or a cleanup offer) left open: only one conversation runs at a time.
    for (const name of Object.keys(active)) await ctx.conversation.exit(name);
    const draft = newDraft({ id: randomUUID(), code: referenceCode(randomBytes), flow, locale: currentLocale(ctx), now: Date.now() });
    await ctx.conversation.enter(REPORT_STEP, draft, { mode: "ask" });
  };

  composer.callbackQuery(START_REPORT.detention, async (ctx) => {
    await ctx.answerCallbackQuery();
    await start(ctx, "detention");
  });
  composer.callbackQuery(START_REPORT.illTreatment, async (ctx) => {
    await ctx.answerCallbackQuery();
    await start(ctx, "ill-treatment");
  });

  composer.command("report", (ctx) =>
    showScreen(ctx, {
      text: escapeHtml(ctx.t("report-choose")),
      keyboard: new InlineKeyboard()
        .text(ctx.t("menu-report-detention"), START_REPORT.detention)
        .row()
        .text(ctx.t("menu-report-ill"), START_REPORT.illTreatment),
    }),
  );

  composer.command("cancel", (ctx) => ctx.reply(ctx.t("nothing-to-cancel")));
  return composer;
}
