/**
 * Raises alarms and sends what they owe, durably. A tap stores the alarm and
 * one send per recipient before anything goes out; the sender then delivers
 * each send once, retrying what failed for a passing reason, and after a
 * crash finishes whatever an alarm left unwritten (its sends, its report).
 * With the person's consent the alarm is also a "detained now" report, routed
 * by the alert delivery with priority over every queued routine report.
 */
import { randomBytes } from "node:crypto";
import type { Logger } from "pino";
import { redactIds } from "../logger.js";
import {
  ACTIVE_ALARM_MS,
  isValidCoordinates,
  locationStillWelcome,
  type Alarm,
  type AlarmCause,
  type AlarmRecipient,
  type Coordinates,
  type SendKind,
} from "../emergency/alarm.js";
import { alarmReport } from "../emergency/alarm-report.js";
import { acceptedContacts, isReady } from "../emergency/trusted-contacts.js";
import { referenceCode } from "../reports/reference-code.js";
import type { Locale } from "../shared/locales.js";
import type { AlarmSend } from "../storage/alarms-store.js";
import type { Intake } from "../storage/outbox-store.js";
import type { Report } from "../reports/report.js";
import type { Storage } from "../storage/database.js";
import { retryDecision, type SendFailure } from "./retry-policy.js";
import { SendFailureError } from "./transport.js";
import { CycleLoop } from "./cycle-loop.js";

/** How an alarm's messages reach Telegram; the bot adapter implements it. */
export interface AlarmTransport {
  send(alarm: Alarm, kind: SendKind, recipient: AlarmRecipient): Promise<void>;
  /** A contact cannot be reached for good (blocked the bot): the person is told. */
  undeliverable(alarm: Alarm, recipient: AlarmRecipient): Promise<void>;
}

export interface AlarmServiceDeps {
  storage: Pick<Storage, "alarms" | "trustedContacts" | "reports" | "outbox">;
  transport: AlarmTransport;
  logger: Logger;
  /** Keys an alarm by its tap, so a redelivered tap is the same alarm. */
  pseudonym: (id: string) => string;
  /** The report's one-line account, in the person's language. */
  reportAccount: (locale: Locale) => string;
  /** The alarm's report was stored (and queued for routing): route it now, ahead of any queued routine report. */
  onReport?: (report: Report, intake: Intake) => Promise<void> | void;
  now?: () => number;
  /** Told about every send that went out (bench, tests). */
  onSent?: (send: AlarmSend) => void;
}

export interface RaiseOptions {
  location?: Coordinates;
  cause: AlarmCause;
  /** The update that raised it (a message or button press id): a redelivery raises nothing new. */
  tapId?: string;
  /** The person's language, for the report. */
  locale?: Locale;
}

export type RaiseResult = { status: "not-set-up" } | { status: "raised"; alarm: Alarm; already: boolean; clearAtOnce: boolean };

const IDLE_POLL_MS = 1_000;
const SWEEP_MS = 5_000;
const BATCH = 50;

export class AlarmService {
  private readonly now: () => number;
  private readonly loop: CycleLoop;
  private lastSweep = 0;

  constructor(private readonly deps: AlarmServiceDeps) {
    this.now = deps.now ?? Date.now;
    this.loop = new CycleLoop({
      cycle: () => this.cycle(),
      onError: (error) => deps.logger.error({ err: redactIds((error as Error).message) }, "alarm sender cycle failed"),
      idleMs: IDLE_POLL_MS,
    });
  }

  /** For the check-in timer and other callers outside an update. */
  async raise(chatId: number, options: { location?: Coordinates; cause: AlarmCause }): Promise<"raised" | "not-set-up"> {
    return (await this.raiseAlarm(chatId, options)).status;
  }

