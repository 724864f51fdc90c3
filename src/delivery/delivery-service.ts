/**
 * Runs delivery in the background: the router turns stored reports into
 * jobs, the dispatcher sends them, the escalator moves untaken cases up.
 * Submitting a report pokes it, so an idle service answers at once.
 */
import type { Logger } from "pino";
import type { AllianceConfig } from "../config/alliance.js";
import type { Sector } from "../shared/vocabulary.js";
import type { Report } from "../reports/report.js";
import type { Storage } from "../storage/database.js";
import type { DeliveryJob, Intake } from "../storage/outbox-store.js";
import { Dispatcher, type DispatcherDeps } from "./dispatcher.js";
import { Escalator } from "../jobs/escalator.js";
import { Router } from "./router.js";
import { chatLocale } from "../storage/chat-locale.js";
import type { AlertTransport } from "./transport.js";
import { redactIds } from "../logger.js";
import { rerouteAmended } from "./amend.js";

export interface DeliveryServiceOptions {
  storage: Storage;
  transport: AlertTransport;
  alliance: AllianceConfig;
  logger: Logger;
  now?: () => number;
  routerIntervalMs?: number;
  escalatorIntervalMs?: number;
  onDelivered?: DispatcherDeps["onDelivered"];
  onRetry?: DispatcherDeps["onRetry"];
  /** Told about every abandoned job: the lead is skipped for the next level (metrics). */
  onAbandoned?: (job: DeliveryJob) => void;
  /** Told about every case moved up a level (metrics). */
  onEscalated?: (level: string) => void;
  limiter?: DispatcherDeps["limiter"];
  /** Tells the coordinators and admins that Telegram refused a report's alert for good (a 400). */
  onRefused?: (job: DeliveryJob) => Promise<void>;
  /** Sessions are keyed by a pseudonym of the chat id: an admin's /language choice is read through it. */
  pseudonym: (id: number) => string;
}

export class DeliveryService {
  readonly router: Router;
  readonly dispatcher: Dispatcher;
  readonly escalator: Escalator;
  private timers: NodeJS.Timeout[] = [];
  private started = false;
  private routing: Promise<void> | undefined;
  private routeAgain = false;

  constructor(private readonly options: DeliveryServiceOptions) {
    const { storage, alliance, logger, now } = options;
    const onJobs = () => this.dispatcher.poke();
    this.router = new Router({
      reports: storage.reports,
      outbox: storage.outbox,
      cases: storage.cases,
      leads: storage.leads,
      alliance,
      logger,
      now,
      onJobs,
      localeOf: chatLocale(storage, options.pseudonym),
    });
    this.escalator = new Escalator({
      cases: storage.cases,
      outbox: storage.outbox,
      leads: storage.leads,
      alliance,
      logger,
      now,
      onJobs,
      onEscalated: options.onEscalated,
    });
    this.dispatcher = new Dispatcher({
      outbox: storage.outbox,
      transport: options.transport,
      logger,
      now,
      limiter: options.limiter,
      onDelivered: options.onDelivered,
      onRetry: options.onRetry,
      // A lead who cannot be reached is skipped for the next level at once.
      onAbandoned: async (job, failure) => {
        options.onAbandoned?.(job);
        // Refused for good (400: the alert itself is wrong): an error someone must see, never a silent drop.
        if (failure.kind === "rejected" && failure.status === 400) {
          logger.error(
            { code: job.code, level: job.level, status: failure.status },
            "Telegram refused an alert; the coordinators are told",
          );
          await options
            .onRefused?.(job)
            .catch((error) => logger.error({ err: redactIds((error as Error).message) }, "refused-alert notice failed"));
        }
        for (const sector of job.sectors) {
          const record = await storage.cases.get(job.code, sector);
          if (record && record.status === "open") await storage.cases.escalated(record._id, record.level, new Date(0));
        }
        await this.escalator.runOnce();
      },
    });
  }

  start(): void {
    this.started = true;
    this.dispatcher.start();
    const every = (ms: number, task: () => Promise<unknown>) => {
      const timer = setInterval(
        () => void task().catch((error) => this.options.logger.warn({ err: redactIds((error as Error).message) }, "delivery task failed")),
        ms,
      );
      timer.unref();
      this.timers.push(timer);
    };
    every(this.options.routerIntervalMs ?? 1_000, () => this.route());
    every(this.options.escalatorIntervalMs ?? 15_000, () => this.escalator.runOnce());
    this.routeNow();
  }

  /** A report was stored: route it now. */
  poke(): void {
    if (this.started) this.routeNow();
  }

  /** A routing pass outside the interval: a failure is logged (the next pass retries), never an unhandled rejection. */
  private routeNow(): void {
    void this.route().catch((error) => this.options.logger.warn({ err: redactIds((error as Error).message) }, "routing failed"));
  }

  /** Sends a report to more sectors (a hand-over). */
  async routeTo(report: Report, sectors: Sector[]): Promise<void> {
    await this.router.route(report, sectors);
    this.dispatcher.poke();
  }

  /** A stored report changed: its alerts are rewritten in place, new sectors routed. */
  async amend(report: Report): Promise<void> {
    const { storage, now } = this.options;
    await rerouteAmended({ router: this.router, outbox: storage.outbox, cases: storage.cases }, report, new Date((now ?? Date.now)()));
    this.dispatcher.poke();
  }

  /**
   * Routes one report now, beside a routing pass that may be busy with a
   * burst (an alarm's report must not wait for it). Its queue entry stays
   * until this is done, so a crash here leaves it to the next pass; routing
   * twice changes nothing (jobs and cases are keyed).
   */
  async routeUrgent(report: Report, intake: Intake): Promise<void> {
    await this.router.route(report, report.derived.sectors, intake);
    await this.options.storage.outbox.routed(report.code);
    this.dispatcher.poke();
  }

  async stop(): Promise<void> {
    this.started = false;
    for (const timer of this.timers) clearInterval(timer);
    await this.routing?.catch(() => {});
    await this.dispatcher.stop();
  }

  /** One routing pass at a time; a poke during a pass runs another after it. */
  private route(): Promise<void> {
    if (this.routing) {
      this.routeAgain = true;
      return this.routing;
    }
    this.routing = (async () => {
      do {
        this.routeAgain = false;
        await this.router.runOnce();
      } while (this.routeAgain);
    })().finally(() => (this.routing = undefined));
    return this.routing;
  }
}
