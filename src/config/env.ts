import path from "node:path";
import { z } from "zod";
import { ConfigError } from "./config-error.js";
import { DEFAULT_LIMITS, type Limits } from "./limits.js";
import { LIMITS } from "../reports/vocabulary.js";

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
/** Exactly these: anything else (`Production`, `prod`) is a typo that must not quietly run on the development key. */
const NODE_ENVS = ["production", "development", "test"] as const;
const KEY_FORMAT = /^[A-Za-z0-9+/]{43}=$|^[0-9a-fA-F]{64}$/;
const KEY_FORMAT_MESSAGE = "must be 32 bytes as base64 (44 characters) or hex (64 characters)";

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

/** A whole number, from `min` to `max`; `fallback` when unset. */
const count = (min: number, fallback: number, max = Number.MAX_SAFE_INTEGER) =>
  optionalString.pipe(
    z
      .string()
      .regex(/^\d+$/, "must be a whole number")
      .transform(Number)
      .refine((n) => n >= min, `must be at least ${min}`)
      .refine((n) => n <= max, `must be at most ${max}`)
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
  BOT_MODE: optionalString.pipe(z.enum(["polling", "webhook"], { error: "must be polling or webhook" }).default("polling")),
  // Webhook mode (README "Webhook or polling"); checked together in webhookConfig().
  WEBHOOK_URL: optionalString.pipe(
    z.url({ protocol: /^https?$/, error: "must be the public https URL Telegram posts updates to" }).optional(),
  ),
  WEBHOOK_SECRET: optionalString.pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9_-]+$/, "may hold only letters, digits, _ and - (Telegram's rule): generate one with `openssl rand -hex 32`")
      .min(16, "must be at least 16 characters: generate one with `openssl rand -hex 32`")
      .max(256, "must be at most 256 characters (Telegram's limit)")
      .optional(),
  ),
  // The HTTP server: the webhook, /healthz and /metrics. Polling mode serves /healthz and /metrics only when PORT is set.
  PORT: optionalString.pipe(
    z
      .string()
      .regex(/^\d+$/, "must be a port number")
      .transform(Number)
      .refine((n) => n >= 1 && n <= 65_535, "must be a port number from 1 to 65535")
      .optional(),
  ),
  HOST: optionalString.pipe(z.string().default("127.0.0.1")),
  LOG_LEVEL: optionalString.pipe(z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(", ")}` }).default("info")),
  DATA_DIR: optionalString.pipe(z.string().default("data")),
  ALLIANCE_CONFIG: optionalString,
  REPORTS_KEY: optionalString.pipe(
    z
      .string()
      .regex(KEY_FORMAT, KEY_FORMAT_MESSAGE)
      .superRefine((text, ctx) => {
        const weakness = weaknessOf(decodeKey(text));
        if (weakness)
          ctx.addIssue({ code: "custom", message: `is a weak key (${weakness}): generate one with \`openssl rand -base64 32\`` });
      })
      .optional(),
  ),
  // The previous key while rotating (see README "Changing the key"). Not checked for weakness: a weak key is a reason to rotate.
  REPORTS_KEY_OLD: optionalString.pipe(z.string().regex(KEY_FORMAT, KEY_FORMAT_MESSAGE).optional()),
  NODE_ENV: optionalString.pipe(
    z.enum(NODE_ENVS, { error: (issue) => `must be one of ${NODE_ENVS.join(", ")} (not "${String(issue.input)}")` }).optional(),
  ),
  // Retention (see README "What is kept, and for how long").
  REPORT_RETENTION_DAYS: days(1, 365),
  REPORTER_LINK_GRACE_DAYS: days(0, 14),
  // Limits against floods (see README "Configuration" and src/config/limits.ts).
  REPORTS_PER_HOUR: count(1, DEFAULT_LIMITS.reportsPerHour),
  TOP_PRIORITY_REPORTS_PER_HOUR: count(0, DEFAULT_LIMITS.topPriorityReportsPerHour),
  FILES_PER_REPORT: count(1, DEFAULT_LIMITS.filesPerReport, LIMITS.evidenceItems),
  MESSAGES_PER_MINUTE: count(10, DEFAULT_LIMITS.messagesPerMinute),
  // Memory for per-chat state read from the database (README "Memory"); the database stays the truth.
  STATE_CACHE_MB: count(0, 8, 1024),
  // Names this process in the lease that makes one of two processes active (README "Two instances").
  INSTANCE_ID: optionalString.pipe(
    z
      .string()
      .regex(/^[\w.-]{1,64}$/, "must be 1 to 64 letters, digits, dots, dashes or underscores")
      .optional(),
  ),
});

