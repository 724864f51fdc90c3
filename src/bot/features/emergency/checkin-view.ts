/** What the check-in timer shows: its buttons and texts, shared by the handlers and the background notices. */
import { InlineKeyboard } from "grammy";
import { almatyClock, CHOICE_HOURS, reminderAt, timeLeft, type AlarmResult, LATE_NOTICE_AFTER_MS } from "../../../emergency/checkin.js";
import type { Translate } from "../../../shared/text.js";
import type { CheckinTimer } from "../../../storage/timers-store.js";
import { defineButton, matching, oneOf } from "../../../telegram/callback-data.js";
import { CB } from "../../callback-data.js";

/** `cks:2`: start a timer of that many hours. */
export const CHECKIN_START = defineButton("cks", { hours: oneOf(CHOICE_HOURS.map(String)) });
/** `ck:safe:<run>`: an action on the timer of that run; a button of an ended timer is stale. */
export const CHECKIN_ACTION = defineButton("ck", { action: oneOf(["safe", "stop", "more"] as const), run: matching("[A-Za-z0-9_-]{8}") });

/** "1 h 20 min" in the reader's language. */
export function durationText(t: Translate, ms: number): string {
  const { hours, minutes } = timeLeft(ms, 0);
  return t("checkin-duration", { hours, minutes });
}

export function chooseKeyboard(t: Translate): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const hours of CHOICE_HOURS) keyboard.text(t("checkin-hours", { hours }), CHECKIN_START.pack({ hours: String(hours) }));
  return keyboard.row().text(t("nav-main-menu"), CB.mainMenu);
}

/** Under a running timer: Stop (or "I'm safe" under the reminder) and +1 hour. */
export function timerKeyboard(t: Translate, run: string, end: "safe" | "stop"): InlineKeyboard {
  return new InlineKeyboard()
    .text(t(end === "safe" ? "checkin-button-safe" : "checkin-button-stop"), CHECKIN_ACTION.pack({ action: end, run }))
    .text(t("checkin-button-extend"), CHECKIN_ACTION.pack({ action: "more", run }));
}

export function startedText(t: Translate, timer: CheckinTimer, now: number): string {
  return t("checkin-started", {
    until: almatyClock(timer.deadline),
    left: durationText(t, timer.deadline - now),
    before: Math.round((timer.deadline - reminderAt(timer.startedAt, timer.deadline)) / 60_000),
  });
}

export function statusText(t: Translate, timer: CheckinTimer, now: number): string {
  return t("checkin-status", {
    until: almatyClock(timer.deadline),
    left: durationText(t, timer.deadline - now),
    location: timer.location ? "yes" : "no",
  });
}

export function reminderText(t: Translate, timer: CheckinTimer, now: number): string {
  return t("checkin-reminder", { until: almatyClock(timer.deadline), left: durationText(t, timer.deadline - now) });
}

/** At the deadline: what the alarm did, and how late this comes when the bot was down. */
export function firedText(t: Translate, timer: CheckinTimer, outcome: AlarmResult, lateMs: number): string {
  const until = almatyClock(timer.deadline);
  const lines = [t(outcome === "raised" ? "checkin-fired-raised" : "checkin-fired-no-contacts", { until })];
  if (lateMs > LATE_NOTICE_AFTER_MS) lines.push(t("checkin-fired-late", { late: durationText(t, lateMs) }));
  return lines.join("\n");
}
