import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadAllianceConfig } from "../src/config/alliance.js";
import { ConfigError } from "../src/config/config-error.js";
import { loadEnvConfig } from "../src/config/env.js";
import { createLogger, redactIds, redactTokens } from "../src/logger.js";
import { scratchDir } from "./helpers/scratch-dir.js";

const TOKEN = "123456:ABC-def_ghi";
const RANDOM_KEY = randomBytes(32).toString("base64");

function problem(env: Record<string, string>): string {
  try {
    loadEnvConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error("expected a ConfigError");
}

describe("environment", () => {
  it("needs only BOT_TOKEN and fills sensible defaults", () => {
    const config = loadEnvConfig({ BOT_TOKEN: TOKEN });
    expect(config).toMatchObject({
      botToken: TOKEN,
      mongodbUri: undefined,
      telegramApiRoot: undefined,
      botMode: { mode: "polling" },
      logLevel: "info",
      dataDir: path.resolve("data"),
      allianceConfigPath: undefined,
      reportsKey: undefined,
    });
  });

  it("treats empty values as unset", () => {
    expect(loadEnvConfig({ BOT_TOKEN: TOKEN, MONGODB_URI: "", LOG_LEVEL: " " }).mongodbUri).toBeUndefined();
  });

  it.each([
    [{}, /^BOT_TOKEN: .*required/],
    [{ BOT_TOKEN: "nonsense" }, /^BOT_TOKEN: does not look like a bot token/],
    [{ BOT_TOKEN: TOKEN, MONGODB_URI: "postgres://x" }, /^MONGODB_URI: must start with mongodb:\/\//],
    [{ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: "not a url" }, /^TELEGRAM_API_ROOT: must be an http\(s\) URL/],
    [{ BOT_TOKEN: TOKEN, BOT_MODE: "carrier-pigeon" }, /^BOT_MODE: must be polling or webhook$/],
    [{ BOT_TOKEN: TOKEN, BOT_MODE: "webhook" }, /^WEBHOOK_URL: is required when BOT_MODE=webhook/],
    [{ BOT_TOKEN: TOKEN, BOT_MODE: "webhook", WEBHOOK_URL: "http://bot.example.org/hook" }, /^WEBHOOK_URL: must start with https:\/\//],
    [{ BOT_TOKEN: TOKEN, BOT_MODE: "webhook", WEBHOOK_URL: "https://bot.example.org/hook?x=1" }, /^WEBHOOK_URL: must not have a query/],
    [
      { BOT_TOKEN: TOKEN, BOT_MODE: "webhook", WEBHOOK_URL: "https://bot.example.org/hook" },
      /^WEBHOOK_SECRET: is required when BOT_MODE=webhook/,
    ],
    [
      { BOT_TOKEN: TOKEN, BOT_MODE: "webhook", WEBHOOK_URL: "https://bot.example.org/hook", WEBHOOK_SECRET: "short" },
      /^WEBHOOK_SECRET: must be at least 16 characters/,
    ],
    [
      { BOT_TOKEN: TOKEN, BOT_MODE: "webhook", WEBHOOK_URL: "https://bot.example.org/hook", WEBHOOK_SECRET: "a secret with spaces!" },
      /^WEBHOOK_SECRET: may hold only letters, digits, _ and -/,
    ],
    [
      { BOT_TOKEN: TOKEN, BOT_MODE: "webhook", WEBHOOK_URL: "https://bot.example.org/hook", WEBHOOK_SECRET: "0123456789abcdef0123" },
      /^PORT: is required when BOT_MODE=webhook/,
    ],
    [{ BOT_TOKEN: TOKEN, PORT: "http" }, /^PORT: must be a port number/],
    [{ BOT_TOKEN: TOKEN, PORT: "70000" }, /^PORT: must be a port number from 1 to 65535/],
    [{ BOT_TOKEN: TOKEN, WEBHOOK_URL: "https://bot.example.org/hook" }, /^WEBHOOK_URL: is set, but BOT_MODE is polling/],
    [{ BOT_TOKEN: TOKEN, LOG_LEVEL: "loud" }, /^LOG_LEVEL: must be one of/],
    [{ BOT_TOKEN: TOKEN, REPORTS_KEY: "short" }, /^REPORTS_KEY: must be 32 bytes/],
    [{ BOT_TOKEN: TOKEN, NODE_ENV: "production" }, /^REPORTS_KEY: is required when NODE_ENV=production/],
    [{ BOT_TOKEN: TOKEN, REPORTS_KEY_OLD: randomBytes(32).toString("base64") }, /^REPORTS_KEY: is required when REPORTS_KEY_OLD is set/],
    [{ BOT_TOKEN: TOKEN, REPORTS_KEY: RANDOM_KEY, REPORTS_KEY_OLD: RANDOM_KEY }, /^REPORTS_KEY_OLD: is the same key as REPORTS_KEY/],
    [{ BOT_TOKEN: TOKEN, REPORTS_KEY: RANDOM_KEY, REPORTS_KEY_OLD: "short" }, /^REPORTS_KEY_OLD: must be 32 bytes/],
  ])("rejects %j with a line naming the variable", (env, expected) => {
    expect(problem(env as Record<string, string>)).toMatch(expected);
  });

  it("webhook mode takes the URL's path, the secret and the port; HOST is 127.0.0.1 unless set", () => {
    const env = {
      BOT_TOKEN: TOKEN,
      BOT_MODE: "webhook",
      WEBHOOK_URL: "https://bot.example.org/tg/hook-7f3a",
      WEBHOOK_SECRET: "0123456789abcdef0123",
      PORT: "8443",
    };
    expect(loadEnvConfig(env)).toMatchObject({
      botMode: { mode: "webhook", url: "https://bot.example.org/tg/hook-7f3a", path: "/tg/hook-7f3a", secret: "0123456789abcdef0123" },
      http: { host: "127.0.0.1", port: 8443 },
    });
    expect(loadEnvConfig({ ...env, HOST: "0.0.0.0" }).http).toEqual({ host: "0.0.0.0", port: 8443 });
    // Polling: the HTTP server (health, metrics) only when PORT is set.
    expect(loadEnvConfig({ BOT_TOKEN: TOKEN }).http).toBeUndefined();
    expect(loadEnvConfig({ BOT_TOKEN: TOKEN, PORT: "9100" }).http).toEqual({ host: "127.0.0.1", port: 9100 });
  });

  it("INSTANCE_ID names the process in the lease; unset, each start picks a random one", () => {
    expect(loadEnvConfig({ BOT_TOKEN: TOKEN, INSTANCE_ID: "bot-a.example" }).instanceId).toBe("bot-a.example");
    expect(loadEnvConfig({ BOT_TOKEN: TOKEN }).instanceId).toBeUndefined();
    expect(problem({ BOT_TOKEN: TOKEN, INSTANCE_ID: "two words" })).toBe(
      "INSTANCE_ID: must be 1 to 64 letters, digits, dots, dashes or underscores",
    );
  });

  it.each(["Production", "prod", "PRODUCTION", "staging", "dev"])(
    "NODE_ENV=%s is refused, naming the allowed values, instead of running on the development key",
    (value) => {
      const line = problem({ BOT_TOKEN: TOKEN, NODE_ENV: value });
      expect(line).toBe(`NODE_ENV: must be one of production, development, test (not "${value}")`);
    },
  );

  it.each(["production", "development", "test"])("NODE_ENV=%s is accepted", (value) => {
    const env = { BOT_TOKEN: TOKEN, NODE_ENV: value, REPORTS_KEY: RANDOM_KEY };
    expect(loadEnvConfig(env).production).toBe(value === "production");
  });

  it.each([
    ["all zero", Buffer.alloc(32).toString("base64"), "all zero"],
    ["all zero, in hex", "0".repeat(64), "all zero"],
    ["one repeated byte", Buffer.alloc(32, 7).toString("base64"), "only 1 different byte values"],
    ["a repeated short pattern", Buffer.from("0123456789abcdef".repeat(4), "hex").toString("base64"), "only 8 different byte values"],
    ["a counting sequence", Buffer.from(Array.from({ length: 32 }, (_, i) => i * 3)).toString("hex"), "a counting sequence"],
    ["a password in base64", Buffer.from("Tr0ub4dor&3-Kaz!Almaty#2026*xyzQ").toString("base64"), "printable text, not random bytes"],
  ])("REPORTS_KEY that is %s is refused as weak", (_name, key, why) => {
    expect(problem({ BOT_TOKEN: TOKEN, REPORTS_KEY: key })).toBe(
      `REPORTS_KEY: is a weak key (${why}): generate one with \`openssl rand -base64 32\``,
    );
  });

  it("accepts a random key, and a weak old key to rotate away from", () => {
    for (let i = 0; i < 200; i++)
      expect(() => loadEnvConfig({ BOT_TOKEN: TOKEN, REPORTS_KEY: randomBytes(32).toString("base64") })).not.toThrow();
    const config = loadEnvConfig({ BOT_TOKEN: TOKEN, REPORTS_KEY: RANDOM_KEY, REPORTS_KEY_OLD: Buffer.alloc(32).toString("base64") });
    expect(config.reportsKeyOld).toEqual(Buffer.alloc(32));
  });

  it("accepts the settings a deployment uses", () => {
    const key = randomBytes(32);
    const config = loadEnvConfig({
      BOT_TOKEN: TOKEN,
      MONGODB_URI: "mongodb://db.internal:27017/rights",
      TELEGRAM_API_ROOT: "http://127.0.0.1:8081/",
      LOG_LEVEL: "warn",
      DATA_DIR: "/var/lib/rights-bot",
      REPORTS_KEY: key.toString("base64"),
    });
    expect(config.telegramApiRoot).toBe("http://127.0.0.1:8081");
    expect(config.reportsKey).toEqual(key);
    expect(loadEnvConfig({ BOT_TOKEN: TOKEN, REPORTS_KEY: key.toString("hex") }).reportsKey).toEqual(key);
  });
});

describe("alliance configuration file", () => {
  const dir = scratchDir("alliance");
  const file = (name: string, text: string) => {
    const target = path.join(dir, name);
    writeFileSync(target, text);
    return target;
  };

  it("the sample in the repository is valid, with its admins and delays; in development it starts with a warning", async () => {
    const warnings: string[] = [];
    const sample = await loadAllianceConfig(path.resolve("deploy/alliance.example.yaml"), { warn: (message) => warnings.push(message) });
    expect(warnings).toEqual([
      'ALLIANCE_CONFIG: alliance.example.yaml: hotlines.0.value "+7 000 000 00 00" is a sample value (and 9 more); replace the sample values with the alliance\'s own, or remove them. NODE_ENV=production refuses to start with them.',
    ]);
    expect(sample.admins).toEqual([100000001]);
    expect(sample.escalationMinutes).toMatchObject({ "right-to-life": 5, lawyer: 10, documentation: 30 });
    expect(sample.regions).toHaveLength(20);
  });

  it("rejects an unknown sector, a bad delay, an unknown region and a non-numeric admin", async () => {
    await expect(loadAllianceConfig(file("s1.yaml", "name: X\nsectors:\n  police:\n    escalateAfterMinutes: 5"))).rejects.toThrow(
      /sectors/,
    );
    await expect(loadAllianceConfig(file("s2.yaml", "name: X\nsectors:\n  lawyer:\n    escalateAfterMinutes: 0"))).rejects.toThrow(
      /sectors\.lawyer\.escalateAfterMinutes/,
    );
    await expect(loadAllianceConfig(file("s3.yaml", "name: X\nregions: [atlantis]"))).rejects.toThrow(/regions\.0/);
    await expect(loadAllianceConfig(file("s4.yaml", "name: X\nadmins: ['@someone']"))).rejects.toThrow(/admins\.0/);
  });

  it("with NODE_ENV=production, refuses the sample values in one line naming the file and the field", async () => {
    const error = await loadAllianceConfig(path.resolve("deploy/alliance.example.yaml"), { production: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(
      /^ALLIANCE_CONFIG: alliance\.example\.yaml: hotlines\.0\.value "\+7 000 000 00 00" is a sample value/,
    );
    expect((error as Error).message).not.toContain("\n");
    // Any one sample value left is enough.
    const oneLeft = file("one-left.yaml", "name: Real Alliance\ncontacts:\n  - label: Website\n    value: https://example.org\n");
    await expect(loadAllianceConfig(oneLeft, { production: true })).rejects.toThrow(
      /contacts\.0\.value "https:\/\/example\.org" is a sample value/,
    );
  });

  it("accepts the alliance's own values in production, without a warning", async () => {
    const warnings: string[] = [];
    const own = file(
      "own.yaml",
      "name: Real Alliance\nhotlines:\n  - label: Lawyers\n    value: 'the alliance own number'\nadmins: [4242]\n",
    );
    const alliance = await loadAllianceConfig(own, { production: true, warn: (message) => warnings.push(message) });
    expect(alliance.hotlines[0]!.value).toBe("the alliance own number");
    expect(warnings).toEqual([]);
  });

  it("is optional", async () => {
    expect((await loadAllianceConfig(undefined)).hotlines).toEqual([]);
  });

  it("reads YAML and JSON, filling missing languages from English", async () => {
    const yaml = await loadAllianceConfig(
      file("a.yaml", "name:\n  en: Sample Alliance\n  ru: Пример\nhotlines:\n  - label: Lawyers\n    value: '+0 000 sample'\n"),
    );
    expect(yaml.name).toEqual({ kk: "Sample Alliance", ru: "Пример", en: "Sample Alliance" });
    expect(yaml.hotlines[0]!.label.kk).toBe("Lawyers");
    const json = await loadAllianceConfig(file("a.json", JSON.stringify({ name: "Sample" })));
    expect(json.contacts).toEqual([]);
  });

  it.each([
    ["missing.yaml", null, /^ALLIANCE_CONFIG: file not found/],
    ["bad.yaml", "name: [unclosed", /^ALLIANCE_CONFIG: bad.yaml is not valid YAML\/JSON/],
    ["noname.yaml", "hotlines: []", /^ALLIANCE_CONFIG: noname.yaml: name: /],
    ["typo.yaml", "name: X\nhotline: []", /^ALLIANCE_CONFIG: typo.yaml: .*hotline/],
    ["empty-value.yaml", "name: X\nhotlines:\n  - label: L\n    value: ''", /hotlines\.0\.value/],
  ])("%s gets a clear message", async (name, text, expected) => {
    const target = text === null ? path.join(dir, name) : file(name, text);
    await expect(loadAllianceConfig(target)).rejects.toThrow(expected);
  });
});

describe("logs never carry the bot token", () => {
  const token = "7123456789:AAH-secretSecretSecret_0123456789ab";

  it("error texts lose tokens in request URLs and bare tokens", () => {
    expect(redactIds(`request to https://api.telegram.org/bot${token}/getMe failed, reason: connect ECONNREFUSED`)).toBe(
      "request to https://api.telegram.org/bot[token]/getMe failed, reason: connect ECONNREFUSED",
    );
    expect(redactTokens(`token ${token} rejected`)).toBe("token [token] rejected");
  });

  it("the logger replaces the configured token wherever a library put it", () => {
    const lines: string[] = [];
    const logger = createLogger("info", [token], { write: (line: string) => void lines.push(line) });
    logger.warn({ url: `http://x/file/bot${token}/a.jpg`, part: token.split(":")[1] }, `failed: ${token}`);
    const out = lines.join("");
    expect(out).toContain("failed: [secret]");
    expect(out).not.toContain("AAH-secretSecretSecret");
  });
});