/** How updates arrive: the bot asks Telegram for them (polling), or Telegram posts them to {@link url} (webhook). */
export type BotModeConfig =
  | { mode: "polling" }
  | {
      mode: "webhook";
      /** The public URL given to Telegram's setWebhook. */
      url: string;
      /** Its path, where the HTTP server takes the updates (a reverse proxy passes it on unchanged). */
      path: string;
      /** Telegram sends it in X-Telegram-Bot-Api-Secret-Token with every update. */
      secret: string;
    };

export interface AppConfig {
  botToken: string;
  /** Unset: the bot starts the embedded server under `dataDir`. */
  mongodbUri: string | undefined;
  telegramApiRoot: string | undefined;
  botMode: BotModeConfig;
  /** The HTTP server (webhook, /healthz, /metrics); unset in polling mode without PORT. */
  http: { host: string; port: number } | undefined;
  logLevel: (typeof LOG_LEVELS)[number];
  dataDir: string;
  allianceConfigPath: string | undefined;
  /** The 32-byte key material for data at rest, if given in the environment. */
  reportsKey: Buffer | undefined;
  /** The previous key, while the data is re-sealed under {@link reportsKey} (`npm run keys:rotate`). */
  reportsKeyOld: Buffer | undefined;
  production: boolean;
  retention: { reportsDays: number; reporterLinkGraceDays: number };
  limits: Limits;
  /** Bytes of per-chat state (sessions, form state, message trails) kept in memory. */
  stateCacheBytes: number;
  /** This process in the lease (serve/lease.ts); unset: a random one. */
  instanceId: string | undefined;
}

function parse<T extends z.ZodType>(schema: T, env: NodeJS.ProcessEnv): z.output<T> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const variable = String(issue.path[0] ?? "environment");
    throw new ConfigError(variable, issue.message);
  }
  return parsed.data;
}

/** The rules between the key variables. */
function checkKeys(e: { NODE_ENV?: string; REPORTS_KEY?: string; REPORTS_KEY_OLD?: string }): void {
  if (e.NODE_ENV === "production" && !e.REPORTS_KEY) {
    throw new ConfigError("REPORTS_KEY", "is required when NODE_ENV=production (32 random bytes, base64 or hex)");
  }
  if (e.REPORTS_KEY_OLD && !e.REPORTS_KEY)
    throw new ConfigError(
      "REPORTS_KEY",
      "is required when REPORTS_KEY_OLD is set: REPORTS_KEY is the new key, REPORTS_KEY_OLD the previous one",
    );
  if (e.REPORTS_KEY_OLD && decodeKey(e.REPORTS_KEY_OLD).equals(decodeKey(e.REPORTS_KEY!)))
    throw new ConfigError("REPORTS_KEY_OLD", "is the same key as REPORTS_KEY: set it to the previous key, or unset it");
}

/** What `npm run keys:rotate` needs: the database and the keys (no token). */
export type KeyConfig = Pick<AppConfig, "mongodbUri" | "dataDir" | "reportsKey" | "reportsKeyOld">;

export function loadKeyConfig(env: NodeJS.ProcessEnv = process.env): KeyConfig {
  const e = parse(envSchema.pick({ MONGODB_URI: true, DATA_DIR: true, REPORTS_KEY: true, REPORTS_KEY_OLD: true, NODE_ENV: true }), env);
  checkKeys(e);
  return {
    mongodbUri: e.MONGODB_URI,
    dataDir: path.resolve(e.DATA_DIR),
    reportsKey: e.REPORTS_KEY ? decodeKey(e.REPORTS_KEY) : undefined,
    reportsKeyOld: e.REPORTS_KEY_OLD ? decodeKey(e.REPORTS_KEY_OLD) : undefined,
  };
}

