/**
 * Alerts over the Bot API. Uses its own `Api` without auto-retry: the
 * dispatcher decides about retries itself, so a 429 delays one job instead
 * of holding a request open.
 */
import type { I18n } from "@grammyjs/i18n";
import { GrammyError, HttpError, type Api } from "grammy";
import type { Translate } from "../../../shared/text.js";
import { SendFailureError, type AlertTransport } from "../../../delivery/transport.js";
import type { Report } from "../../../reports/report.js";
import type { DeliveryJob } from "../../../storage/outbox-store.js";
import type { ReportsStore } from "../../../storage/reports-store.js";
import { renderAlert, renderPlaceholder } from "./alert-view.js";

export class TelegramAlertTransport implements AlertTransport {
  constructor(
    private readonly api: Api,
    private readonly reports: ReportsStore,
    private readonly i18n: I18n,
    /** The clock of the alert's "held for" line (tests move it). */
    private readonly now: () => number = Date.now,
  ) {}

  async placeholder(job: DeliveryJob): Promise<number> {
    const report = await this.report(job);
    const message = await call(() => this.api.sendMessage(job.chatId, renderPlaceholder(report, this.t(job)), { protect_content: true }));
    return message.message_id;
  }

  async write(job: DeliveryJob, messageId: number): Promise<void> {
    const report = await this.report(job);
    const { text, keyboard } = renderAlert(report, job.sectors, job.locale, this.t(job), { now: this.now() });
    try {
      await call(() =>
        this.api.editMessageText(job.chatId, messageId, text, {
          parse_mode: "HTML",
          reply_markup: keyboard,
          link_preview_options: { is_disabled: true },
        }),
      );
    } catch (error) {
      // Written already, before a crash or a lost answer: that is success.
      if (error instanceof SendFailureError && error.failure.kind === "rejected" && /not modified/.test(error.failure.description)) return;
      throw error;
    }
  }

  private t(job: DeliveryJob): Translate {
    return (key, variables) => this.i18n.t(job.locale, key, variables);
  }

  private async report(job: DeliveryJob): Promise<Report> {
    const report = await this.reports.findByCode(job.code);
    if (!report) throw new SendFailureError({ kind: "rejected", status: 404, description: "report not found" });
    return report;
  }
}

/** Runs a Bot API call and describes its failure for the retry policy. */
export async function call<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    if (error instanceof GrammyError) {
      if (error.error_code === 429)
        throw new SendFailureError({ kind: "rate-limited", retryAfterSeconds: error.parameters.retry_after ?? 1 });
      if (error.error_code >= 500) throw new SendFailureError({ kind: "server-error", status: error.error_code });
      throw new SendFailureError({ kind: "rejected", status: error.error_code, description: error.description });
    }
    if (error instanceof HttpError) throw new SendFailureError({ kind: "network" });
    throw error;
  }
}
