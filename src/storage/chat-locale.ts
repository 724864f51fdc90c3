/**
 * The language a chat reads when the bot writes to it unasked (an alert, a
 * notice, a request to confirm): a lead's stored one, else the person's
 * /language choice, else the default — a Telegram app's language is not
 * stored, so it cannot be used here. One rule for the messenger and delivery.
 */
import { DEFAULT_LOCALE, isLocale, type Locale } from "../shared/locales.js";
import type { JsonStore } from "./json-store.js";
import type { LeadsStore } from "./leads-store.js";

export interface ChatLocaleStores {
  leads: Pick<LeadsStore, "byChat">;
  sessions: Pick<JsonStore<unknown>, "read">;
}

/** `pseudonym`: sessions are keyed by a pseudonym of the chat id. */
export function chatLocale(stores: ChatLocaleStores, pseudonym: (id: number) => string): (chatId: number) => Promise<Locale> {
  return async (chatId) => {
    const lead = (await stores.leads.byChat(chatId))[0];
    if (lead) return lead.locale;
    // Only private chats have sessions; a group's id is negative.
    if (chatId > 0) {
      const chosen = ((await stores.sessions.read(pseudonym(chatId)).catch(() => undefined)) as { locale?: unknown } | undefined)?.locale;
      if (isLocale(chosen)) return chosen;
    }
    return DEFAULT_LOCALE;
  };
}
