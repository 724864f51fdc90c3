/**
 * Builds the alarm service with its Telegram transport. app.ts starts its
 * sender and hands it to the bot as `deps.alarms`; the check-in timer raises
 * alarms through the same object: `alarms.raise(chatId, { cause: "checkin", location })`.
 */
import type { I18n } from "@grammyjs/i18n";
import type { Api } from "grammy";
import type { Logger } from "pino";
import type { AllianceConfig } from "../../../config/alliance.js";
import { AlarmService, type AlarmServiceDeps } from "../../../delivery/alarm-service.js";
import type { RightsContent } from "../../../rights/rights-content.js";
import { pseudonymizer } from "../../../security/data-key.js";
import type { Storage } from "../../../storage/database.js";
import { translatorFor } from "../../../telegram/i18n.js";
import { createMessenger } from "../../messenger.js";
import { TelegramAlarmTransport } from "./alarm-transport.js";

export interface AlarmSetup {
  /** An Api of its own, without auto-retry (the sender retries). */
  api: Api;
  storage: Storage;
  content: RightsContent;
  alliance: AllianceConfig;
  logger: Logger;
  i18n: I18n;
  pseudonymKey: Buffer;
  /** The alarm's report was stored: route it now (the delivery service's routeUrgent). */
  onReport?: AlarmServiceDeps["onReport"];
  now?: () => number;
  onSent?: AlarmServiceDeps["onSent"];
}

export function createAlarmService(setup: AlarmSetup): AlarmService {
  const pseudonym = pseudonymizer(setup.pseudonymKey);
  const translator = (locale: Parameters<typeof translatorFor>[1]) => translatorFor(setup.i18n, locale);
  const messenger = createMessenger({ api: setup.api, storage: setup.storage, i18n: setup.i18n, logger: setup.logger, pseudonym });
  const transport = new TelegramAlarmTransport({
    api: setup.api,
    content: setup.content,
    alliance: setup.alliance,
    translator,
    trustedContacts: setup.storage.trustedContacts,
    messenger,
  });
  return new AlarmService({
    storage: setup.storage,
    transport,
    logger: setup.logger,
    pseudonym: (id) => pseudonym(id),
    reportAccount: (locale) => translator(locale)("alarm-report-account"),
    onReport: setup.onReport,
    now: setup.now,
    onSent: setup.onSent,
  });
}
