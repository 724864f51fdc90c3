/**
 * Messages the bot sends to *another* chat than the one it is answering — an
 * admin asked to confirm a lead, an applicant told the decision, a removed
 * lead, a coordinator told of a refused alert. They go out in that chat's
 * language, never the sender's, and a failure is logged, never swallowed.
 */
import type { I18n } from "@grammyjs/i18n";
import type { Api } from "grammy";
import type { Logger } from "pino";
import { redactIds } from "../logger.js";
import type { Locale } from "../shared/locales.js";
import type { Translate } from "../shared/text.js";
import { chatLocale } from "../storage/chat-locale.js";
import type { Storage } from "../storage/database.js";
import { translatorFor } from "../telegram/i18n.js";

type SendOptions = Parameters<Api["sendMessage"]>[2];

export interface Messenger {
  /** The language a chat reads (storage/chat-locale.ts). */
  localeOf(chatId: number): Promise<Locale>;
  translator(locale: Locale): Translate;
  /** Sends a text written in the recipient's language; false (and a log line) when Telegram refused it. */
  send(chatId: number, write: (t: Translate, locale: Locale) => string, options?: SendOptions, locale?: Locale): Promise<boolean>;
}

export interface MessengerDeps {
  api: Api;
  storage: Pick<Storage, "leads" | "sessions">;
  i18n: I18n;
  logger: Logger;
  /** Sessions are keyed by a pseudonym of the chat id. */
  pseudonym: (id: number) => string;
}

export function createMessenger({ api, storage, i18n, logger, pseudonym }: MessengerDeps): Messenger {
  const localeOf = chatLocale(storage, pseudonym);
  const translator = (locale: Locale) => translatorFor(i18n, locale);
  return {
    localeOf,
    translator,
    async send(chatId, write, options, known) {
      const locale = known ?? (await localeOf(chatId));
      try {
        await api.sendMessage(chatId, write(translator(locale), locale), options);
        return true;
      } catch (error) {
        logger.warn(
          { err: redactIds(error instanceof Error ? error.message : String(error)) },
          "a message to another chat was not delivered",
        );
        return false;
      }
    },
  };
}
