import { autoRetry, type AutoRetryOptions } from "@grammyjs/auto-retry";
import { conversations, createConversation, type ConversationData, type VersionedState } from "@grammyjs/conversations";
import { sequentialize } from "@grammyjs/runner";
import { Api, Bot, session, type ApiClientOptions } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { JsonStore } from "../storage/json-store.js";
import { pseudonymizer } from "../security/data-key.js";
import type { BotContext, SessionData } from "../telegram/context.js";
import type { BotDeps } from "./deps.js";
import { errorBoundary } from "./error-boundary.js";
import { createMessenger } from "./messenger.js";
import { floodGuard } from "./flood-guard.js";
import { DEFAULT_LIMITS } from "../config/limits.js";
import { fallbackFeature } from "./features/fallback.js";
import { groupChatsFeature } from "./features/group-chats.js";
import { auditFeature } from "./features/leads/audit.js";
import { enrolmentFeature } from "./features/leads/enrolment.js";
import { languageFeature } from "./features/language.js";
import { leadActionsFeature } from "./features/leads/actions.js";
import { leadOverviewFeature } from "./features/leads/overview.js";
import { leadStatsFeature } from "./features/leads/stats.js";
import { leadExportFeature } from "./features/leads/export.js";
import { mainMenuFeature } from "./features/main-menu.js";
import { reportsFeature } from "./features/reports.js";
import { rightsGuideFeature } from "./features/rights-guide.js";
import { chainConversations } from "../flows/report/chain.js";
import { createWitnessFlow, WITNESS_STEP } from "../flows/report/witness-flow.js";
import { detailsTokens, witnessFeature } from "./features/witness.js";
import { AFTER_REPORT, createReportFlow, REPORT_STEP } from "../flows/report/report-flow.js";
import type { StoreReportDeps } from "../flows/report/store-report.js";
import { createI18n, localeMiddleware, translatorFor } from "../telegram/i18n.js";
import { documentsFeature } from "./features/documents.js";
import { leadDocumentsFeature } from "./features/leads/documents.js";
import { createDocumentFlow, DOCUMENT_FORM } from "../flows/documents/document-flow.js";
import { defaultDocumentsContent } from "../documents/documents-content.js";
import { sessionKey, sessionStorage } from "./session-storage.js";
import { chatTrail } from "./chat-trail.js";
import { cleanChatFeature } from "./features/clean-chat.js";
import { forgetFeature } from "./features/forget.js";
import { checkinFeature, checkinLiveLocation } from "./features/emergency/checkin.js";
import { lockscreenFeature } from "./features/lockscreen.js";
import { custodyFeature } from "./features/leads/custody.js";
import { alarmFeature } from "./features/emergency/alarm.js";
import { contactsFeature } from "./features/emergency/contacts.js";
import { createAlarmService } from "./features/emergency/alarm-setup.js";

/** Replies to people survive a short 429 or a server hiccup; alerts have their own retries. */
const DEFAULT_RETRY: Partial<AutoRetryOptions> = { maxRetryAttempts: 3, maxDelaySeconds: 30 };

export interface CreateBotOptions {
  /** How replies retry 429s, 5xx and network errors; `false` turns it off (tests of failures). */
  retry?: Partial<AutoRetryOptions> | false;
  /** Telegram API client options: `apiRoot` for a self-hosted or fake Bot API, `fetch` in tests. */
  client?: ApiClientOptions;
  /** Skips the getMe call in tests. */
  botInfo?: UserFromGetMe;
}

