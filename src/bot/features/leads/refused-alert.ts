/**
 * A permanently refused alert (Telegram answers 400: the alert itself is
 * wrong) is an error people must hear about, never a silent drop: the
 * coordinators and the admins get a notice naming the report's code — not its
 * content — in their own language, so someone opens it with /cases.
 */
import type { I18n } from "@grammyjs/i18n";
import type { Api } from "grammy";
import type { Logger } from "pino";
import type { AllianceConfig } from "../../../config/alliance.js";
import type { Locale } from "../../../shared/locales.js";
import type { DeliveryJob } from "../../../storage/outbox-store.js";
import type { Storage } from "../../../storage/database.js";
import { createMessenger } from "../../messenger.js";

export interface RefusedAlertDeps {
  api: Api;
  storage: Pick<Storage, "leads" | "sessions">;
  alliance: AllianceConfig;
  i18n: I18n;
  logger: Logger;
  pseudonym: (id: number) => string;
}

export function refusedAlertNotifier(deps: RefusedAlertDeps): (job: DeliveryJob) => Promise<void> {
  const messenger = createMessenger(deps);
  return async (job) => {
    const recipients = new Map<number, Locale | undefined>();
    for (const lead of await deps.storage.leads.all())
      if (lead.sector === "coordinator" && lead.onDuty) recipients.set(lead.chatId, lead.locale);
    for (const admin of deps.alliance.admins) if (!recipients.has(admin)) recipients.set(admin, undefined);
    // The chat that refused it would refuse the notice too, and is not who must act.
    recipients.delete(job.chatId);
    if (recipients.size === 0) deps.logger.error({ code: job.code }, "an alert was refused and there is no coordinator or admin to tell");
    for (const [chatId, locale] of recipients) {
      const told = await messenger.send(chatId, (t) => t("alert-refused-notice", { code: job.code }), undefined, locale);
      if (!told) deps.logger.error({ code: job.code }, "could not tell a coordinator about a refused alert");
    }
  };
}
