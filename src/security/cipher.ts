import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";

const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** The keyed-id key of databases made before the lookup key was stored apart: derived from the sealing key. */
export function derivedIdKey(sealingKey: Buffer): Buffer {
  return Buffer.from(hkdfSync("sha256", sealingKey, Buffer.alloc(0), "kz-rights-bot/keyed-ids", 32));
}

export interface CipherOptions {
  /**
   * The key of {@link Cipher.keyedId}. A deployment keeps it in the database,
   * sealed (see storage/key-check.ts), so that changing the sealing key does
   * not change any look-up id. Default: derived from the sealing key.
   */
  idKey?: Buffer;
  /** While a key rotation is under way: values this key sealed are still opened. */
  previousKey?: Buffer;
}

/**
 * AES-256-GCM for values at rest. Output: "v1.<base64url(iv | tag | ciphertext)>".
 * `context` binds a ciphertext to its place (e.g. the report id), so a value
 * copied into another document does not decrypt there.
 */
export class Cipher {
  /** A separate key for {@link keyedId}, so ids never reuse the encryption key. */
  private readonly idKey: Buffer;
  private readonly previousKey: Buffer | undefined;

  constructor(
    private readonly key: Buffer,
    options: CipherOptions = {},
  ) {
    if (key.length !== 32) throw new Error("AES-256-GCM needs a 32-byte key");
    this.idKey = options.idKey ?? derivedIdKey(key);
    this.previousKey = options.previousKey;
  }

  /** Whether the current key (not the previous one) opens a sealed value. */
  opens(sealed: string, context = ""): boolean {
    try {
      open(this.key, sealed, context);
      return true;
    } catch {
      return false;
    }
  }

  /** The value sealed under the current key: as it is if it already is, else opened (with either key) and sealed again. */
  reseal(sealed: string, context = ""): string {
    return this.opens(sealed, context) ? sealed : this.encryptBytes(this.decryptBytes(sealed, context), context);
  }

  /**
   * A keyed, deterministic id for a look-up: HMAC-SHA256 of the purpose and
   * the parts. Without the key two ids of one person share nothing (no
   * prefix, no common part), and a known value (a Telegram id, a file hash)
   * cannot be found by hashing it.
   */
  keyedId(purpose: string, ...parts: Array<string | number>): string {
    const hmac = createHmac("sha256", this.idKey).update(purpose);
    for (const part of parts) hmac.update("\0").update(String(part));
    return hmac.digest("base64url").slice(0, 27);
  }

  encrypt(plaintext: string, context = ""): string {
    return this.encryptBytes(Buffer.from(plaintext, "utf8"), context);
  }

  decrypt(sealed: string, context = ""): string {
    return this.decryptBytes(sealed, context).toString("utf8");
  }

  encryptBytes(plaintext: Buffer, context = ""): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv("aes-256-gcm", this.key, iv);
    cipher.setAAD(Buffer.from(context));
    const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url")}`;
  }

  decryptBytes(sealed: string, context = ""): Buffer {
    try {
      return open(this.key, sealed, context);
    } catch (error) {
      if (!this.previousKey) throw error;
      return open(this.previousKey, sealed, context);
    }
  }

  encryptJson(value: unknown, context = ""): string {
    return this.encrypt(JSON.stringify(value), context);
  }

  decryptJson<T>(sealed: string, context = ""): T {
    return JSON.parse(this.decrypt(sealed, context)) as T;
  }
}

function open(key: Buffer, sealed: string, context: string): Buffer {
  const [version, data] = sealed.split(".");
  if (version !== VERSION || !data) throw new Error("not a value sealed by this cipher");
  const raw = Buffer.from(data, "base64url");
  const decipher = createDecipheriv("aes-256-gcm", key, raw.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(context));
  decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
}