/**
 * Builds the bot. Middleware order, top to bottom:
 *  0. chat trail — notes the ids of the messages of private chats during the
 *     update (with an API transformer on ctx.api) and stores them when it is
 *     done, or with the form state, so they can be deleted later (outermost:
 *     the error reply is noted too; `claim`, after sequentialize, lets the
 *     form state and the conversations find the update's trail);
 *  1. error boundary — logs without personal data, tells the user;
 *  2. sequentialize per chat — one update at a time per chat, so session
 *     and conversation state never race (the runner handles chats concurrently);
 *  3. session (MongoDB, keyed by a pseudonym of the chat id);
 *  4. i18n — /language choice, else the Telegram app's language;
 *     then the flood guard — messages per minute per person (in their language);
 *  5. leads and admins, in any chat — alert buttons, replies relayed between
 *     a lead and a reporter, /cases, duty, enrolment (before the report form,
 *     so a reporter's answer to a lead is never taken for a form answer);
 *  6. group chats — beyond the above, one polite line;
 *  7. live-location points of a check-in timer (edits, silent); the
 *     lock-screen card — before the forms, so the lawyer's number typed
 *     for it is read there and never stored as a form answer; then
 *     conversations (MongoDB, encrypted) — the report form, a chain of
 *     one-question conversations (see flows/report/chain.ts), the witness's
 *     quick alert (a chain of three), and the documents form;
 *  8. features — the alarm (/sos, /safe, the location after it) and trusted
 *     contacts (/contacts, their one-time links: before the main menu's /start),
 *     clearing the chat and /forget (before the others, so they work
 *     in the middle of a form), main menu, language, rights guide, starting a
 *     report, the witness's quick alert and its "Add details", documents,
 *     the check-in timer;
 *  9. fallback — a polite answer to anything not handled above; a button
 *     press outside any chat is still answered.
 */
