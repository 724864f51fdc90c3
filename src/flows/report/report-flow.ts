/**
 * The report form as conversations. `reportStep` asks one question (or shows
 * the summary) and waits for a valid answer. See chain.ts for why each
 * question is its own conversation. Which messages the form leaves in the
 * chat is recorded outside it (bot/chat-trail.ts), so "🧹 Delete them" is an
 * ordinary button (bot/features/clean-chat.ts) that works at any later time.
 */
import type { Conversation } from "@grammyjs/conversations";
import type { I18n } from "@grammyjs/i18n";
import type { Context } from "grammy";
import type { BotContext } from "../../telegram/context.js";
import type { Locale } from "../../shared/locales.js";
import { htmlLines, type Translate } from "../../shared/text.js";
import { withAnswer, type Answers, type Draft, type EvidenceItem, type StepId } from "../../reports/draft.js";
import { DONE, interpret, type InputError } from "../../reports/input.js";
import { buildReport } from "../../reports/build-report.js";
import { withDetails } from "../../reports/quick-report.js";
import type { Report } from "../../reports/report.js";
import { storeReport, type Stored, type StoreReportDeps } from "./store-report.js";
import { nextStep, progress, STEPS, type StepDef } from "../../reports/steps.js";
import { LIMITS } from "../../reports/vocabulary.js";
import { translatorFor } from "../../telegram/i18n.js";
import { formButton, isFormData, parseSummaryButton } from "./callback-data.js";
import { enterNext } from "./chain.js";
import { offerCleanup } from "./cleanup-offer.js";
import { renderQuestion } from "./question.js";
import { commandOf, readInput } from "./read-input.js";
import { renderSummary } from "./summary.js";
import { redactIds } from "../../logger.js";
import type { Limits } from "../../config/limits.js";

export const REPORT_STEP = "reportStep";
export const AFTER_REPORT = "afterReport";

export interface ReportFlowDeps extends StoreReportDeps {
  i18n: I18n;
  /** A quick report got its details: its alerts are rewritten in place. */
  onAmended: (report: Report) => Promise<void>;
}

type FormConversation = Conversation<BotContext, Context>;

/** Shown again how far they were when someone comes back after this long. */
const WELCOME_BACK_AFTER_MS = 60 * 60 * 1000;
/** Commands that work during a form; the form waits meanwhile. */
const PASS_THROUGH_COMMANDS = new Set(["help", "rights", "card", "language", "clean", "forget", "sos", "safe", "contacts"]);

interface StepView {
  /** "ask" sends the question; "wait" (after one more file, or when the question starts over) only waits. */
  mode: "ask" | "wait";
  /** The "Received: N files" message, edited as files arrive. */
  statusMessageId?: number;
  /** When a question starts over: its message, and the options ticked so far (multi). */
  questionId?: number;
  selected?: string[];
}

/**
 * Updates one question keeps before it starts over. The conversations plugin
 * stores (and replays) every update of a conversation: 1,000 bad answers to one
 * question would be kept, and replayed, 1,000 times. After this many the
 * question is entered afresh with only what matters — the draft, the ticked
 * options, its message — so the stored state stays the same size however
 * many bad answers come.
 */
const KEPT_UPDATES = 3;

