import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";

const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * AES-256-GCM for values at rest. Output: "v1.<base64url(iv | tag | ciphertext)>".
 * `context` binds a ciphertext to its place (e.g. the report id), so a value
 * copied into another document does not decrypt there.
 */
export class Cipher {
  /** A separate key for {@link keyedId}, so ids never reuse the encryption key. */
  private readonly idKey: Buffer;

  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error("AES-256-GCM needs a 32-byte key");
    this.idKey = Buffer.from(hkdfSync("sha256", key, Buffer.alloc(0), "kz-rights-bot/keyed-ids", 32));
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
    const [version, data] = sealed.split(".");
    if (version !== VERSION || !data) throw new Error("not a value sealed by this cipher");
    const raw = Buffer.from(data, "base64url");
    const decipher = createDecipheriv("aes-256-gcm", this.key, raw.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
  }

  encryptJson(value: unknown, context = ""): string {
    return this.encrypt(JSON.stringify(value), context);
  }

  decryptJson<T>(sealed: string, context = ""): T {
    return JSON.parse(this.decrypt(sealed, context)) as T;
  }
}
