import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { LOCALES_DIR } from "../../src/telegram/i18n.js";

/** The Fluent files of one language (`locales/<lang>/<feature>.ftl`), by file name. */
export function localeFiles(locale: string): Map<string, string> {
  const dir = path.join(LOCALES_DIR, locale);
  const files = readdirSync(dir)
    .filter((name) => name.endsWith(".ftl"))
    .sort();
  return new Map(files.map((name) => [name, readFileSync(path.join(dir, name), "utf8")]));
}

/** A language's files joined, as @grammyjs/i18n joins them into one bundle. */
export const localeText = (locale: string): string => [...localeFiles(locale).values()].join("\n");
