/** The trusted contacts screen: what is set up, and a button for each change. */
import { InlineKeyboard } from "grammy";
import { liveContacts, MAX_CONTACTS, type EmergencyProfile } from "../../../emergency/trusted-contacts.js";
import { almatyTime } from "../../../emergency/alarm-message.js";
import { REGIONS, REGION_IDS } from "../../../shared/regions.js";
import type { Locale } from "../../../shared/locales.js";
import { html, htmlLines, type SafeHtml, type Translate } from "../../../shared/text.js";
import { CB } from "../../callback-data.js";
import { EM, LEAVE, REMOVE_ASK, REPORT_REGION } from "./callback-data.js";

export interface ContactOf {
  contactId: string;
  displayName: string;
}

export function renderContactsScreen(
  profile: EmergencyProfile,
  contactOf: ContactOf[],
  locale: Locale,
  t: Translate,
  now: number,
): { text: string; keyboard: InlineKeyboard } {
  const contacts = liveContacts(profile, now);
  const lines: Array<SafeHtml | string> = [html`<b>${t("tc-title")}</b>`, t("tc-explain"), ""];
  lines.push(html`🪪 ${t("tc-display-name")}: <b>${profile.displayName ?? t("tc-not-chosen")}</b>`);
  lines.push(
    profile.reportToAlliance && profile.region
      ? html`📣 ${t("tc-report-on", { region: REGIONS[profile.region][locale] })}`
      : html`📣 ${t("tc-report-off")}`,
  );
  lines.push(html`🧹 ${t(profile.clearAtOnce ? "tc-clear-on" : "tc-clear-off")}`);
  lines.push("", html`<b>${t("tc-list", { count: contacts.length, max: MAX_CONTACTS })}</b>`);
  if (contacts.length === 0) lines.push(t("tc-list-empty"));
  for (const c of contacts)
    lines.push(
      c.state === "accepted"
        ? html`• ${c.label} — ✅ ${t("tc-accepted")}`
        : html`• ${c.label} — ⏳ ${t("tc-invited", { until: almatyTime(c.inviteExpiresAt ?? now) })}`,
    );
  if (contactOf.length > 0) {
    lines.push("", html`<b>${t("tc-contact-of")}</b>`);
    for (const c of contactOf) lines.push(html`• ${c.displayName}`);
  }
  const keyboard = new InlineKeyboard().text(t("tc-button-name"), EM.setName).row();
  if (contacts.length < MAX_CONTACTS) keyboard.text(t("tc-button-add"), EM.add).row();
  keyboard
    .text(
      t(profile.reportToAlliance ? "tc-button-report-off" : "tc-button-report-on"),
      profile.reportToAlliance ? EM.reportOff : EM.reportOn,
    )
    .row();
  keyboard
    .text(t(profile.clearAtOnce ? "tc-button-clear-off" : "tc-button-clear-on"), profile.clearAtOnce ? EM.clearAsk : EM.clearAtOnce)
    .row();
  for (const c of contacts) keyboard.text(t("tc-button-remove", { label: c.label }), REMOVE_ASK.pack({ contact: c.id })).row();
  for (const c of contactOf) keyboard.text(t("tc-button-leave", { name: c.displayName }), LEAVE.pack({ contact: c.contactId })).row();
  keyboard.text(t("nav-main-menu"), CB.mainMenu);
  return { text: htmlLines(lines), keyboard };
}

/** The region of the alliance report: two buttons a row. */
export function regionKeyboard(locale: Locale, t: Translate): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  REGION_IDS.forEach((region, i) => {
    keyboard.text(REGIONS[region][locale], REPORT_REGION.pack({ region }));
    if (i % 2 === 1) keyboard.row();
  });
  return keyboard.row().text(t("nav-back"), EM.contacts);
}
