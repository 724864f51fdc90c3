import type { Update } from "grammy/types";
import type { Logger } from "pino";
import type { AllianceConfig } from "../config/alliance.js";
import type { Limits } from "../config/limits.js";
import type { DocumentsContent } from "../documents/documents-content.js";
import type { RightsContent } from "../rights/rights-content.js";
import type { Sector } from "../shared/vocabulary.js";
import type { Report } from "../reports/report.js";
import type { Storage } from "../storage/database.js";
import type { AlarmService } from "../delivery/alarm-service.js";
import type { Intake } from "../storage/outbox-store.js";

/** What the bot needs from the outside world; tests pass their own. */
export interface BotDeps {
  storage: Storage;
  content: RightsContent;
  /** The fill-in documents; loaded from src/content/documents when not given. */
  documents?: DocumentsContent;
  alliance: AllianceConfig;
  logger: Logger;
  /** Keys storage documents by pseudonyms instead of Telegram ids. */
  pseudonymKey: Buffer;
  /** Alert delivery: woken when a report is stored, and asked to route a hand-over. */
  delivery: DeliveryHandle;
  /** Limits against floods; the documented defaults when not given. */
  limits?: Limits;
  /**
   * The alarm (src/delivery/alarm-service.ts, built by createAlarmService in
   * bot/features/emergency/alarm-setup.ts); app.ts starts its sender. When not
   * given, the bot builds one whose sender nobody starts (benches).
   */
  alarms?: AlarmService;
  /** Where /export writes its file before sending it (deleted afterwards); the system's temp folder when not given. */
  exportDir?: string;
  /** The clock of the limits (tests move it). */
  now?: () => number;
  /** Told of every update that failed inside the error boundary (metrics, and the webhook's answer to Telegram). */
  onUpdateError?: (error: unknown, update: Update) => void;
}

export interface DeliveryHandle {
  poke(): void;
  routeTo(report: Report, sectors: Sector[]): Promise<void>;
  /** A stored report changed (a quick alert's details): rewrite its alerts in place. */
  amend(report: Report): Promise<void>;
  /** Routes an alarm's report at once, ahead of a routing pass busy with a burst. */
  routeUrgent?(report: Report, intake: Intake): Promise<void>;
}
