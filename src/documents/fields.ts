/**
 * The answers a fill-in document can ask for. Each document lists the ones it
 * needs (src/content/documents/*.yaml); every unanswered one is printed as a
 * blank to fill in by hand, so only "what happened" is ever required.
 */
export type FieldKind = "short" | "date" | "long";

export const DOCUMENT_FIELDS = {
  name: { kind: "short", required: false },
  protocol: { kind: "short", required: false },
  date: { kind: "date", required: false },
  place: { kind: "short", required: false },
  authority: { kind: "short", required: false },
  lawyer: { kind: "short", required: false },
  relative: { kind: "short", required: false },
  events: { kind: "long", required: true },
} as const satisfies Record<string, { kind: FieldKind; required: boolean }>;

export type DocumentFieldId = keyof typeof DOCUMENT_FIELDS;

/** The longest answer of each kind, in characters: the document must fit in one Telegram message. */
export const FIELD_MAX_CHARS: Record<FieldKind, number> = { short: 150, date: 40, long: 1500 };

/** What the person answered; `null` (skipped) and missing print as a blank. */
export type DocumentValues = Partial<Record<DocumentFieldId, string | null>>;

/** Documents are handed in in Kazakh or Russian; English is a reading aid only. */
export const DOCUMENT_LANGUAGES = ["kk", "ru"] as const;
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];

export function isDocumentLanguage(value: unknown): value is DocumentLanguage {
  return (DOCUMENT_LANGUAGES as readonly unknown[]).includes(value);
}

/** dd.mm.yyyy in Kazakhstan's time (UTC+5 since 2024), as documents write dates. */
export function documentDate(epochMs: number): string {
  const local = new Date(epochMs + 5 * 60 * 60 * 1000);
  const dd = String(local.getUTCDate()).padStart(2, "0");
  const mm = String(local.getUTCMonth() + 1).padStart(2, "0");
  return `${dd}.${mm}.${local.getUTCFullYear()}`;
}
