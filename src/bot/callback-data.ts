/**
 * Callback data of the guide's buttons (at most 64 bytes each). The data names
 * a screen and nothing else: no authority, no personal data. A button whose
 * data no longer parses, or names a card that was removed, is "stale".
 */
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
  /** `lang:kk` */
  language: (locale: string) => `lang:${locale}`,
  /** `r:lawyer` */
  rightsCard: (id: string) => `r:${id}`,
  /** `rg:detention`: a group of cards on the rights menu */
  rightsGroup: (id: string) => `rg:${id}`,
} as const;

export const LANGUAGE_PATTERN = /^lang:([a-z]{2})$/;
export const RIGHTS_CARD_PATTERN = /^r:([a-z-]+)$/;
export const RIGHTS_GROUP_PATTERN = /^rg:([a-z-]+)$/;
