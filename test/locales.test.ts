import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { FluentParser, type Message, type Pattern } from "@fluent/syntax";
import { describe, expect, it } from "vitest";
import { COMMANDS, commandList } from "../src/bot/commands.js";
import { createI18n, translatorFor } from "../src/telegram/i18n.js";
import { localeFiles, localeText } from "./helpers/locale-files.js";
import { LOCALES } from "../src/shared/locales.js";
import { loadRightsContent } from "../src/rights/rights-content.js";
import { PRIORITY_FLAGS } from "../src/reports/vocabulary.js";
import { SECTORS } from "../src/shared/vocabulary.js";
import { labelKeys, STEP_IDS } from "../src/reports/questions.js";
import { REPORT_KINDS } from "../src/reports/vocabulary.js";
import { AUDIT_ACTIONS } from "../src/storage/audit-store.js";
import { OUTCOMES } from "../src/shared/vocabulary.js";

const parser = new FluentParser();

function parseLocale(locale: string) {
  const resource = parser.parse(localeText(locale));
  const junk = resource.body.filter((entry) => entry.type === "Junk");
  const messages = new Map<string, Message>();
  for (const entry of resource.body) if (entry.type === "Message") messages.set(entry.id.name, entry);
  return { junk, messages };
}

/** Keys (messages and terms) defined more than once: in Fluent the later one silently wins. */
function duplicateKeys(text: string): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const entry of parser.parse(text).body) {
    if (entry.type !== "Message" && entry.type !== "Term") continue;
    const key = `${entry.type === "Term" ? "-" : ""}${entry.id.name}`;
    if (seen.has(key)) twice.add(key);
    seen.add(key);
  }
  return [...twice];
}

function variablesOf(pattern: Pattern | null): string[] {
  const names = new Set<string>();
  const visit = (node: unknown): void => {
    if (!node || typeof node !== "object") return;
    const n = node as { type?: string; id?: { name: string } };
    if (n.type === "VariableReference" && n.id) names.add(n.id.name);
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === "object") visit(value);
    }
  };
  visit(pattern);
  return [...names].sort();
}

/** Keys the code asks for: ctx.t("key"), t("key", …), i18n.t(locale, "key"). */
function keysUsedInCode(): Set<string> {
  const keys = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".ts")) {
        const source = readFileSync(full, "utf8");
        for (const match of source.matchAll(/\bt\(\s*(?:[a-zA-Z.]+,\s*)?"([a-z][a-z0-9-]*)"/g)) keys.add(match[1]!);
        for (const match of source.matchAll(/withMenu\(ctx, "([a-z][a-z0-9-]*)"\)/g)) keys.add(match[1]!);
        for (const match of source.matchAll(/section\("([a-z][a-z0-9-]*)"/g)) keys.add(match[1]!);
      }
    }
  };
  walk(path.resolve("src"));
  return keys;
}