  async raiseAlarm(chatId: number, options: RaiseOptions): Promise<RaiseResult> {
    const { trustedContacts, alarms } = this.deps.storage;
    const profile = await trustedContacts.profile(chatId);
    if (!isReady(profile)) return { status: "not-set-up" };
    const now = this.now();
    const location = options.location && isValidCoordinates(options.location) ? options.location : null;
    if (profile.activeAlarm && now - profile.activeAlarm.raisedAt < ACTIVE_ALARM_MS) {
      const active = await alarms.get(profile.activeAlarm.id);
      if (active?.state === "active") {
        const alarm = location && active.location === null ? await this.locate(active, location, now) : active;
        await this.complete(alarm);
        return { status: "raised", alarm, already: true, clearAtOnce: profile.clearAtOnce };
      }
    }
    const id = options.tapId ? this.deps.pseudonym(`alarm:${chatId}:${options.tapId}`) : randomBytes(12).toString("base64url");
    const recipients: AlarmRecipient[] = acceptedContacts(profile).map((c) => ({ id: c.id, chatId: c.chatId!, locale: c.locale ?? "ru" }));
    const report =
      profile.reportToAlliance && profile.region
        ? { code: referenceCode(randomBytes), region: profile.region, locale: options.locale ?? "ru" }
        : null;
    const alarm = await alarms.create({
      id,
      ownerChatId: chatId,
      displayName: profile.displayName!,
      raisedAt: now,
      cause: options.cause,
      location,
      locationAt: location ? now : null,
      recipients,
      leads: [],
      report,
      state: "active",
      safeAt: null,
    });
    await trustedContacts.update(chatId, (p) => ({
      profile: { ...p, activeAlarm: { id: alarm.id, raisedAt: alarm.raisedAt } },
      result: undefined,
    }));
    await this.complete(alarm);
    return { status: "raised", alarm, already: false, clearAtOnce: profile.clearAtOnce };
  }

  /** The active alarm of a person, if any. */
  async active(chatId: number): Promise<Alarm | undefined> {
    const profile = await this.deps.storage.trustedContacts.profile(chatId);
    if (!profile?.activeAlarm) return undefined;
    const alarm = await this.deps.storage.alarms.get(profile.activeAlarm.id);
    return alarm?.state === "active" ? alarm : undefined;
  }

  /** A location sent after the tap: to the same contacts, once, within the window. */
  async addLocation(chatId: number, location: Coordinates): Promise<"sent" | "late" | "already" | "none"> {
    const alarm = await this.active(chatId);
    if (!alarm) return "none";
    if (alarm.location !== null) return "already";
    const now = this.now();
    if (!locationStillWelcome(alarm, now) || !isValidCoordinates(location)) return "late";
    await this.complete(await this.locate(alarm, location, now));
    return "sent";
  }

  /** "I'm safe": the contacts, and the leads who received the alarm's report. */
  async safe(chatId: number): Promise<{ status: "none" } | { status: "told"; contacts: number; alliance: boolean; alarm: Alarm }> {
    const alarm = await this.active(chatId);
    if (!alarm) return { status: "none" };
    const alerts = alarm.report ? await this.deps.storage.outbox.alertsFor(alarm.report.code) : [];
    const leads: AlarmRecipient[] = [];
    for (const alert of alerts)
      if (!leads.some((l) => l.chatId === alert.chatId))
        leads.push({ id: `lead-${leads.length + 1}`, chatId: alert.chatId, locale: alert.locale, replyTo: alert.messageId });
    const ended: Alarm = { ...alarm, state: "safe", safeAt: this.now(), leads };
    await this.deps.storage.alarms.change(ended);
    await this.deps.storage.trustedContacts.update(chatId, (p) => ({ profile: { ...p, activeAlarm: null }, result: undefined }));
    await this.complete(ended);
    return { status: "told", contacts: ended.recipients.length, alliance: leads.length > 0, alarm: ended };
  }

  private async locate(alarm: Alarm, location: Coordinates, now: number): Promise<Alarm> {
    const located: Alarm = { ...alarm, location, locationAt: now };
    await this.deps.storage.alarms.change(located);
    return located;
  }

