/**
 * Callback data of the guide's buttons (at most 64 bytes each). The data names
 * a screen and nothing else: no authority, no personal data. A button whose
 * data no longer parses, or names a card that was removed, is "stale".
 */
import { LOCALES } from "../shared/locales.js";
import { defineButton, matching, oneOf } from "../telegram/callback-data.js";

export const CB = {
  mainMenu: "menu",
  rightsMenu: "rights",
  summary: "card",
  contacts: "contacts",
  languageMenu: "lang",
  /** Deletes the chat's messages the bot can still delete (as /clean). */
  clean: "clean",
  /** Asks whether to forget the person (as /forget). */
  forget: "forget",
  /** The check-in timer: choose a time, or the running timer. */
  checkin: "checkin",
  /** The lock-screen card: asks for the lawyer's number (as /lockscreen). */
  lockscreen: "ls",
  /** The lock-screen card without a number. */
  lockscreenPlain: "ls:plain",
} as const;

const contentId = matching("[a-z-]+");

/** `lang:kk` */
export const LANGUAGE = defineButton("lang", { locale: oneOf(LOCALES) });
/** `r:lawyer` */
export const RIGHTS_CARD = defineButton("r", { card: contentId });
/** `rg:detention`: a group of cards on the rights menu */
export const RIGHTS_GROUP = defineButton("rg", { group: contentId });
