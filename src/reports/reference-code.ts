/**
 * Reference codes a person can read out over a phone: 8 characters from an
 * alphabet without look-alikes (no 0/O, 1/I/L, U), in two groups: "7KQM-4XTD".
 * 31^8 ≈ 8.5 × 10^11 codes: collisions are rare, and storage rejects them.
 */
export const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

export function referenceCode(randomBytes: (n: number) => Uint8Array): string {
  const bytes = randomBytes(16);
  let code = "";
  for (const byte of bytes) {
    // Rejection sampling keeps every character equally likely.
    if (byte >= 256 - (256 % CODE_ALPHABET.length)) continue;
    code += CODE_ALPHABET[byte % CODE_ALPHABET.length];
    if (code.length === 8) return `${code.slice(0, 4)}-${code.slice(4)}`;
  }
  return referenceCode(randomBytes);
}

/** One character of the alphabet, for patterns that embed a code (button data, commands). */
const CODE_CHAR = "[2-9A-HJKMNP-TV-Z]";
/** A code as stored and shown: `7KQM-4XTD`. */
export const CODE_PATTERN = `${CODE_CHAR}{4}-${CODE_CHAR}{4}`;
const WHOLE_CODE = new RegExp(`^${CODE_PATTERN}$`);

export const isReferenceCode = (value: string): boolean => WHOLE_CODE.test(value);

/**
 * Cyrillic letters that look like Latin ones: in Kazakhstan a code read out over the phone is
 * often typed on a Russian or Kazakh keyboard ("7КQМ-4ХТD").
 */
const LOOK_ALIKES: Record<string, string> = {
  А: "A",
  В: "B",
  Е: "E",
  З: "3",
  К: "K",
  М: "M",
  Н: "H",
  Р: "P",
  С: "C",
  Т: "T",
  У: "Y",
  Х: "X",
};

/** Accepts a code as people type it: any case, spaces or dashes anywhere, Cyrillic look-alike letters. */
export function normalizeCode(input: string): string | undefined {
  const cleaned = [...input.toUpperCase().replace(/[\s\-‐–—]/g, "")].map((c) => LOOK_ALIKES[c] ?? c).join("");
  if (cleaned.length !== 8) return undefined;
  const code = `${cleaned.slice(0, 4)}-${cleaned.slice(4)}`;
  return isReferenceCode(code) ? code : undefined;
}