export function createBot(token: string, deps: BotDeps, options: CreateBotOptions = {}): Bot<BotContext> {
  const bot = new Bot<BotContext>(token, { client: options.client, botInfo: options.botInfo });
  const retry = options.retry === false ? undefined : { ...DEFAULT_RETRY, ...options.retry };
  if (retry) bot.api.config.use(autoRetry(retry));
  const i18n = createI18n();
  const pseudonym = pseudonymizer(deps.pseudonymKey);
  const trail = chatTrail(deps.storage.trails, pseudonym, deps.logger);
  // Notes on each update's ctx.api, after auto-retry (installed on bot.api, copied first), so it sees the final answer of a send.
  bot.use(trail.middleware);

  const onError = errorBoundary(deps.logger, deps.onUpdateError);
  // Errors thrown outside the boundary (none expected) still get logged safely.
  bot.catch(onError);
  const protectedBot = bot.errorBoundary(onError);
  protectedBot.use(sequentialize((ctx) => ctx.chatId?.toString()));
  protectedBot.use(trail.claim);
  protectedBot.use(
    session({
      getSessionKey: sessionKey(pseudonym),
      storage: sessionStorage(deps.storage.sessions as JsonStore<SessionData>),
    }),
  );
  protectedBot.use(localeMiddleware(i18n));
  const limits = deps.limits ?? DEFAULT_LIMITS;
  protectedBot.use(floodGuard({ perMinute: limits.messagesPerMinute, pseudonym, now: deps.now }));
  // Its own Api: a message to another chat is written into that chat's trail as it is sent.
  const messengerApi = new Api(token, options.client);
  if (retry) messengerApi.config.use(autoRetry(retry));
  messengerApi.config.use(trail.writeThrough);
  const messenger = createMessenger({ api: messengerApi, storage: deps.storage, i18n, logger: deps.logger, pseudonym });
  // Before the lead actions, whose last handler answers any other lead button as out of date.
  protectedBot.use(custodyFeature({ ...deps, messenger }));
  protectedBot.use(
    leadActionsFeature({
      ...deps,
      pseudonym,
      messenger,
      routeTo: (report, sectors) => deps.delivery.routeTo(report, sectors),
    }),
  );
  const documents = deps.documents ?? defaultDocumentsContent();
  protectedBot.use(leadDocumentsFeature({ ...deps, documents, translator: (locale) => translatorFor(i18n, locale) }));
  protectedBot.use(leadOverviewFeature(deps));
  protectedBot.use(leadStatsFeature(deps));
  // Before the audit feature: "/audit exports" is read here.
  protectedBot.use(leadExportFeature(deps));
  protectedBot.use(enrolmentFeature({ ...deps, messenger }));
  protectedBot.use(auditFeature({ ...deps, documents }));
  protectedBot.use(groupChatsFeature());

  const privateChats = protectedBot.chatType("private");
  const checkin = { timers: deps.storage.timers, now: deps.now };
  // Live-location points of a check-in timer: silent, and never taken for a form's answer.
  privateChats.use(checkinLiveLocation(checkin));
  // Before the forms: a lawyer's number typed for the lock-screen card must never become a form answer.
  privateChats.use(lockscreenFeature(deps));
  privateChats.use(
    conversations<BotContext, BotContext>({
      storage: {
        type: "key",
        getStorageKey: (ctx) => (ctx.chatId === undefined ? undefined : pseudonym(ctx.chatId)),
        adapter: trail.carrying(deps.storage.conversations as JsonStore<VersionedState<ConversationData>>),
      },
      // Inside a conversation `ctx.api` is a fresh Api: the retry and trail transformers are
      // installed again there. No i18n inside: the flows translate with the locale stored in the draft.
      plugins: [
        (ctx, next) => {
          if (retry) ctx.api.config.use(autoRetry(retry));
          return trail.inConversation(ctx, next);
        },
      ],
    }),
  );
  privateChats.use(chainConversations());
  // The full form and the witness's quick alert store reports the same way.
  const storing: StoreReportDeps = {
    reports: deps.storage.reports,
    evidence: deps.storage.evidence,
    intake: deps.storage.intake,
    limits,
    logger: deps.logger,
    onStored: () => deps.delivery.poke(),
  };
  const flow = createReportFlow({ ...storing, i18n, onAmended: (report) => deps.delivery.amend(report) });
  const witness = createWitnessFlow({ ...storing, i18n, detailsToken: detailsTokens(deps.pseudonymKey) });
  // A conversation is known to the plugin once its middleware has run for the
  // update; the chain may enter afterReport from reportStep, so it comes first.
  privateChats.use(createConversation(flow.afterReport, AFTER_REPORT));
  privateChats.use(createConversation(flow.reportStep, REPORT_STEP));
  privateChats.use(createConversation(witness.witnessStep, WITNESS_STEP));
  privateChats.use(
    createConversation(
      createDocumentFlow<BotContext>({ documents, translator: (locale) => translatorFor(i18n, locale) }).documentForm,
      DOCUMENT_FORM,
    ),
  );
  const cleaning = { trail, trails: deps.storage.trails, pseudonym, logger: deps.logger };
  const alarms =
    deps.alarms ??
    createAlarmService({
      ...deps,
      api: bot.api,
      i18n,
      onReport: (report, intake) => (deps.delivery.routeUrgent ? deps.delivery.routeUrgent(report, intake) : deps.delivery.poke()),
    });
  privateChats.use(alarmFeature({ alarms, timers: deps.storage.timers, content: deps.content, alliance: deps.alliance, cleaning }));
  privateChats.use(contactsFeature({ trustedContacts: deps.storage.trustedContacts, messenger, logger: deps.logger, now: deps.now }));
  privateChats.use(cleanChatFeature(cleaning));
  privateChats.use(forgetFeature({ ...cleaning, storage: deps.storage }));
  privateChats.use(mainMenuFeature(deps));
  privateChats.use(languageFeature(deps));
  privateChats.use(rightsGuideFeature(deps));
  privateChats.use(reportsFeature({ intake: deps.storage.intake, limits, now: deps.now }));
  privateChats.use(
    witnessFeature({ intake: deps.storage.intake, limits, now: deps.now, reports: deps.storage.reports, pseudonymKey: deps.pseudonymKey }),
  );
  privateChats.use(documentsFeature(documents));
  privateChats.use(checkinFeature(checkin));
  privateChats.use(fallbackFeature(deps));
  // A press nothing above claimed (a button of an inline message has no chat): answered all the same, so the app stops waiting.
  protectedBot.on("callback_query", (ctx) => ctx.answerCallbackQuery());

  return bot;
}
