/**
 * The check-in timer (issue 10 §3): "⏱ I'm going to an assembly" and
 * /checkin. The person picks 1, 2 or 4 hours or types a time, may share a
 * live location (only its last point is kept, sealed), sees the running timer
 * and can stop it or add an hour. The reminder and the alarm at the deadline
 * come from the background job (jobs/checkin-timers.ts, notices in
 * checkin-notices.ts).
 */
import { Composer } from "grammy";
import { almatyClock, deadlineIn, extendedDeadline, isGeoPoint, parseTypedTime, type ChoiceHours } from "../../../emergency/checkin.js";
import { escapeHtml } from "../../../shared/text.js";
import type { CheckinTimer, TimersStore } from "../../../storage/timers-store.js";
import { onPress } from "../../../telegram/callback-data.js";
import type { BotContext } from "../../../telegram/context.js";
import { currentLocale } from "../../../telegram/i18n.js";
import { CB } from "../../callback-data.js";
import { backToMenuKeyboard } from "../../keyboards.js";
import { showScreen } from "../../screen.js";
import { CHECKIN_ACTION, CHECKIN_START, chooseKeyboard, startedText, statusText, timerKeyboard } from "./checkin-view.js";

export interface CheckinFeatureDeps {
  timers: TimersStore;
  now?: () => number;
}

/** A typed time is read as one for this long after the bot asked for it; later, text is just stray text. */
const ASK_VALID_MS = 15 * 60_000;

export function checkinFeature(deps: CheckinFeatureDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const now = () => (deps.now ?? Date.now)();

  const showRunning = (ctx: BotContext, timer: CheckinTimer, lead?: string) =>
    showScreen(ctx, {
      text: escapeHtml([lead, statusText(ctx.t, timer, now())].filter(Boolean).join("\n\n")),
      keyboard: timerKeyboard(ctx.t, timer.run, "stop"),
    });

  const open = async (ctx: BotContext) => {
    const timer = await deps.timers.get(ctx.chat!.id);
    if (timer) return showRunning(ctx, timer);
    ctx.session.checkinAskedAt = now();
    await showScreen(ctx, { text: escapeHtml(ctx.t("checkin-choose")), keyboard: chooseKeyboard(ctx.t) });
  };

  const start = async (ctx: BotContext, deadline: number) => {
    delete ctx.session.checkinAskedAt;
    const at = now();
    const result = await deps.timers.start({ chatId: ctx.chat!.id, locale: currentLocale(ctx), startedAt: at, deadline });
    if (!result.started) {
      if (result.existing) return showRunning(ctx, result.existing, ctx.t("checkin-already-running"));
      // Its time ran out this very moment: the alarm is on its way.
      return showScreen(ctx, { text: escapeHtml(ctx.t("checkin-stale-button")), keyboard: backToMenuKeyboard(ctx.t) });
    }
    await showScreen(ctx, {
      text: escapeHtml(startedText(ctx.t, result.timer, at)),
      keyboard: timerKeyboard(ctx.t, result.timer.run, "stop"),
    });
  };

  composer.command("checkin", open);
  composer.callbackQuery(CB.checkin, async (ctx) => {
    await ctx.answerCallbackQuery();
    await open(ctx);
  });

  composer.callbackQuery(
    CHECKIN_START.filter,
    onPress(CHECKIN_START, async (ctx, { hours }) => {
      await ctx.answerCallbackQuery();
      await start(ctx, deadlineIn(Number(hours) as ChoiceHours, now()));
    }),
  );

  composer.callbackQuery(
    CHECKIN_ACTION.filter,
    onPress(CHECKIN_ACTION, async (ctx, { action, run }) => {
      const chatId = ctx.chat!.id;
      if (action === "more") {
        const timer = await deps.timers.extend(chatId, run, (deadline) => extendedDeadline(deadline, now()));
        if (timer) {
          await ctx.answerCallbackQuery();
          return showRunning(ctx, timer, ctx.t("checkin-extended", { until: almatyClock(timer.deadline) }));
        }
      } else if (await deps.timers.end(chatId, run)) {
        await ctx.answerCallbackQuery();
        return showScreen(ctx, {
          text: escapeHtml(ctx.t(action === "safe" ? "checkin-ended" : "checkin-stopped")),
          keyboard: backToMenuKeyboard(ctx.t),
        });
      }
      // A button of a timer that ended, fired, or was replaced by a newer one.
      await ctx.answerCallbackQuery({ text: ctx.t("checkin-stale-button") });
      const current = await deps.timers.get(chatId);
      if (current) return showRunning(ctx, current, ctx.t("checkin-stale-button"));
      await showScreen(ctx, { text: escapeHtml(ctx.t("checkin-stale-button")), keyboard: backToMenuKeyboard(ctx.t) });
    }),
  );

  // A typed time, soon after the bot asked for one (commands go on to their handlers).
  composer.on("message:text", async (ctx, next) => {
    const askedAt = ctx.session.checkinAskedAt;
    if (askedAt === undefined || ctx.message.text.startsWith("/")) return next();
    if (now() - askedAt > ASK_VALID_MS) {
      delete ctx.session.checkinAskedAt;
      return next();
    }
    const typed = parseTypedTime(ctx.message.text, now());
    if (typed.ok) return start(ctx, typed.deadline);
    const key = typed.reason === "unreadable" ? "checkin-bad-time" : `checkin-${typed.reason}`;
    await ctx.reply(ctx.t(key), { reply_markup: chooseKeyboard(ctx.t) });
  });

  // A location sent as a message: kept as the timer's last point, or not kept at all.
  composer.on("message:location", async (ctx) => {
    const point = ctx.message.location;
    const kept = isGeoPoint(point) && (await deps.timers.setLocation(ctx.chat.id, point));
    await ctx.reply(ctx.t(kept ? "checkin-location-saved" : "checkin-location-no-timer"));
  });

  return composer;
}

/**
 * Live locations arrive as edits of one message, every few seconds for hours:
 * each point replaces the timer's last one, silently. Without a running timer
 * they are dropped silently too (before any form, so an edit never reaches
 * one, and never the "I don't read edited messages" reply, which would answer
 * every point). Other edits go on.
 */
export function checkinLiveLocation(deps: CheckinFeatureDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.on("edited_message:location", async (ctx) => {
    const point = ctx.editedMessage.location;
    if (isGeoPoint(point)) await deps.timers.setLocation(ctx.chat.id, point);
  });
  return composer;
}
