/**
 * "Someone is being detained now": at most three questions, then the report
 * is stored and routed at once, and the witness gets the reference code, an
 * "Add details" button (the full form for the same report) and the offer to
 * clear the chat. Like the report form, each question is its own short
 * conversation (see chain.ts): the stored state stays small whatever comes.
 */
import type { Conversation } from "@grammyjs/conversations";
import type { I18n } from "@grammyjs/i18n";
import type { Context } from "grammy";
import type { InlineKeyboardButton } from "grammy/types";
import type { Locale } from "../../shared/locales.js";
import { REGION_IDS, REGIONS, type RegionId } from "../../shared/regions.js";
import { escapeHtml, type Translate } from "../../shared/text.js";
import { optionKey } from "../../reports/questions.js";
import { buildQuickReport, QUICK_AUTHORITIES, QUICK_COUNTS, regionNear, type QuickAnswers } from "../../reports/quick-report.js";
import type { BotContext } from "../../telegram/context.js";
import { translatorFor } from "../../telegram/i18n.js";
import { parseWitnessButton, WITNESS_PREFIX, witnessButton, witnessDetailsButton } from "./callback-data.js";
import { enterNext } from "./chain.js";
import { offerCleanup } from "./cleanup-offer.js";
import { commandOf } from "./read-input.js";
import { storeReport, type StoreReportDeps } from "./store-report.js";

export const WITNESS_STEP = "witnessStep";

export interface WitnessFlowDeps extends StoreReportDeps {
  i18n: I18n;
  /** The secret part of the "Add details" button: only this chat can complete this report. */
  detailsToken: (code: string, chatId: number) => string;
}

/** Where the quick alert stands; travels from one question's conversation to the next. */
export interface WitnessState {
  id: string;
  code: string;
  locale: Locale;
  count?: QuickAnswers["count"];
  where?: Pick<QuickAnswers, "place" | "region" | "regionFromLocation">;
  /** "ask" sends the question; "wait" (when a question starts over) only waits. */
  mode: "ask" | "wait";
}

type WitnessConversation = Conversation<BotContext, Context>;
type Question = "count" | "where" | "by";
type Read<T> = { value: T } | { error: string };

/** Commands that work meanwhile; the alert waits. */
const PASS_THROUGH_COMMANDS = new Set(["help", "rights", "card", "language", "clean", "forget"]);
/** Updates one question keeps before it starts over (see KEPT_UPDATES in report-flow.ts). */
const KEPT_UPDATES = 3;
const NO_ANSWER = Symbol("no answer");

