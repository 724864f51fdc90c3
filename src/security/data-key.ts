import { createHmac, hkdfSync, randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { ConfigError } from "../config/config-error.js";
import { rememberLast } from "../shared/memo.js";

const KEY_FILE = "reports.key";

export interface KeySource {
  /** The key from REPORTS_KEY, if set. */
  reportsKey: Buffer | undefined;
  dataDir: string;
}

/** Where the development key is kept when REPORTS_KEY is unset. */
export const developmentKeyFile = (dataDir: string) => path.join(dataDir, KEY_FILE);

/**
 * Returns the 32-byte master key for data at rest: REPORTS_KEY if set,
 * otherwise a development key generated once under DATA_DIR. `warn` is told
 * when the development key is used, so that no deployment runs on it unawares.
 */
export async function loadMasterKey(source: KeySource, warn: (message: string) => void): Promise<Buffer> {
  if (source.reportsKey) return source.reportsKey;
  const file = developmentKeyFile(source.dataDir);
  try {
    const key = Buffer.from((await readFile(file, "utf8")).trim(), "base64");
    if (key.length !== 32) throw new ConfigError("DATA_DIR", `${file} does not hold a 32-byte base64 key`);
    warn(
      `REPORTS_KEY is not set: using the development key in ${file}. Set REPORTS_KEY in production and keep a copy of it apart from the database.`,
    );
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const key = randomBytes(32);
  await mkdir(source.dataDir, { recursive: true, mode: 0o700 });
  // "wx": never overwrite a key another process has just written.
  await writeFile(file, key.toString("base64") + "\n", { mode: 0o600, flag: "wx" }).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return;
    throw error;
  });
  const stored = Buffer.from((await readFile(file, "utf8")).trim(), "base64");
  warn(
    `REPORTS_KEY is not set: generated a development key in ${file}. Set REPORTS_KEY in production and keep a copy of it apart from the database.`,
  );
  return stored;
}

/** Independent keys for independent purposes, derived from the master key (HKDF-SHA256). */
export function deriveKey(master: Buffer, purpose: "pseudonyms" | "reports"): Buffer {
  return Buffer.from(hkdfSync("sha256", master, Buffer.alloc(0), `kz-rights-bot/${purpose}`, 32));
}

/**
 * A stable, keyed pseudonym for a Telegram chat or user id. Storage keys use
 * it instead of the id, so a copy of the database alone does not list who
 * wrote to the bot.
 */
export function pseudonymize(pseudonymKey: Buffer, id: number | string): string {
  return createHmac("sha256", pseudonymKey).update(String(id)).digest("base64url").slice(0, 27);
}

/** {@link pseudonymize} with the last `size` results remembered: every update needs one or two. */
export function pseudonymizer(pseudonymKey: Buffer, size = 20_000): (id: number | string) => string {
  const remembered = rememberLast((key) => pseudonymize(pseudonymKey, key), size);
  return (id) => remembered(String(id));
}
