/**
 * The check-in timer ("I'm going to an assembly"), as pure rules: how long a
 * timer may run, when the bot asks "Are you OK?", what a typed time means, and
 * what the background job does with a timer at a given moment. No grammY, no
 * MongoDB: the store keeps timers, the job runs them, the bot talks.
 */

/** A point of a (live) location. */
export interface GeoPoint {
  latitude: number;
  longitude: number;
}

/** What the alarm (issue 10 §2) answers: raised to the person's contacts, or nobody to raise it to. */
export type AlarmResult = "raised" | "not-set-up";

/**
 * The alarm's entry point, exactly the shape of the §2 alarm service's `raise`:
 * a timer that runs out calls it with the last location it kept.
 */
export type RaiseAlarm = (chatId: number, options: { location?: GeoPoint; cause: "checkin" }) => Promise<AlarmResult>;

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;

/** The durations offered as buttons, in hours. */
export const CHOICE_HOURS = [1, 2, 4] as const;
export type ChoiceHours = (typeof CHOICE_HOURS)[number];

/** Shorter than this is not a check-in: the reminder would come before the person put the phone away. */
export const MIN_DURATION_MS = 5 * MINUTE_MS;
/** A timer is for one assembly; a longer absence is not what it watches. */
export const MAX_DURATION_MS = 24 * HOUR_MS;
/** "Are you OK?" comes this long before the deadline (half the timer for timers under twice this). */
export const REMINDER_BEFORE_MS = 10 * MINUTE_MS;
/** "+1 hour". */
export const EXTENSION_MS = HOUR_MS;
/**
 * A timer that fires this much after its deadline (the bot was down) says so
 * to the person. It still raises the alarm, however late: the person did not
 * check in, and the bot being offline does not make them safer; the alarm
 * carries the last location it has, and the person's message says how late it is.
 */
export const LATE_NOTICE_AFTER_MS = 2 * MINUTE_MS;

/** Almaty time: what the person and their contacts read (as the rest of the bot shows times). */
export const TIME_ZONE = "Asia/Almaty";

/** The stages of a timer: running until the reminder, reminded until the deadline; a fired or ended timer is deleted. */
export type TimerStage = "running" | "reminded";

/** What the job should do with a timer now. */
export type TimerAction = "remind" | "fire" | "wait";

/** When "Are you OK?" comes: {@link REMINDER_BEFORE_MS} before the deadline, or half-way for a short timer. */
export function reminderAt(startedAt: number, deadline: number): number {
  return deadline - Math.min(REMINDER_BEFORE_MS, Math.floor((deadline - startedAt) / 2));
}

/** The next moment the job must look at a timer in this stage. */
export function nextDueAt(stage: TimerStage, startedAt: number, deadline: number): number {
  return stage === "running" ? reminderAt(startedAt, deadline) : deadline;
}

/**
 * What is due for a timer the job found due (its next moment has come). A
 * timer whose deadline has passed fires, even if its reminder was never sent
 * (the bot was down through both): asking "Are you OK?" after the time ran
 * out would only delay the alarm.
 */
export function dueAction(stage: TimerStage | "firing", deadline: number, now: number): TimerAction {
  if (stage === "firing" || now >= deadline) return "fire";
  return stage === "running" ? "remind" : "wait";
}

/** +1 hour from the current deadline (never from a past one: the timer would end at once). */
export function extendedDeadline(deadline: number, now: number): number {
  return Math.max(deadline, now) + EXTENSION_MS;
}

/** The deadline of a button's choice. */
export function deadlineIn(hours: ChoiceHours, now: number): number {
  return now + hours * HOUR_MS;
}

export type TypedTime = { ok: true; deadline: number } | { ok: false; reason: "unreadable" | "impossible-time" | "too-short" | "too-long" };

