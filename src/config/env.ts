import path from "node:path";
import { z } from "zod";
import { ConfigError } from "./config-error.js";

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

/** A whole number of days, at least `min`; `fallback` when unset. */
const days = (min: number, fallback: number) =>
  optionalString.pipe(
    z
      .string()
      .regex(/^\d+$/, "must be a whole number of days")
      .transform(Number)
      .refine((n) => n >= min, `must be at least ${min}`)
      .optional()
      .transform((n) => n ?? fallback),
  );

const envSchema = z.object({
  BOT_TOKEN: z
    .string({ error: "is required: get a token from @BotFather and set BOT_TOKEN" })
    .trim()
    .regex(/^\d+:[\w-]+$/, "does not look like a bot token from @BotFather (digits, a colon, then letters)"),
  MONGODB_URI: optionalString.pipe(
    z
      .string()
      .regex(/^mongodb(\+srv)?:\/\//, "must start with mongodb:// or mongodb+srv://")
      .optional(),
  ),
  TELEGRAM_API_ROOT: optionalString.pipe(
    z.url({ protocol: /^https?$/, error: "must be an http(s) URL such as http://127.0.0.1:8081" }).optional(),
  ),
  BOT_MODE: optionalString.pipe(
    z
      .enum(["polling", "webhook"], { error: "must be polling (webhook is reserved for a later version)" })
      .refine((mode) => mode === "polling", "webhook mode is not available yet; use polling")
      .default("polling"),
  ),
  LOG_LEVEL: optionalString.pipe(
    z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(", ")}` }).default("info"),
  ),
  DATA_DIR: optionalString.pipe(z.string().default("data")),
  ALLIANCE_CONFIG: optionalString,
  REPORTS_KEY: optionalString.pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9+/]{43}=$|^[0-9a-fA-F]{64}$/, "must be 32 bytes as base64 (44 characters) or hex (64 characters)")
      .optional(),
  ),
  NODE_ENV: optionalString,
  // Retention (see README "What is kept, and for how long").
  REPORT_RETENTION_DAYS: days(1, 365),
  REPORTER_LINK_GRACE_DAYS: days(0, 14),
});

/** Polling today; the union leaves room for a webhook mode with its own settings. */
export type BotModeConfig = { mode: "polling" };

export interface AppConfig {
  botToken: string;
  /** Unset: the bot starts the embedded server under `dataDir`. */
  mongodbUri: string | undefined;
  telegramApiRoot: string | undefined;
  botMode: BotModeConfig;
  logLevel: (typeof LOG_LEVELS)[number];
  dataDir: string;
  allianceConfigPath: string | undefined;
  /** The 32-byte key material for data at rest, if given in the environment. */
  reportsKey: Buffer | undefined;
  production: boolean;
  retention: { reportsDays: number; reporterLinkGraceDays: number };
}

/** Reads and validates the environment; throws {@link ConfigError} naming the first bad variable. */
export function loadEnvConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const variable = String(issue.path[0] ?? "environment");
    throw new ConfigError(variable, issue.message);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === "production";
  if (production && !e.REPORTS_KEY) {
    throw new ConfigError("REPORTS_KEY", "is required when NODE_ENV=production (32 random bytes, base64 or hex)");
  }
  return {
    botToken: e.BOT_TOKEN,
    mongodbUri: e.MONGODB_URI,
    telegramApiRoot: e.TELEGRAM_API_ROOT?.replace(/\/+$/, ""),
    botMode: { mode: e.BOT_MODE },
    logLevel: e.LOG_LEVEL,
    dataDir: path.resolve(e.DATA_DIR),
    allianceConfigPath: e.ALLIANCE_CONFIG ? path.resolve(e.ALLIANCE_CONFIG) : undefined,
    reportsKey: e.REPORTS_KEY ? decodeKey(e.REPORTS_KEY) : undefined,
    production,
    retention: { reportsDays: e.REPORT_RETENTION_DAYS, reporterLinkGraceDays: e.REPORTER_LINK_GRACE_DAYS },
  };
}

function decodeKey(text: string): Buffer {
  return text.length === 64 ? Buffer.from(text, "hex") : Buffer.from(text, "base64");
}
