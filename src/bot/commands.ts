import type { I18n } from "@grammyjs/i18n";
import type { Api } from "grammy";
import { DEFAULT_LOCALE, LOCALES } from "../shared/locales.js";

/** The commands shown in Telegram's menu; descriptions come from `command-<name>` in the .ftl files. */
export const COMMANDS = [
  "start",
  "report",
  "witness",
  "rights",
  "card",
  "checkin",
  "lockscreen",
  "documents",
  "cancel",
  "language",
  "clean",
  "forget",
  "help",
] as const;

export function commandList(i18n: I18n, locale: string) {
  return COMMANDS.map((command) => ({ command, description: i18n.t(locale, `command-${command}`) }));
}

/** Registers the command menu once per language, and a default for all other languages. */
export async function registerCommands(api: Api, i18n: I18n): Promise<void> {
  for (const locale of LOCALES) {
    await api.setMyCommands(commandList(i18n, locale), { language_code: locale });
  }
  await api.setMyCommands(commandList(i18n, DEFAULT_LOCALE));
}
