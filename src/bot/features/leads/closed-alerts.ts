/**
 * A lead's phone may be seized too: once every case an alert was sent for is
 * closed, the alert is edited down to the reference code and the outcome (no
 * names, places or account), and its buttons go. So a lead's chat shows the
 * details of open cases only. An alert that cannot be edited (deleted by the
 * lead, or the chat is gone) is left as it is, with a log line.
 */
import type { Api } from "grammy";
import type { Logger } from "pino";
import type { Storage } from "../../../storage/database.js";
import { describeError } from "../../error-boundary.js";
import type { Messenger } from "../../messenger.js";

export interface ClosedAlertsDeps {
  storage: Pick<Storage, "cases" | "outbox">;
  /** The lead chat's language is the one its alert was written in. */
  messenger: Pick<Messenger, "translator">;
  logger: Logger;
}

export async function shrinkClosedAlerts(api: Api, deps: ClosedAlertsDeps, code: string): Promise<void> {
  const cases = new Map((await deps.storage.cases.forReport(code)).map((c) => [c.sector, c]));
  for (const alert of await deps.storage.outbox.alertsFor(code)) {
    const own = alert.sectors.map((sector) => cases.get(sector));
    if (own.length === 0 || own.some((c) => c?.status !== "closed")) continue;
    const outcomes = [...new Set(own.map((c) => c!.outcome ?? "no-action"))].map((outcome) =>
      deps.messenger.translator(alert.locale)(`outcome-${outcome}`),
    );
    const text = deps.messenger.translator(alert.locale)("alert-closed", { code, outcome: outcomes.join("; ") });
    await api.editMessageText(alert.chatId, alert.messageId, text, { reply_markup: { inline_keyboard: [] } }).catch((error) => {
      if (/not modified/.test(String((error as Error).message))) return;
      deps.logger.warn({ err: describeError(error) }, "a closed case's alert could not be shrunk");
    });
  }
}
