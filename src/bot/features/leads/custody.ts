/**
 * The clock on a detention, lead side: the marks on an alert (and on a
 * reminder) — still held, released, unknown — stored on the report's open
 * cases, recorded in the audit trail, and shown at once on every alert of the
 * report; and the reminder the case-clock job sends while a person is
 * marked "still held".
 */
import { Composer, InlineKeyboard, type Api } from "grammy";
import type { Logger } from "pino";
import { detentionStart, healthAtRisk, nextReminderAt, type CustodyMark } from "../../../cases/custody-clock.js";
import type { Report } from "../../../reports/report.js";
import { escapeHtml } from "../../../shared/text.js";
import type { Storage } from "../../../storage/database.js";
import type { BotContext } from "../../../telegram/context.js";
import type { CustodyReminder } from "../../../jobs/case-clock.js";
import type { BotDeps } from "../../deps.js";
import { describeError } from "../../error-boundary.js";
import type { Messenger } from "../../messenger.js";
import { renderAlert } from "./alert-view.js";
import { audit } from "./audit-trail.js";
import { stillOpen } from "./authorize.js";
import { LEAD } from "./callback-data.js";
import { casePress } from "./case-press.js";
import { addCustodyButtons, clockLines } from "./clock-view.js";

export interface CustodyDeps extends Pick<BotDeps, "storage" | "alliance" | "logger" | "now"> {
  messenger: Messenger;
}

export function custodyFeature(deps: CustodyDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const { storage, logger } = deps;
  const clock = deps.now ?? Date.now;

  composer.callbackQuery(
    LEAD.custody.filter,
    casePress(deps)(LEAD.custody, async (ctx, { data: { code, mark }, report, acting, chat }) => {
      if (!report.detention) return ctx.answerCallbackQuery({ text: ctx.t("stale-button") });
      if (!stillOpen(acting.cases)) return ctx.answerCallbackQuery({ text: ctx.t("lead-case-closed", { code }), show_alert: true });
      const now = clock();
      const start = detentionStart(report);
      // Reminders only while "still held", and only when the detention's time is known.
      const remindAt = mark === "held" && start ? new Date(nextReminderAt(start, now, healthAtRisk(report))) : null;
      await storage.cases.markCustody(code, { mark, at: new Date(now), chatId: chat.id }, remindAt);
      const markText = ctx.t(`custody-mark-${mark}`);
      await ctx.answerCallbackQuery({ text: ctx.t("custody-marked", { mark: markText }) });
      await audit(storage, logger, ctx, code, "marked-custody", { sectors: acting.sectors, custody: mark });
      const alertIds = await refreshAlerts(ctx.api, { storage, messenger: deps.messenger, logger }, report, mark, now);
      // Pressed on a reminder rather than an alert: the reminder says what was marked and loses its buttons.
      const pressed = ctx.callbackQuery.message?.message_id;
      if (pressed !== undefined && !alertIds.has(`${chat.id}:${pressed}`)) {
        await ctx
          .editMessageText(ctx.t("custody-marked-note", { code, mark: markText }), { reply_markup: new InlineKeyboard() })
          .catch(() => {});
      }
    }),
  );

  return composer;
}

/** Rewrites every open alert of the report with the clock as it is now; returns their `chat:message` ids. */
async function refreshAlerts(
  api: Api,
  deps: { storage: Pick<Storage, "cases" | "outbox">; messenger: Pick<Messenger, "translator">; logger: Logger },
  report: Report,
  mark: CustodyMark,
  now: number,
): Promise<Set<string>> {
  const cases = new Map((await deps.storage.cases.forReport(report.code)).map((c) => [c.sector, c]));
  const ids = new Set<string>();
  for (const alert of await deps.storage.outbox.alertsFor(report.code)) {
    ids.add(`${alert.chatId}:${alert.messageId}`);
    // A closed case's alert has shrunk to its code and outcome (closed-alerts.ts): leave it so.
    if (alert.sectors.every((sector) => cases.get(sector)?.status === "closed")) continue;
    const { text, keyboard } = renderAlert(report, alert.sectors, alert.locale, deps.messenger.translator(alert.locale), { now, mark });
    await api
      .editMessageText(alert.chatId, alert.messageId, text, {
        parse_mode: "HTML",
        reply_markup: keyboard,
        link_preview_options: { is_disabled: true },
      })
      .catch((error) => {
        if (/not modified/.test(String((error as Error).message))) return;
        deps.logger.warn({ err: describeError(error) }, "an alert could not be updated with the custody mark");
      });
  }
  return ids;
}

/** The reminder the case-clock job sends to the lead chat that marked "still held", in that chat's language. */
export function custodyReminderSender(messenger: Messenger): (chatId: number, reminder: CustodyReminder) => Promise<boolean> {
  return async (chatId, { report, now }) => {
    const locale = await messenger.localeOf(chatId);
    const t = messenger.translator(locale);
    const lines = [t("custody-reminder", { code: report.code }), ...clockLines(report, "held", now, t)];
    return messenger.send(
      chatId,
      () => escapeHtml(lines.join("\n")),
      {
        parse_mode: "HTML",
        reply_markup: addCustodyButtons(new InlineKeyboard(), t, report.code),
      },
      locale,
    );
  };
}