export function createWitnessFlow(deps: WitnessFlowDeps) {
  const translator = (locale: Locale): Translate => translatorFor(deps.i18n, locale);

  async function ask(ctx: Context, question: Question, t: Translate, locale: Locale) {
    const row = (buttons: InlineKeyboardButton[], size: number) =>
      buttons.reduce<InlineKeyboardButton[][]>(
        (rows, button, i) => (i % size === 0 ? [...rows, [button]] : (rows.at(-1)!.push(button), rows)),
        [],
      );
    const button = (text: string, value: string): InlineKeyboardButton => ({ text, callback_data: witnessButton(question, value) });
    if (question === "count") {
      const labels = QUICK_COUNTS.map((count) => button(count === "1" ? t("witness-count-one") : t(optionKey("groupSize", count)), count));
      await ctx.reply(t("witness-q-count"), { reply_markup: { inline_keyboard: row(labels, 2) } });
    } else if (question === "where") {
      // A location can only be asked for with a reply keyboard; the regions are inline buttons of a second message.
      await ctx.reply(t("witness-q-where"), {
        reply_markup: {
          keyboard: [[{ text: t("btn-send-location"), request_location: true }]],
          one_time_keyboard: true,
          resize_keyboard: true,
        },
      });
      const regions = REGION_IDS.map((id) => ({ text: REGIONS[id][locale], callback_data: witnessButton("region", id) }));
      await ctx.reply(t("witness-q-region"), { reply_markup: { inline_keyboard: row(regions, 2) } });
    } else {
      const labels = QUICK_AUTHORITIES.map((authority) => button(t(optionKey("authority", authority)), authority));
      await ctx.reply(t("witness-q-by"), { reply_markup: { inline_keyboard: [...row(labels, 1), [button(t("witness-skip"), "skip")]] } });
    }
  }

  /** Reads one answer; a button of another question is stale, anything else gets the question's complaint. */
  function read(ctx: Context, question: Question): Read<unknown> {
    const pressed = parseWitnessButton(ctx.callbackQuery?.data ?? "");
    const own = question === "where" ? "region" : question;
    if (pressed && pressed.question !== own) return { error: "err-stale-button" };
    const complaint = question === "where" ? "witness-err-where" : "err-choose-button";
    if (question === "where") {
      const location = ctx.message?.location ?? ctx.message?.venue?.location;
      if (location && !ctx.message?.forward_origin) {
        const place = { lat: location.latitude, lon: location.longitude };
        return { value: { place, region: regionNear(place.lat, place.lon), regionFromLocation: true } };
      }
      if (pressed && (REGION_IDS as string[]).includes(pressed.value))
        return { value: { place: null, region: pressed.value as RegionId, regionFromLocation: false } };
      return { error: complaint };
    }
    const options: readonly string[] = question === "count" ? QUICK_COUNTS : [...QUICK_AUTHORITIES, "skip"];
    if (pressed && options.includes(pressed.value)) return { value: pressed.value === "skip" ? null : pressed.value };
    return { error: complaint };
  }

  /** Asks one question and waits for a valid answer; NO_ANSWER when the alert was cancelled or starts over. */
  async function answerTo(conversation: WitnessConversation, ctx: Context, state: WitnessState, question: Question, t: Translate) {
    if (state.mode === "ask") await ask(ctx, question, t, state.locale);
    for (let kept = 1; ; kept++) {
      if (kept > KEPT_UPDATES) {
        await conversation.external((outside) => enterNext(outside, { name: WITNESS_STEP, args: [{ ...state, mode: "wait" }] }));
        return NO_ANSWER;
      }
      const update = await conversation.wait();
      const command = commandOf(update);
      if (command && PASS_THROUGH_COMMANDS.has(command)) await conversation.skip({ next: true });
      const data = update.callbackQuery?.data;
      if (data !== undefined && !data.startsWith(WITNESS_PREFIX)) await conversation.skip({ next: true });
      if (update.callbackQuery) await update.answerCallbackQuery();
      // A live location moves by editing its message: not an answer, and not worth a complaint.
      if (update.editedMessage?.location) continue;
      if (command === "cancel") {
        await update.reply(t("witness-cancelled"), { reply_markup: { remove_keyboard: true } });
        await offerCleanup(update, t);
        return NO_ANSWER;
      }
      if (command) {
        await update.reply(t("witness-in-progress"));
        await ask(update, question, t, state.locale);
        continue;
      }
      const result = update.editedMessage ? { error: "edited-message" } : read(update, question);
      if ("value" in result) return { value: result.value, ctx: update };
      await update.reply(t(result.error));
      await ask(update, question, t, state.locale);
    }
  }

  async function witnessStep(conversation: WitnessConversation, ctx: Context, state: WitnessState) {
    const t = translator(state.locale);
    const proceed = (next: WitnessState) => conversation.external((outside) => enterNext(outside, { name: WITNESS_STEP, args: [next] }));
    if (!state.count) {
      const answer = await answerTo(conversation, ctx, state, "count", t);
      if (answer !== NO_ANSWER) await proceed({ ...state, count: answer.value as WitnessState["count"], mode: "ask" });
      return;
    }
    if (!state.where) {
      const answer = await answerTo(conversation, ctx, state, "where", t);
      if (answer !== NO_ANSWER) await proceed({ ...state, where: answer.value as WitnessState["where"], mode: "ask" });
      return;
    }
    for (let view = state; ; view = { ...view, mode: "ask" }) {
      const answer = await answerTo(conversation, ctx, view, "by", t);
      if (answer === NO_ANSWER) return;
      const now = await conversation.now();
      const quick: QuickAnswers = { count: state.count, ...state.where, authority: answer.value as QuickAnswers["authority"] };
      const saved = await conversation.external((outside) =>
        storeReport(
          deps,
          buildQuickReport({ id: state.id, code: state.code, locale: state.locale, now, answers: quick }),
          outside.chat!.id,
          now,
        ),
      );
      if (!saved.ok) {
        await answer.ctx.reply(t("witness-save-failed"));
        continue;
      }
      await answer.ctx.reply(escapeHtml(t("witness-stored", { code: saved.code })), {
        parse_mode: "HTML",
        reply_markup: { remove_keyboard: true },
      });
      const token = deps.detailsToken(saved.code, answer.ctx.chat!.id);
      await answer.ctx.reply(t("witness-details-offer"), {
        reply_markup: { inline_keyboard: [[{ text: t("btn-witness-details"), callback_data: witnessDetailsButton(saved.code, token) }]] },
      });
      return offerCleanup(answer.ctx, t);
    }
  }

  return { witnessStep };
}