const HOUR_WORDS = ["h", "hr", "hrs", "hour", "hours", "ч", "час", "часа", "часов", "сағ", "сағат"];
const MINUTE_WORDS = ["m", "min", "mins", "minute", "minutes", "мин", "минут", "минута", "минуты", "минуту", "м"];
const NUMBER = String.raw`(\d{1,3}(?:[.,]\d{1,2})?)`;
const unit = (words: string[]) => `(?:${words.map((w) => w.replace(".", "\\.")).join("|")})\\.?`;
/** "3h", "3 ч", "1,5 часа", "90 min", "1 h 30 min", "1ч30м". */
const DURATION = new RegExp(`^(?:${NUMBER}\\s*${unit(HOUR_WORDS)})?\\s*(?:${NUMBER}\\s*${unit(MINUTE_WORDS)})?$`, "iu");
/** "18:30", "18.30", "9:05". */
const CLOCK = /^(\d{1,2})[:.](\d{2})$/;

/**
 * Reads a typed time: a duration ("3h", "90 min", "3 сағ", "3 ч", "1 ч 30 мин")
 * or a time of day in Almaty ("18:30": today, or tomorrow when it has passed).
 */
export function parseTypedTime(text: string, now: number): TypedTime {
  const input = text.trim().toLowerCase().replace(/\s+/g, " ");
  const clock = CLOCK.exec(input);
  if (clock) {
    const hours = Number(clock[1]);
    const minutes = Number(clock[2]);
    if (hours > 23 || minutes > 59) return { ok: false, reason: "impossible-time" };
    return bounded(nextWallClock(hours, minutes, now), now);
  }
  const duration = input ? DURATION.exec(input) : null;
  if (!duration || (duration[1] === undefined && duration[2] === undefined)) return { ok: false, reason: "unreadable" };
  const number = (value: string | undefined) => (value === undefined ? 0 : Number(value.replace(",", ".")));
  const ms = Math.round(number(duration[1]) * HOUR_MS + number(duration[2]) * MINUTE_MS);
  return bounded(now + ms, now);
}

function bounded(deadline: number, now: number): TypedTime {
  if (deadline - now < MIN_DURATION_MS) return { ok: false, reason: "too-short" };
  if (deadline - now > MAX_DURATION_MS) return { ok: false, reason: "too-long" };
  return { ok: true, deadline };
}

/** The next moment the clock in Almaty shows hours:minutes (to the minute). */
function nextWallClock(hours: number, minutes: number, now: number): number {
  const offset = zoneOffsetMs(now);
  const wallNow = new Date(now + offset);
  let target = Date.UTC(wallNow.getUTCFullYear(), wallNow.getUTCMonth(), wallNow.getUTCDate(), hours, minutes) - offset;
  if (target <= now) target += 24 * HOUR_MS;
  return target;
}

/** How far Almaty's clock is ahead of UTC at `at` (from the time-zone data, not a constant: it changed in 2024). */
function zoneOffsetMs(at: number): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: TIME_ZONE,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  }).formatToParts(at);
  const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const wall = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second"));
  return wall - Math.floor(at / 1000) * 1000;
}

/** "18:30" in Almaty. */
export function almatyClock(at: number): string {
  return new Date(at).toLocaleTimeString("ru-RU", { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit" });
}

/** Time left, in whole hours and minutes (rounded up to the minute: "0 min" only when it is over). */
export function timeLeft(deadline: number, now: number): { hours: number; minutes: number } {
  const total = Math.max(0, Math.ceil((deadline - now) / MINUTE_MS));
  return { hours: Math.floor(total / 60), minutes: total % 60 };
}

/** Whether a point is a place on Earth (a forged update could carry anything). */
export function isGeoPoint(point: { latitude: number; longitude: number }): boolean {
  return (
    Number.isFinite(point.latitude) &&
    Number.isFinite(point.longitude) &&
    Math.abs(point.latitude) <= 90 &&
    Math.abs(point.longitude) <= 180
  );
}
