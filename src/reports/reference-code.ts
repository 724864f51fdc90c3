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

/** Accepts a code as people type it: any case, with or without the dash, O for 0 and I/L for 1. */
export function normalizeCode(input: string): string | undefined {
  const cleaned = input.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
  if (!/^[2-9A-Z]{8}$/.test(cleaned) || [...cleaned].some((c) => !CODE_ALPHABET.includes(c))) return undefined;
  return `${cleaned.slice(0, 4)}-${cleaned.slice(4)}`;
}
