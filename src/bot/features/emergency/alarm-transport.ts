/**
 * An alarm's messages over the Bot API, in each recipient's language. Its
 * own Api without auto-retry: the alarm sender decides about retries.
 */
import type { Api } from "grammy";
import { InlineKeyboard } from "grammy";
import type { AllianceConfig } from "../../../config/alliance.js";
import type { AlarmTransport } from "../../../delivery/alarm-service.js";
import type { Alarm, AlarmRecipient, SendKind } from "../../../emergency/alarm.js";
import { renderAlarm, renderLeadSafe, renderLocationFollowUp, renderSafe, type WhatToDo } from "../../../emergency/alarm-message.js";
import { findCard, type RightsContent } from "../../../rights/rights-content.js";
import type { Locale } from "../../../shared/locales.js";
import type { Translate } from "../../../shared/text.js";
import type { TrustedContactsStore } from "../../../storage/trusted-contacts-store.js";
import { RIGHTS_CARD } from "../../callback-data.js";
import { call } from "../leads/telegram-transport.js";
import type { Messenger } from "../../messenger.js";

/** The card a contact needs: "Looking for someone who was detained". */
export const CONTACT_CARD = "someone-detained";

export interface AlarmTransportDeps {
  api: Api;
  content: RightsContent;
  alliance: AllianceConfig;
  translator: (locale: Locale) => Translate;
  trustedContacts: TrustedContactsStore;
  /** To tell the person, in their language, that a contact cannot be reached. */
  messenger: Pick<Messenger, "send">;
}

export function whatToDo(content: RightsContent, alliance: AllianceConfig, locale: Locale): WhatToDo {
  const card = findCard(content, CONTACT_CARD)!;
  return {
    hotlines: alliance.hotlines.map((h) => ({ label: h.label[locale], value: h.value })),
    card: { title: card.title[locale], summary: card.summary[locale] },
  };
}

export class TelegramAlarmTransport implements AlarmTransport {
  constructor(private readonly deps: AlarmTransportDeps) {}

  async send(alarm: Alarm, kind: SendKind, recipient: AlarmRecipient): Promise<void> {
    const t = this.deps.translator(recipient.locale);
    const options = { parse_mode: "HTML" as const, link_preview_options: { is_disabled: true } };
    const text =
      kind === "alarm"
        ? renderAlarm(alarm, t, whatToDo(this.deps.content, this.deps.alliance, recipient.locale))
        : kind === "location"
          ? renderLocationFollowUp(alarm, t)
          : kind === "safe"
            ? renderSafe(alarm, t)
            : renderLeadSafe(alarm, t);
    const extra =
      kind === "alarm"
        ? { reply_markup: new InlineKeyboard().text(t("alarm-msg-card-button"), RIGHTS_CARD.pack({ card: CONTACT_CARD })) }
        : kind === "lead-safe" && recipient.replyTo
          ? { reply_parameters: { message_id: recipient.replyTo, allow_sending_without_reply: true } }
          : {};
    await call(() => this.deps.api.sendMessage(recipient.chatId, text, { ...options, ...extra }));
  }

  async undeliverable(alarm: Alarm, recipient: AlarmRecipient): Promise<void> {
    const profile = await this.deps.trustedContacts.profile(alarm.ownerChatId);
    const label = profile?.contacts.find((c) => c.id === recipient.id)?.label;
    if (!label) return;
    await this.deps.messenger.send(
      alarm.ownerChatId,
      (t) => t("alarm-contact-unreachable", { label }),
      undefined,
      profile?.locale ?? undefined,
    );
  }
}
