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
import type { SessionData } from "../../../telegram/context.js";
import { redactIds } from "../../../logger.js";

export interface RefusedAlertDeps {
  api: Api;
  storage: Pick<Storage, "leads" | "sessions">;
  alliance: AllianceConfig;
  i18n: I18n;
  logger: Logger;
  pseudonym: (id: number) => string;
}

export function refusedAlertNotifier(deps: RefusedAlertDeps): (job: DeliveryJob) => Promise<void> {
  return async (job) => {
    const recipients = new Map<number, Locale>();
    for (const lead of await deps.storage.leads.all()) if (lead.sector === "coordinator" && lead.onDuty) recipients.set(lead.chatId, lead.locale);
    for (const admin of deps.alliance.admins) if (!recipients.has(admin)) recipients.set(admin, await adminLocale(deps, admin));
    // The chat that refused it would refuse the notice too, and is not who must act.
    recipients.delete(job.chatId);
    if (recipients.size === 0) deps.logger.error({ code: job.code }, "an alert was refused and there is no coordinator or admin to tell");
    for (const [chatId, locale] of recipients) {
      await deps.api.sendMessage(chatId, deps.i18n.t(locale, "alert-refused-notice", { code: job.code })).catch((error) =>
        deps.logger.error({ err: redactIds((error as Error).message), code: job.code }, "could not tell a coordinator about a refused alert"),
      );
    }
  };
}

/** An admin's own language: their /language choice, else Russian (the alliance's working language). */
async function adminLocale(deps: RefusedAlertDeps, admin: number): Promise<Locale> {
  const session = (await deps.storage.sessions.read(deps.pseudonym(admin)).catch(() => undefined)) as SessionData | undefined;
  return session?.locale ?? "ru";
}
