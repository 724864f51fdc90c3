import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import type { Localized } from "../shared/locales.js";
import { REGION_IDS, type RegionId } from "../shared/regions.js";
import { SECTORS, type Sector } from "../shared/vocabulary.js";
import { ConfigError } from "./config-error.js";

/** A text in one language for all, or per language with English as the fallback. */
const localizedText = z
  .union([
    z.string().trim().min(1),
    z.object({ en: z.string().trim().min(1), ru: z.string().trim().min(1).optional(), kk: z.string().trim().min(1).optional() }).strict(),
  ])
  .transform((value): Localized => {
    if (typeof value === "string") return { kk: value, ru: value, en: value };
    return { kk: value.kk ?? value.en, ru: value.ru ?? value.en, en: value.en };
  });

const contactSchema = z
  .object({
    label: localizedText,
    value: z.string().trim().min(1).max(200),
  })
  .strict();

/**
 * Minutes an alert may wait untaken before it goes to the backup, then to the
 * coordinator. Shorter where a life or a disappearance is at stake.
 */
export const DEFAULT_ESCALATION_MINUTES: Record<Sector, number> = {
  "right-to-life": 5,
  torture: 10,
  lawyer: 10,
  "right-to-call": 15,
  journalists: 15,
  documentation: 30,
  coordinator: 10,
};

const sectorSettings = z
  .object({
    escalateAfterMinutes: z
      .number()
      .int()
      .min(1)
      .max(24 * 60),
  })
  .strict();

export const allianceFileSchema = z
  .object({
    name: localizedText,
    /** Numbers to write down before an assembly: the alliance's lawyers, a hotline. */
    hotlines: z.array(contactSchema).max(10).default([]),
    /** Public channels: a website, a Telegram channel, an e-mail address. */
    contacts: z.array(contactSchema).max(10).default([]),
    /** Telegram user ids of the people who enrol and remove leads. Each must have opened the bot. */
    admins: z.array(z.number().int().positive()).max(50).default([]),
    /** Per sector settings; a sector left out keeps its default delay. */
    sectors: z.partialRecord(z.enum(SECTORS), sectorSettings).default({}),
    /** The regions the alliance has regional leads in (default: all 17 regions and 3 cities). */
    regions: z
      .array(z.enum(REGION_IDS as [RegionId, ...RegionId[]]))
      .min(1)
      .optional(),
  })
  .strict()
  .transform(({ sectors, regions, ...rest }) => ({
    ...rest,
    regions: regions ?? REGION_IDS,
    escalationMinutes: Object.fromEntries(
      SECTORS.map((sector) => [sector, sectors[sector]?.escalateAfterMinutes ?? DEFAULT_ESCALATION_MINUTES[sector]]),
    ) as Record<Sector, number>,
  }));

export type Contact = z.infer<typeof contactSchema>;
export type AllianceConfig = z.output<typeof allianceFileSchema>;

/** Nothing configured: the bot shows no contacts at all rather than invented ones. */
export const NO_ALLIANCE: AllianceConfig = {
  name: { kk: "", ru: "", en: "" },
  hotlines: [],
  contacts: [],
  admins: [],
  regions: REGION_IDS,
  escalationMinutes: DEFAULT_ESCALATION_MINUTES,
};

export interface AllianceLoadOptions {
  /** With NODE_ENV=production a sample value stops the start; otherwise it is a warning. */
  production?: boolean;
  warn?: (message: string) => void;
}

/**
 * Reads the deployment file (YAML or JSON); throws {@link ConfigError} naming the file and the field.
 * A value left from the sample file (deploy/alliance.example.yaml) would tell people to write down
 * "+7 000 000 00 00": in production it stops the start, in development it is logged as a warning.
 */
export async function loadAllianceConfig(filePath: string | undefined, options: AllianceLoadOptions = {}): Promise<AllianceConfig> {
  if (!filePath) return NO_ALLIANCE;
  const variable = "ALLIANCE_CONFIG";
  let text: string;
  try {
    text = await readFile(filePath, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(variable, code === "ENOENT" ? `file not found: ${filePath}` : `cannot read ${filePath} (${code})`);
  }
  let raw: unknown;
  try {
    raw = path.extname(filePath).toLowerCase() === ".json" ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new ConfigError(variable, `${path.basename(filePath)} is not valid YAML/JSON: ${(error as Error).message.split("\n")[0]}`);
  }
  const parsed = allianceFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length > 0 ? issue.path.join(".") : "(top level)";
    throw new ConfigError(variable, `${path.basename(filePath)}: ${where}: ${issue.message}`);
  }
  const samples = sampleValues(parsed.data);
  if (samples.length > 0) {
    const [first] = samples;
    const more = samples.length > 1 ? ` (and ${samples.length - 1} more)` : "";
    const problem = `${path.basename(filePath)}: ${first!.field} ${JSON.stringify(first!.value)} is a sample value${more}; replace the sample values with the alliance's own, or remove them`;
    if (options.production) throw new ConfigError(variable, problem);
    options.warn?.(`${variable}: ${problem}. NODE_ENV=production refuses to start with them.`);
  }
  return parsed.data;
}

/** What marks a placeholder of the sample file: zeros for a number, example domains, "(sample)" labels. */
const SAMPLE_MARKERS = [/\b000[\s-]?000\b/, /\bexample\.(org|com|net)\b/i, /\((sample|пример|үлгі)\)/i, /^Example\b/];
const SAMPLE_ADMIN = 100000001;

/** The fields that still hold a sample value, the phone numbers first. */
export function sampleValues(alliance: AllianceConfig): Array<{ field: string; value: string }> {
  const found: Array<{ field: string; value: string }> = [];
  const check = (field: string, value: string) => {
    if (SAMPLE_MARKERS.some((marker) => marker.test(value))) found.push({ field, value });
  };
  const checkLocalized = (field: string, text: Localized) => {
    for (const locale of ["en", "ru", "kk"] as const) check(`${field}.${locale}`, text[locale]);
  };
  for (const list of ["hotlines", "contacts"] as const) {
    alliance[list].forEach((item, index) => {
      check(`${list}.${index}.value`, item.value);
      checkLocalized(`${list}.${index}.label`, item.label);
    });
  }
  checkLocalized("name", alliance.name);
  alliance.admins.forEach((admin, index) => {
    if (admin === SAMPLE_ADMIN) found.push({ field: `admins.${index}`, value: String(admin) });
  });
  return found;
}

export function hasContacts(alliance: AllianceConfig): boolean {
  return alliance.hotlines.length > 0 || alliance.contacts.length > 0;
}