export function createReportFlow(deps: ReportFlowDeps) {
  const translator = (locale: Locale): Translate => translatorFor(deps.i18n, locale);

  /** What every wait in the form does with updates that are not answers. */
  async function triage(
    conversation: FormConversation,
    ctx: Context,
    draft: Draft,
    step: StepDef | undefined,
    lastSeen: number,
    t: Translate,
  ) {
    const command = commandOf(ctx);
    if (command === "cancel") return "cancel" as const;
    if (command && PASS_THROUGH_COMMANDS.has(command)) await conversation.skip({ next: true });
    const data = ctx.callbackQuery?.data;
    if (data !== undefined && !isFormData(data)) await conversation.skip({ next: true });
    if (ctx.callbackQuery) await ctx.answerCallbackQuery();

    const now = await conversation.now();
    const where = step ? progress(draft, step) : undefined;
    if (now - lastSeen > WELCOME_BACK_AFTER_MS && where) await ctx.reply(t("welcome-back", where));
    if (command) {
      await ctx.reply(where ? t("form-in-progress", where) : t("summary-in-progress"));
      return "repeat" as const;
    }
    return "input" as const;
  }

  /** Waits for the next update of the form, and does what every question does with it first. */
  async function nextUpdate(
    conversation: FormConversation,
    draft: Draft,
    step: StepDef | undefined,
    state: { lastSeen: number },
    t: Translate,
  ) {
    const ctx = await conversation.wait();
    const what = await triage(conversation, ctx, draft, step, state.lastSeen, t);
    state.lastSeen = await conversation.now();
    return { ctx, what };
  }

  async function cancel(ctx: Context, t: Translate, draft: Draft) {
    // Cancelling "Add details" leaves the quick alert as it was sent.
    const text = draft.amends ? t("witness-details-cancelled", { code: draft.amends }) : t("report-cancelled");
    await ctx.reply(text, { reply_markup: { remove_keyboard: true } });
    await offerCleanup(ctx, t);
  }

  async function reportStep(conversation: FormConversation, ctx: Context, draft: Draft, view: StepView = { mode: "ask" }) {
    const t = translator(draft.locale);
    const step = nextStep(draft);
    if (!step) return summary(conversation, ctx, draft, t, view);

    const state = { lastSeen: await conversation.now() };
    let selected: string[] = view.selected ?? [];
    let questionId: number | undefined = view.questionId;
    const ask = async (c: Context) => {
      const question = renderQuestion(step, draft, t, { selected });
      const sent = await c.reply(question.text, { parse_mode: "HTML", reply_markup: question.markup });
      questionId = sent.message_id;
    };
    const proceed = (next: Draft, nextView: StepView = { mode: "ask" }) =>
      conversation.external((outside) => enterNext(outside, { name: REPORT_STEP, args: [next, nextView] }));

    if (view.mode === "ask") await ask(ctx);
    for (let kept = 1; ; kept++) {
      // Starts over before it keeps more updates than it needs (see KEPT_UPDATES).
      if (kept > KEPT_UPDATES) return proceed(draft, { mode: "wait", statusMessageId: view.statusMessageId, questionId, selected });
      const { ctx: answer, what } = await nextUpdate(conversation, draft, step, state, t);
      const lastSeen = state.lastSeen;
      if (what === "cancel") return cancel(answer, t, draft);
      if (what === "repeat") {
        await ask(answer);
        continue;
      }
      const evidence = draft.answers.evidence ?? { items: [], done: false };
      const files = evidence.items.map((item) => item.fileUniqueId);
      const result = interpret(step, readInput(answer, step, t), { now: lastSeen, selected, files, maxFiles: deps.limits.filesPerReport });

      if (result.kind === "error" && result.error === "duplicate-file") {
        // An album sent twice: one short line each, not the question again.
        await complain(answer, result.error, t, step, deps.limits);
      } else if (result.kind === "error") {
        await complain(answer, result.error, t, step, deps.limits);
        await ask(answer);
      } else if (result.kind === "progress" && step.kind === "multi") {
        selected = result.value as string[];
        const question = renderQuestion(step, draft, t, { selected });
        if (questionId)
          await answer.api
            .editMessageReplyMarkup(answer.chat!.id, questionId, { reply_markup: question.markup as never })
            .catch(() => ask(answer));
      } else if (result.kind === "progress") {
        // One more file: kept in the draft at once, then wait for the next.
        const item: EvidenceItem = { ...(result.value as Omit<EvidenceItem, "receivedAt">), receivedAt: lastSeen };
        const items = [...evidence.items, item];
        const status = t("evidence-received", { count: items.length });
        let statusMessageId = view.statusMessageId;
        if (statusMessageId)
          await answer.api.editMessageText(answer.chat!.id, statusMessageId, status).catch(() => (statusMessageId = undefined));
        if (!statusMessageId) {
          const sent = await answer.reply(status, {
            reply_markup: { inline_keyboard: [[{ text: t("btn-done"), callback_data: formButton("evidence", DONE) }]] },
          });
          statusMessageId = sent.message_id;
        }
        return proceed(withAnswer(draft, "evidence", { items, done: false }, lastSeen), { mode: "wait", statusMessageId });
      } else {
        const value = step.kind === "media" ? { items: evidence.items, done: true } : result.value;
        return proceed(withAnswer(draft, step.id, value as Answers[StepId], lastSeen));
      }
    }
  }

  async function summary(conversation: FormConversation, ctx: Context, draft: Draft, t: Translate, view: StepView) {
    const state = { lastSeen: 0 };
    const show = async (c: Context) => {
      const { text, markup } = renderSummary(draft, t);
      await c.reply(text, { parse_mode: "HTML", reply_markup: markup });
    };
    if (view.mode === "ask") await show(ctx);
    state.lastSeen = await conversation.now();
    for (let kept = 1; ; kept++) {
      if (kept > KEPT_UPDATES) {
        return conversation.external((outside) => enterNext(outside, { name: REPORT_STEP, args: [draft, { mode: "wait" }] }));
      }
      const { ctx: next, what } = await nextUpdate(conversation, draft, undefined, state, t);
      const lastSeen = state.lastSeen;
      if (what === "cancel") return cancel(next, t, draft);
      const button = parseSummaryButton(next.callbackQuery?.data ?? "");
      if (what === "repeat" || !button) {
        if (what !== "repeat") await complain(next, next.callbackQuery ? "stale-button" : "choose-button", t, undefined, deps.limits);
        await show(next);
        continue;
      }
      if (button.rev !== draft.rev) {
        await next.reply(t("summary-outdated"));
        await show(next);
        continue;
      }
      if (button.action === "cancel") return cancel(next, t, draft);
      if (button.action.startsWith("edit:")) {
        const stepId = button.action.slice(5) as StepId;
        if (!(stepId in STEPS)) {
          await show(next);
          continue;
        }
        return conversation.external((outside) =>
          enterNext(outside, { name: REPORT_STEP, args: [{ ...draft, editing: stepId }, { mode: "ask" }] }),
        );
      }
      const saved = await submit(conversation, draft, lastSeen);
      if (!saved.ok) {
        await next.reply(t("report-save-failed"));
        await show(next);
        continue;
      }
      await next.reply(
        htmlLines([
          draft.amends ? t("witness-details-stored", { code: saved.code }) : t("submitted", { code: saved.code }),
          "",
          t(saved.contact === "bot" ? "submitted-next-contact" : "submitted-next-none"),
        ]),
        { parse_mode: "HTML", reply_markup: { remove_keyboard: true } },
      );
      return offerCleanup(next, t);
    }
  }

  /** Stores the report (or, for "Add details", the quick report it completes) before anything tells the person. */
  async function submit(conversation: FormConversation, draft: Draft, now: number): Promise<Stored> {
    return conversation.external(async (outside) => {
      const chatId = outside.chat!.id;
      if (!draft.amends) return storeReport(deps, buildReport(draft, now), chatId, now);
      try {
        const quick = await deps.reports.findByCode(draft.amends);
        if (!quick?.quick) return { ok: false as const };
        const report = withDetails(quick, buildReport(draft, now), now);
        if (!(await deps.reports.amend(report, chatId))) return { ok: false as const };
        deps.logger.info({ sectors: report.derived.sectors }, "quick report completed");
        await deps.onAmended(report);
        return { ok: true as const, code: report.code, contact: report.contact };
      } catch (error) {
        deps.logger.error({ err: redactIds((error as Error).message) }, "details could not be stored");
        return { ok: false as const };
      }
    });
  }

  /**
   * Earlier versions waited here for the cleanup buttons. A chat that still
   * has this conversation open leaves it at its next update, which goes on to
   * the features (where the buttons are handled now).
   */
  async function afterReport(conversation: FormConversation) {
    await conversation.halt({ next: true });
  }

  return { reportStep, afterReport };
}

async function complain(ctx: Context, error: InputError, t: Translate, step: StepDef | undefined, limits: Limits): Promise<void> {
  const max = error === "too-many-files" ? limits.filesPerReport : (step?.maxChars ?? LIMITS.shortTextChars);
  await ctx.reply(t(`err-${error}`, { max }));
}