/** Reads and validates the environment; throws {@link ConfigError} naming the first bad variable. */
export function loadEnvConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const e = parse(envSchema, env);
  checkKeys(e);
  const production = e.NODE_ENV === "production";
  const botMode = modeConfig(e);
  return {
    botToken: e.BOT_TOKEN,
    mongodbUri: e.MONGODB_URI,
    telegramApiRoot: e.TELEGRAM_API_ROOT?.replace(/\/+$/, ""),
    botMode,
    http: e.PORT === undefined ? undefined : { host: e.HOST, port: e.PORT },
    logLevel: e.LOG_LEVEL,
    dataDir: path.resolve(e.DATA_DIR),
    allianceConfigPath: e.ALLIANCE_CONFIG ? path.resolve(e.ALLIANCE_CONFIG) : undefined,
    reportsKey: e.REPORTS_KEY ? decodeKey(e.REPORTS_KEY) : undefined,
    reportsKeyOld: e.REPORTS_KEY_OLD ? decodeKey(e.REPORTS_KEY_OLD) : undefined,
    production,
    retention: { reportsDays: e.REPORT_RETENTION_DAYS, reporterLinkGraceDays: e.REPORTER_LINK_GRACE_DAYS },
    limits: {
      reportsPerHour: e.REPORTS_PER_HOUR,
      topPriorityReportsPerHour: e.TOP_PRIORITY_REPORTS_PER_HOUR,
      filesPerReport: e.FILES_PER_REPORT,
      messagesPerMinute: e.MESSAGES_PER_MINUTE,
    },
    stateCacheBytes: e.STATE_CACHE_MB * 2 ** 20,
    instanceId: e.INSTANCE_ID,
  };
}

/** The rules between the webhook variables: what webhook mode needs, and what polling mode must not be given. */
function modeConfig(e: {
  BOT_MODE: "polling" | "webhook";
  WEBHOOK_URL?: string;
  WEBHOOK_SECRET?: string;
  PORT?: number;
  TELEGRAM_API_ROOT?: string;
}): BotModeConfig {
  if (e.BOT_MODE === "polling") {
    if (e.WEBHOOK_URL) throw new ConfigError("WEBHOOK_URL", "is set, but BOT_MODE is polling: set BOT_MODE=webhook, or unset WEBHOOK_URL");
    return { mode: "polling" };
  }
  if (!e.WEBHOOK_URL)
    throw new ConfigError("WEBHOOK_URL", "is required when BOT_MODE=webhook: the public https URL Telegram posts updates to");
  const url = new URL(e.WEBHOOK_URL);
  // Telegram posts to https only; a self-hosted Bot API server (TELEGRAM_API_ROOT) may post to http.
  if (url.protocol !== "https:" && !e.TELEGRAM_API_ROOT)
    throw new ConfigError("WEBHOOK_URL", "must start with https:// (Telegram posts updates to https only)");
  if (url.search || url.hash) throw new ConfigError("WEBHOOK_URL", "must not have a query or a fragment: the path alone routes updates");
  if (!e.WEBHOOK_SECRET)
    throw new ConfigError("WEBHOOK_SECRET", "is required when BOT_MODE=webhook: generate one with `openssl rand -hex 32`");
  if (e.PORT === undefined)
    throw new ConfigError("PORT", "is required when BOT_MODE=webhook: the port the bot listens on for Telegram's posts");
  return { mode: "webhook", url: url.href, path: url.pathname, secret: e.WEBHOOK_SECRET };
}

function decodeKey(text: string): Buffer {
  return text.length === 64 ? Buffer.from(text, "hex") : Buffer.from(text, "base64");
}

/**
 * Why a key is plainly not random, or undefined. 32 random bytes have about
 * 30 distinct values, are almost never all printable text, and never count
 * up in steps: each test below fails for a random key with odds under 1e-13.
 */
export function weaknessOf(key: Buffer): string | undefined {
  if (key.length !== 32) return "not 32 bytes";
  if (key.every((byte) => byte === 0)) return "all zero";
  const distinct = new Set(key).size;
  if (distinct < 16) return `only ${distinct} different byte values`;
  const step = (key[1]! - key[0]! + 256) % 256;
  if (key.every((byte, i) => i === 0 || (byte - key[i - 1]! + 256) % 256 === step)) return "a counting sequence";
  if (key.every((byte) => byte >= 0x20 && byte < 0x7f)) return "printable text, not random bytes";
  return undefined;
}