describe("Fluent files", () => {
  const parsed = Object.fromEntries(LOCALES.map((locale) => [locale, parseLocale(locale)]));

  it.each(LOCALES)("%s has no syntax errors", (locale) => {
    expect(parsed[locale]!.junk.map((j) => j.content)).toEqual([]);
  });

  it.each(LOCALES)("%s defines no key twice, within a file or across its files", (locale) => {
    expect(duplicateKeys(localeText(locale))).toEqual([]);
  });

  it.each(LOCALES)("%s has the feature files of en, each with the same keys as en's", (locale) => {
    const keysOf = (text: string) =>
      parser
        .parse(text)
        .body.flatMap((entry) => (entry.type === "Message" ? [entry.id.name] : []))
        .sort();
    const en = localeFiles("en");
    const other = localeFiles(locale);
    expect([...other.keys()]).toEqual([...en.keys()]);
    for (const [name, text] of en) expect(keysOf(other.get(name)!), `${locale}/${name}`).toEqual(keysOf(text));
  });

  it.each(LOCALES)(
    "%s: the bound translator says what the plugin says, for every key and attribute, and {key} for a missing one",
    (locale) => {
      const i18n = createI18n();
      const t = translatorFor(i18n, locale);
      const paths = [...parsed.en!.messages.values()].flatMap((message) => [
        message.id.name,
        ...message.attributes.map((attribute) => `${message.id.name}.${attribute.id.name}`),
      ]);
      // Every variable any message uses (a missing one throws, in the plugin as here); numbers reach plural selectors.
      const names = [...parsed.en!.messages.values()].flatMap((message) => variablesOf(message.value));
      const variables = Object.fromEntries(names.map((name, i) => [name, i % 2 ? 3 : `v${i}`]));
      for (const key of [...paths, "no-such-key", "command-start.no-such-attribute"]) {
        expect(t(key, variables), `${locale}: ${key}`).toBe(i18n.fluent.translate(locale, key, variables));
      }
      expect(t("no-such-key")).toBe("{no-such-key}");
      expect(translatorFor(i18n, "en")("command-start")).toBe("Main menu");
    },
  );

  it("the duplicate check finds a key defined twice, far apart", () => {
    const text = "summary-title = YOUR RIGHTS\nother = x\n\n## Reports\nsummary-title = Please check your report\n-term = a\n-term = b\n";
    expect(duplicateKeys(text)).toEqual(["summary-title", "-term"]);
  });

  it.each(LOCALES)("%s has exactly the keys of en, with the same variables", (locale) => {
    const en = parsed.en!.messages;
    const other = parsed[locale]!.messages;
    expect([...other.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, message] of en) {
      expect(variablesOf(other.get(key)!.value), `${locale}: ${key}`).toEqual(variablesOf(message.value));
    }
  });

  it("defines every key the code uses", () => {
    const en = parsed.en!.messages;
    const missing = [...keysUsedInCode()].filter((key) => !en.has(key));
    expect(missing).toEqual([]);
    for (const command of COMMANDS) expect(en.has(`command-${command}`)).toBe(true);
  });

  it("defines every key the code builds from data (sectors, outcomes, questions, options, errors)", () => {
    const en = parsed.en!.messages;
    const built = [
      ...SECTORS.map((s) => `sector-${s}`),
      ...[...OUTCOMES, "handed-over"].map((o) => `outcome-${o}`),
      ...REPORT_KINDS.map((k) => `alert-kind-${k}`),
      ...PRIORITY_FLAGS.map((f) => `alert-flag-${f}`),
      ...["open", "taken", "closed"].map((c) => `case-${c}`),
      ...["primary", "backup"].map((r) => `role-${r}`),
      ...AUDIT_ACTIONS.map((a) => `audit-${a}`),
      ...["group", "supergroup"].map((c) => `enrol-chat-${c}`),
      ...STEP_IDS.flatMap(labelKeys),
      ...loadRightsContent().menu.flatMap((entry) => (entry.kind === "group" ? [`rights-group-${entry.id}`] : [])),
      ...[
        "choose-button",
        "stale-button",
        "text-too-long",
        "need-text",
        "bad-date",
        "future-date",
        "need-place",
        "need-media",
        "unsupported-file",
        "sticker",
        "forwarded",
        "edited",
        "too-many-files",
      ].map((e) => `err-${e}`),
    ];
    expect(built.filter((key) => !en.has(key))).toEqual([]);
  });

  it("gives Telegram a command menu per language within its limits", () => {
    const i18n = createI18n();
    for (const locale of LOCALES) {
      const list = commandList(i18n, locale);
      expect(list.map((c) => c.command)).toEqual([...COMMANDS]);
      for (const item of list) {
        expect(item.description.length).toBeGreaterThan(2);
        expect(item.description.length).toBeLessThanOrEqual(256);
        expect(item.description).not.toMatch(/^command-/);
      }
    }
  });
});
