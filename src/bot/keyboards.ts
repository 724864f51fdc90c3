import { InlineKeyboard } from "grammy";
import type { AllianceConfig } from "../config/alliance.js";
import { hasContacts } from "../config/alliance.js";
import type { Locale } from "../shared/locales.js";
import type { Translate } from "../shared/text.js";
import { findCard, type RightsContent } from "../rights/rights-content.js";
import { START_REPORT, START_WITNESS } from "../flows/report/callback-data.js";
import { CB, RIGHTS_CARD, RIGHTS_GROUP } from "./callback-data.js";
import { DOCUMENTS_MENU } from "../flows/documents/callback-data.js";

/** The main menu shows only what works in this deployment. */
export function mainMenuKeyboard(t: Translate, alliance: AllianceConfig): InlineKeyboard {
  const keyboard = new InlineKeyboard()
    .text(t("menu-witness"), START_WITNESS)
    .row()
    .text(t("menu-report-detention"), START_REPORT.detention)
    .row()
    .text(t("menu-report-ill"), START_REPORT.illTreatment)
    .row()
    .text(t("menu-rights"), CB.rightsMenu)
    .row()
    .text(t("menu-save-copy"), CB.summary)
    .row()
    .text(t("menu-lockscreen"), CB.lockscreen)
    .row()
    .text(t("menu-documents"), DOCUMENTS_MENU)
    .row()
    .text(t("menu-checkin"), CB.checkin)
    .row();
  if (hasContacts(alliance)) keyboard.text(t("menu-contacts"), CB.contacts).row();
  return keyboard.text(t("menu-language"), CB.languageMenu).row().text(t("menu-clean"), CB.clean).text(t("menu-forget"), CB.forget);
}

/** One screen: a button per group of topics or single topic, then Save and Main menu. */
export function rightsMenuKeyboard(t: Translate, content: RightsContent, locale: Locale): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const entry of content.menu) {
    if (entry.kind === "group") keyboard.text(t(`rights-group-${entry.id}`), RIGHTS_GROUP.pack({ group: entry.id })).row();
    else keyboard.text(findCard(content, entry.card)!.title[locale], RIGHTS_CARD.pack({ card: entry.card })).row();
  }
  return keyboard.text(t("menu-save-copy"), CB.summary).row().text(t("nav-main-menu"), CB.mainMenu);
}

/** The topics of one group, then Back (to the rights menu) and Main menu. */
export function rightsGroupKeyboard(t: Translate, content: RightsContent, cardIds: string[], locale: Locale): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const id of cardIds) keyboard.text(findCard(content, id)!.title[locale], RIGHTS_CARD.pack({ card: id })).row();
  return keyboard.text(t("nav-back"), CB.rightsMenu).text(t("nav-main-menu"), CB.mainMenu);
}

/** Back goes where the card was chosen: its group, or the rights menu. */
export function cardKeyboard(t: Translate, backTo: string = CB.rightsMenu): InlineKeyboard {
  return new InlineKeyboard().text(t("nav-back"), backTo).text(t("nav-main-menu"), CB.mainMenu);
}

export function backToMenuKeyboard(t: Translate): InlineKeyboard {
  return new InlineKeyboard().text(t("nav-main-menu"), CB.mainMenu);
}
