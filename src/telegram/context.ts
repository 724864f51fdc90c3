import type { ConversationFlavor } from "@grammyjs/conversations";
import type { Context, SessionFlavor } from "grammy";
import type { Locale } from "../shared/locales.js";
import type { Translate } from "../shared/text.js";

/** What the bot remembers per private chat. Keep it minimal: it is about people. */
export interface SessionData {
  /** Set by /language; until then the Telegram app's language decides. */
  locale?: Locale;
  /** When the check-in timer last asked for a time (epoch ms): text soon after is read as one. */
  checkinAskedAt?: number;
  /**
   * Until when (ms) the next text is read as the lawyer's number for the
   * lock-screen card. Only this flag is kept, never the number.
   */
  lockscreenUntil?: number;
}

/** What features use: `ctx.t` in the user's language, and the language itself. */
export interface LocaleFlavor {
  t: Translate;
  locale(): Locale;
  /** Switches the language for the rest of this update (after /language). */
  useLocale(locale: Locale): void;
}

export type BotContext = ConversationFlavor<Context & SessionFlavor<SessionData> & LocaleFlavor>;
