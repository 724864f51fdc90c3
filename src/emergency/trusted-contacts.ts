/**
 * Trusted contacts: the people a person names to be told when they are
 * detained. Pure rules — how many, how long an invitation lives, what a name
 * may be. Storage seals all of it (src/storage/trusted-contacts-store.ts).
 */
import type { RegionId } from "../shared/regions.js";
import type { Locale } from "../shared/locales.js";

/** A person names at most this many contacts (invited or accepted). */
export const MAX_CONTACTS = 5;
/** A personal link works once, for this long. */
export const INVITE_TTL_MS = 7 * 24 * 3600_000;
/** Display names and labels are short: they go into every alarm. */
export const NAME_MAX_CHARS = 40;

export interface TrustedContact {
  /** Short random id, the contact's handle in buttons and sends. */
  id: string;
  /** The name the person gave this contact; only the person sees it. */
  label: string;
  state: "invited" | "accepted";
  /** Set once accepted. */
  chatId: number | null;
  /** The contact's language, for the alarm (known once accepted). */
  locale: Locale | null;
  /** Until when the link of an invited contact works (epoch ms). */
  inviteExpiresAt: number | null;
}

/** What the person set up: the name contacts see, consent, region, clearing, and the contacts. */
export interface EmergencyProfile {
  displayName: string | null;
  /** The alarm is also a "detained now" report to the alliance. */
  reportToAlliance: boolean;
  region: RegionId | null;
  /** Clear the chat at once after the alarm. */
  clearAtOnce: boolean;
  contacts: TrustedContact[];
  /** The person's language, for what the bot tells them from other chats (a contact accepted, left…). */
  locale: Locale | null;
  /** The alarm raised and not yet ended by "I'm safe". */
  activeAlarm: { id: string; raisedAt: number } | null;
}

export const emptyProfile = (): EmergencyProfile => ({
  displayName: null,
  reportToAlliance: false,
  region: null,
  clearAtOnce: false,
  contacts: [],
  locale: null,
  activeAlarm: null,
});

/** The contacts an alarm goes to. */
export const acceptedContacts = (profile: EmergencyProfile): TrustedContact[] =>
  profile.contacts.filter((contact) => contact.state === "accepted" && contact.chatId !== null);

/** An invitation whose link expired no longer holds a place. */
export function liveContacts(profile: EmergencyProfile, now: number): TrustedContact[] {
  return profile.contacts.filter((c) => c.state === "accepted" || (c.inviteExpiresAt ?? 0) > now);
}

/** Set up enough for one tap: a name to show and at least one contact who accepted. */
export const isReady = (profile: EmergencyProfile | undefined): profile is EmergencyProfile =>
  profile !== undefined && profile.displayName !== null && acceptedContacts(profile).length > 0;

export type NameCheck = { ok: true; value: string } | { ok: false; reason: "empty" | "too-long" | "command" };

/** A display name or a contact's label: one line of plain text. */
export function readName(text: string): NameCheck {
  // Control, zero-width and direction characters become spaces: a name must not hide or reorder text.
  const value = [...text]
    .map((c) => (/[\p{Cc}\p{Cf}]/u.test(c) && c !== "\u200d" ? " " : c))
    .join("")
    .replace(/\s+/g, " ")
    .trim();
  if (value.startsWith("/")) return { ok: false, reason: "command" };
  if (value.length === 0) return { ok: false, reason: "empty" };
  if ([...value].length > NAME_MAX_CHARS) return { ok: false, reason: "too-long" };
  return { ok: true, value };
}
