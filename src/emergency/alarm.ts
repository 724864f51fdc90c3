/**
 * The alarm "I'm being detained": what one tap records, and the rules around
 * it. The alarm and each of its sends are stored before anything is sent, so
 * a crash between the tap and the sends loses nothing and repeats nothing.
 */
import type { RegionId } from "../shared/regions.js";
import type { Locale } from "../shared/locales.js";

export interface Coordinates {
  latitude: number;
  longitude: number;
}

export type AlarmCause = "tap" | "checkin";

/** Who is told: a trusted contact, or a lead's alert chat (for "I'm safe"). */
export interface AlarmRecipient {
  /** The contact's id in the person's profile, or `lead-<n>`. */
  id: string;
  chatId: number;
  locale: Locale;
  /** A lead's alert to answer ("I'm safe" replies to it). */
  replyTo?: number;
}

/** Everything the sends of one alarm need, sealed at rest. */
export interface Alarm {
  id: string;
  ownerChatId: number;
  displayName: string;
  /** Epoch ms of the tap. */
  raisedAt: number;
  cause: AlarmCause;
  location: Coordinates | null;
  /** The time the location arrived (a follow-up). */
  locationAt: number | null;
  recipients: AlarmRecipient[];
  /** The leads whose alert of the report gets "I'm safe" (known when it is pressed). */
  leads: AlarmRecipient[];
  /** The "detained now" report, when the person consented. */
  report: { code: string; region: RegionId; locale: Locale } | null;
  state: "active" | "safe";
  safeAt: number | null;
}

/** What goes to a recipient: the alarm, its location follow-up, "I'm safe". */
export const SEND_KINDS = ["alarm", "location", "safe", "lead-safe"] as const;
export type SendKind = (typeof SEND_KINDS)[number];

/** A location sent this long after the tap still goes to the contacts. */
export const LOCATION_WINDOW_MS = 10 * 60_000;
/** A tap within this long of an active alarm is the same alarm (a double tap, a redelivered update). */
export const ACTIVE_ALARM_MS = 24 * 3600_000;
/** An alarm, its sends and its location are deleted this long after the tap. */
export const ALARM_RETENTION_MS = 7 * 24 * 3600_000;

export const locationStillWelcome = (alarm: Alarm, now: number): boolean =>
  alarm.state === "active" && alarm.location === null && now - alarm.raisedAt <= LOCATION_WINDOW_MS;

export const isValidCoordinates = (c: Coordinates): boolean =>
  Number.isFinite(c.latitude) && Number.isFinite(c.longitude) && Math.abs(c.latitude) <= 90 && Math.abs(c.longitude) <= 180;
