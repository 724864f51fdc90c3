import type { ConversationFlavor } from "@grammyjs/conversations";
import type { Context, SessionFlavor } from "grammy";
import type { Locale } from "../content/locales.js";
import type { LocaleFlavor } from "./i18n.js";

/** What the bot remembers per private chat. Keep it minimal: it is about people. */
export interface SessionData {
  /** Set by /language; until then the Telegram app's language decides. */
  locale?: Locale;
}

export type BotContext = ConversationFlavor<Context & SessionFlavor<SessionData> & LocaleFlavor>;
