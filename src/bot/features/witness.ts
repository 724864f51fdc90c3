/**
 * The witness's quick alert: the menu button and /witness start it (the
 * questions are flows/report/witness-flow.ts); "Add details" continues the
 * full report form for the same report, with the answers already given.
 */
import { randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import { Composer } from "grammy";
import { parseWitnessDetails, START_WITNESS } from "../../flows/report/callback-data.js";
import { REPORT_STEP } from "../../flows/report/report-flow.js";
import { WITNESS_STEP, type WitnessState } from "../../flows/report/witness-flow.js";
import { detailsDraft } from "../../reports/quick-report.js";
import { referenceCode } from "../../reports/reference-code.js";
import { pseudonymize } from "../../security/data-key.js";
import type { ReportsStore } from "../../storage/reports-store.js";
import type { BotContext } from "../../telegram/context.js";
import { currentLocale } from "../../telegram/i18n.js";
import { refusedByHourlyLimit, type ReportsFeatureDeps } from "./reports.js";

export interface WitnessFeatureDeps extends ReportsFeatureDeps {
  reports: ReportsStore;
  pseudonymKey: Buffer;
}

/**
 * The secret of an "Add details" button: a keyed hash of the report and the
 * witness's chat, so nothing is stored and no other chat can complete it
 * (the quick report keeps no way back to the witness).
 */
export function detailsTokens(pseudonymKey: Buffer) {
  return (code: string, chatId: number) => pseudonymize(pseudonymKey, `witness-details|${code}|${chatId}`).slice(0, 16);
}

export function witnessFeature(deps: WitnessFeatureDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const token = detailsTokens(deps.pseudonymKey);

  const start = async (ctx: BotContext) => {
    if (ctx.conversation.active()[WITNESS_STEP]) {
      await ctx.reply(ctx.t("witness-already-active"));
      return;
    }
    if (await refusedByHourlyLimit(ctx, deps)) return;
    // The emergency comes first: a form left open (a report, a document) gives way.
    for (const name of Object.keys(ctx.conversation.active())) await ctx.conversation.exit(name);
    const state: WitnessState = { id: randomUUID(), code: referenceCode(randomBytes), locale: currentLocale(ctx), mode: "ask" };
    await ctx.conversation.enter(WITNESS_STEP, state);
  };

  composer.callbackQuery(START_WITNESS, async (ctx) => {
    await ctx.answerCallbackQuery();
    await start(ctx);
  });
  composer.command("witness", start);

  composer.callbackQuery(/^wd:/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const button = parseWitnessDetails(ctx.callbackQuery.data);
    const expected = button ? Buffer.from(token(button.code, ctx.chat!.id)) : undefined;
    const given = Buffer.from(button?.token ?? "");
    const report =
      button && expected && expected.length === given.length && timingSafeEqual(expected, given)
        ? await deps.reports.findByCode(button.code)
        : undefined;
    if (!report?.quick) {
      await ctx.reply(ctx.t("witness-details-unavailable"));
      return;
    }
    if (report.quick.detailsAt) {
      await ctx.reply(ctx.t("witness-details-already", { code: report.code }));
      return;
    }
    for (const name of Object.keys(ctx.conversation.active())) await ctx.conversation.exit(name);
    await ctx.conversation.enter(REPORT_STEP, detailsDraft(report, (deps.now ?? Date.now)()), { mode: "ask" });
  });
  return composer;
}
