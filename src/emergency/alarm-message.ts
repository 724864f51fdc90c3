/**
 * What an alarm says to each recipient, in the recipient's language: who (the
 * chosen name), when (Almaty time), where (if shared), what to do now (the
 * alliance's hotlines only when configured, the "Looking for someone who was
 * detained" card). Telegram HTML; nothing else about the person.
 */
import { html, htmlLines, type SafeHtml, type Translate } from "../shared/text.js";
import type { Alarm, Coordinates } from "./alarm.js";

export interface WhatToDo {
  hotlines: Array<{ label: string; value: string }>;
  card: { title: string; summary: string };
}

/** Almaty time, as the rest of the bot writes times (dd.mm.yyyy, hh:mm). */
export const almatyTime = (epochMs: number): string =>
  new Date(epochMs).toLocaleString("ru-RU", { timeZone: "Asia/Almaty", dateStyle: "short", timeStyle: "short" });

export const mapLink = ({ latitude, longitude }: Coordinates): string =>
  `https://www.openstreetmap.org/?mlat=${latitude.toFixed(5)}&mlon=${longitude.toFixed(5)}#map=17/${latitude.toFixed(5)}/${longitude.toFixed(5)}`;

function whereLines(location: Coordinates, t: Translate): SafeHtml[] {
  const point = `${location.latitude.toFixed(5)}, ${location.longitude.toFixed(5)}`;
  return [html`📍 ${t("alarm-msg-where")}: <a href="${mapLink(location)}">${point}</a>`];
}

/** The alarm itself, for a trusted contact. */
export function renderAlarm(alarm: Alarm, t: Translate, todo: WhatToDo): string {
  const lines: Array<SafeHtml | string> = [
    html`🆘 <b>${t("alarm-msg-title", { name: alarm.displayName })}</b>`,
    "",
    html`🕒 ${t("alarm-msg-when")}: ${almatyTime(alarm.raisedAt)} ${t("alarm-msg-almaty")}`,
  ];
  if (alarm.cause === "checkin") lines.push(t("alarm-msg-checkin"));
  if (alarm.location) lines.push(...whereLines(alarm.location, t));
  else lines.push(t("alarm-msg-no-location"));
  lines.push("", html`<b>${t("alarm-msg-todo")}</b>`);
  for (const hotline of todo.hotlines) lines.push(html`☎️ ${hotline.label}: ${hotline.value}`);
  lines.push(html`📖 <b>${todo.card.title}.</b> ${todo.card.summary}`);
  lines.push("", html`<i>${t("alarm-msg-footer", { name: alarm.displayName })}</i>`);
  return htmlLines(lines);
}

/** The location that came after the alarm. */
export function renderLocationFollowUp(alarm: Alarm, t: Translate): string {
  const lines: Array<SafeHtml | string> = [html`🆘 <b>${t("alarm-msg-location-title", { name: alarm.displayName })}</b>`];
  if (alarm.location) lines.push(...whereLines(alarm.location, t));
  if (alarm.locationAt) lines.push(html`🕒 ${almatyTime(alarm.locationAt)} ${t("alarm-msg-almaty")}`);
  return htmlLines(lines);
}

/** "I'm safe", for a contact. */
export function renderSafe(alarm: Alarm, t: Translate): string {
  return htmlLines([
    html`✅ <b>${t("alarm-msg-safe-title", { name: alarm.displayName })}</b>`,
    html`🕒 ${almatyTime(alarm.safeAt ?? Date.now())} ${t("alarm-msg-almaty")}`,
  ]);
}

/** "I'm safe", for a lead who received the alarm's report (answers the alert; the code is on it). */
export function renderLeadSafe(alarm: Alarm, t: Translate): string {
  return htmlLines([
    html`✅ <b>${t("alarm-msg-lead-safe", { code: alarm.report?.code ?? "" })}</b>`,
    html`🕒 ${almatyTime(alarm.safeAt ?? Date.now())} ${t("alarm-msg-almaty")}`,
  ]);
}