  /** Writes every send the alarm owes (idempotent), wakes the sender, then stores the report. */
  async complete(alarm: Alarm): Promise<void> {
    const { alarms, reports } = this.deps.storage;
    const at = new Date(this.now());
    const owed: Array<[SendKind, AlarmRecipient[]]> = [["alarm", alarm.recipients]];
    // A location that came with the tap is in the alarm itself.
    if (alarm.location && alarm.locationAt !== alarm.raisedAt) owed.push(["location", alarm.recipients]);
    if (alarm.state === "safe") owed.push(["safe", alarm.recipients], ["lead-safe", alarm.leads]);
    for (const [kind, recipients] of owed) for (let i = 0; i < recipients.length; i++) await alarms.addSend(alarm, kind, i, at);
    this.poke();
    if (alarm.report) {
      const report = alarmReport(alarm, this.deps.reportAccount(alarm.report.locale));
      const intake: Intake = { round: 1, demoted: false, priority: 1 };
      const saved = await reports.save(report, alarm.ownerChatId, intake);
      if (saved === "code-taken") this.deps.logger.error("an alarm's report code is taken; the report was not stored");
      // Queued already: if routing it now fails, the routing pass does it.
      else
        await Promise.resolve(this.deps.onReport?.(report, intake)).catch((error: Error) =>
          this.deps.logger.warn({ err: redactIds(error.message) }, "an alarm's report waits for the routing pass"),
        );
    }
    await alarms.markComplete(alarm.id);
  }

  start(): void {
    this.loop.start();
  }

  poke(): void {
    this.loop.poke();
  }

  async stop(): Promise<void> {
    await this.loop.stop();
  }

  /** Finishes alarms a crash left half-written, then sends everything due (tests call it directly). */
  async drain(): Promise<void> {
    await this.sweep();
    for (let round = 0; round < 100; round++) if ((await this.sendDue()) === 0) return;
  }

  /** One round of the loop; returns how long to pause (none while there is more to send). */
  private async cycle(): Promise<number> {
    if (this.now() - this.lastSweep >= SWEEP_MS) await this.sweep();
    const sent = await this.sendDue();
    const next = await this.deps.storage.alarms.nextDueAt();
    return sent > 0 ? 0 : next ? Math.max(0, Math.min(IDLE_POLL_MS, next.getTime() - this.now())) : IDLE_POLL_MS;
  }

  private async sweep(): Promise<void> {
    this.lastSweep = this.now();
    for (const alarm of await this.deps.storage.alarms.incomplete()) await this.complete(alarm);
  }

  /** Sends what is due: chats in parallel, one chat's messages in order. Returns how many were tried. */
  private async sendDue(): Promise<number> {
    const due = await this.deps.storage.alarms.due(new Date(this.now()), BATCH);
    if (due.length === 0) return 0;
    const alarms = new Map<string, Alarm | undefined>();
    const byChat = new Map<number, Array<{ send: AlarmSend; alarm: Alarm; recipient: AlarmRecipient }>>();
    for (const send of due) {
      if (!alarms.has(send.alarmId)) alarms.set(send.alarmId, await this.deps.storage.alarms.get(send.alarmId));
      const alarm = alarms.get(send.alarmId);
      const recipient = alarm && (send.kind === "lead-safe" ? alarm.leads : alarm.recipients)[send.recipient];
      if (!alarm || !recipient) {
        await this.deps.storage.alarms.failed(send._id, "gone");
        continue;
      }
      byChat.set(recipient.chatId, [...(byChat.get(recipient.chatId) ?? []), { send, alarm, recipient }]);
    }
    await Promise.all(
      [...byChat.values()].map(async (queue) => {
        for (const item of queue) await this.deliver(item.send, item.alarm, item.recipient);
      }),
    );
    return due.length;
  }

  private async deliver(send: AlarmSend, alarm: Alarm, recipient: AlarmRecipient): Promise<void> {
    const { alarms } = this.deps.storage;
    try {
      await this.deps.transport.send(alarm, send.kind, recipient);
      await alarms.sent(send._id, new Date(this.now()));
      this.deps.onSent?.(send);
    } catch (error) {
      const failure: SendFailure = error instanceof SendFailureError ? error.failure : { kind: "network" };
      const decision = retryDecision(failure, send.attempts);
      if (decision.retry) {
        await alarms.retryLater(send._id, new Date(this.now() + decision.delayMs));
        return;
      }
      this.deps.logger.warn(
        { kind: send.kind, status: "status" in failure ? failure.status : undefined },
        "an alarm message cannot be delivered",
      );
      await alarms.failed(send._id, failure.kind);
      if (send.kind === "alarm")
        await this.deps.transport
          .undeliverable(alarm, recipient)
          .catch((e) => this.deps.logger.warn({ err: redactIds((e as Error).message) }, "undeliverable notice failed"));
    }
  }
}
