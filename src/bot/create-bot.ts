import { conversations, type ConversationData, type VersionedState } from "@grammyjs/conversations";
import { sequentialize } from "@grammyjs/runner";
import { Bot, session, type ApiClientOptions } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { JsonStore } from "../storage/json-store.js";
import { pseudonymize } from "../security/data-key.js";
import type { BotContext, SessionData } from "./context.js";
import type { BotDeps } from "./deps.js";
import { errorBoundary } from "./error-boundary.js";
import { fallbackFeature } from "./features/fallback.js";
import { groupChatsFeature } from "./features/group-chats.js";
import { languageFeature } from "./features/language.js";
import { mainMenuFeature } from "./features/main-menu.js";
import { rightsGuideFeature } from "./features/rights-guide.js";
import { createI18n } from "./i18n.js";
import { sessionKey, sessionStorage } from "./session-storage.js";

export interface CreateBotOptions {
  /** Telegram API client options: `apiRoot` for a self-hosted or fake Bot API, `fetch` in tests. */
  client?: ApiClientOptions;
  /** Skips the getMe call in tests. */
  botInfo?: UserFromGetMe;
}

/**
 * Builds the bot. Middleware order, top to bottom:
 *  1. error boundary — logs without personal data, tells the user;
 *  2. sequentialize per chat — one update at a time per chat, so session
 *     and conversation state never race (the runner handles chats concurrently);
 *  3. session (MongoDB, keyed by a pseudonym of the chat id);
 *  4. i18n — /language choice, else the Telegram app's language;
 *  5. group chats — one polite line, nothing else happens there;
 *  6. conversations (MongoDB) — the multi-step flows;
 *  7. features — main menu, language, rights guide;
 *  8. fallback — a polite answer to anything not handled above.
 */
export function createBot(token: string, deps: BotDeps, options: CreateBotOptions = {}): Bot<BotContext> {
  const bot = new Bot<BotContext>(token, { client: options.client, botInfo: options.botInfo });
  const i18n = createI18n();

  const onError = errorBoundary(deps.logger);
  // Errors thrown outside the boundary (none expected) still get logged safely.
  bot.catch(onError);
  const protectedBot = bot.errorBoundary(onError);
  protectedBot.use(sequentialize((ctx) => ctx.chatId?.toString()));
  protectedBot.use(
    session({
      getSessionKey: sessionKey(deps.pseudonymKey),
      storage: sessionStorage(deps.storage.sessions as JsonStore<SessionData>),
    }),
  );
  protectedBot.use(i18n);
  protectedBot.use(groupChatsFeature());

  const privateChats = protectedBot.chatType("private");
  privateChats.use(
    conversations<BotContext, BotContext>({
      storage: {
        type: "key",
        getStorageKey: (ctx) => (ctx.chatId === undefined ? undefined : pseudonymize(deps.pseudonymKey, ctx.chatId)),
        adapter: deps.storage.conversations as JsonStore<VersionedState<ConversationData>>,
      },
      plugins: [i18n.middleware()],
    }),
  );
  privateChats.use(mainMenuFeature(deps));
  privateChats.use(languageFeature(deps));
  privateChats.use(rightsGuideFeature(deps));
  privateChats.use(fallbackFeature(deps));

  return bot;
}

