import { InlineKeyboard } from "grammy";
import type { AllianceConfig } from "../config/alliance.js";
import { hasContacts } from "../config/alliance.js";
import type { Locale } from "../content/locales.js";
import type { Translate } from "../content/render-rights.js";
import type { RightsContent } from "../content/rights-content.js";
import { START_REPORT } from "../flows/report/callback-data.js";
import { CB } from "./callback-data.js";
import { DOCUMENTS_MENU } from "../flows/documents/callback-data.js";

/** The main menu shows only what works in this deployment. */
export function mainMenuKeyboard(t: Translate, alliance: AllianceConfig): InlineKeyboard {
  const keyboard = new InlineKeyboard()
    .text(t("menu-report-detention"), START_REPORT.detention)
    .row()
    .text(t("menu-report-ill"), START_REPORT.illTreatment)
    .row()
    .text(t("menu-rights"), CB.rightsMenu)
    .row()
    .text(t("menu-save-copy"), CB.summary)
    .row()
    .text(t("menu-documents"), DOCUMENTS_MENU)
    .row();
  if (hasContacts(alliance)) keyboard.text(t("menu-contacts"), CB.contacts).row();
  return keyboard.text(t("menu-language"), CB.languageMenu).row().text(t("menu-clean"), CB.clean).text(t("menu-forget"), CB.forget);
}

export function rightsMenuKeyboard(t: Translate, content: RightsContent, locale: Locale): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const card of content.cards) keyboard.text(card.title[locale], CB.rightsCard(card.id)).row();
  return keyboard.text(t("menu-save-copy"), CB.summary).row().text(t("nav-main-menu"), CB.mainMenu);
}

export function cardKeyboard(t: Translate): InlineKeyboard {
  return new InlineKeyboard().text(t("nav-back"), CB.rightsMenu).text(t("nav-main-menu"), CB.mainMenu);
}

export function backToMenuKeyboard(t: Translate): InlineKeyboard {
  return new InlineKeyboard().text(t("nav-main-menu"), CB.mainMenu);
}
