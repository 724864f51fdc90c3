/**
 * What a copy of the database shows to someone WITHOUT the key: every
 * collection, its document count, its field names, and for each field
 * whether it is sealed (encrypted), a keyed id (an HMAC: stable, but
 * meaningless without the key) or clear — with the shape of clear values
 * (letters as "a"/"A", digits as "9"), never a value itself.
 */
import type { Db, Document } from "mongodb";
import { SEALED_VALUE } from "./sealed-fields.js";

/** Documents read per collection to learn its fields. */
const SAMPLE = 1_000;
const HOUR_MS = 3_600_000;

type Kind = "sealed" | "keyed id" | "clear";

interface FieldSummary {
  kinds: Set<Kind>;
  types: Set<string>;
  shapes: Set<string>;
  distinct: Set<string>;
  exactTimes: boolean;
}

const KEYED = /^[A-Za-z0-9_-]{27}$/;

/** The shape of a clear string: what kind of characters, not which. */
export function shapeOf(value: string): string {
  const shape = value
    .replace(/\p{Lu}/gu, "A")
    .replace(/\p{Ll}/gu, "a")
    .replace(/\p{Nd}/gu, "9");
  return shape.length > 24 ? `${shape.slice(0, 24)}… (${value.length} chars)` : shape;
}

function classify(path: string, value: unknown, summary: FieldSummary): void {
  if (typeof value === "string") {
    if (SEALED_VALUE.test(value)) summary.kinds.add("sealed");
    else if (KEYED.test(value) || (path === "_id" && /[|:#][A-Za-z0-9_-]{27}$/.test(value))) summary.kinds.add("keyed id");
    else {
      summary.kinds.add("clear");
      summary.shapes.add(shapeOf(value));
      summary.distinct.add(value);
    }
    summary.types.add("string");
  } else if (value instanceof Date) {
    summary.kinds.add("clear");
    summary.types.add("date");
    if (value.getTime() % HOUR_MS !== 0) summary.exactTimes = true;
  } else {
    summary.kinds.add("clear");
    summary.types.add(value === null ? "null" : typeof value);
    if (typeof value === "number" || typeof value === "boolean") summary.distinct.add(String(value));
  }
}

function walk(doc: Document, prefix: string, fields: Map<string, FieldSummary>): void {
  for (const [key, value] of Object.entries(doc)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === "object" && !(value instanceof Date) && !Array.isArray(value) && !("_bsontype" in value)) {
      walk(value as Document, path, fields);
      continue;
    }
    const name = Array.isArray(value) ? `${path}[]` : path;
    let summary = fields.get(name);
    if (!summary)
      fields.set(name, (summary = { kinds: new Set(), types: new Set(), shapes: new Set(), distinct: new Set(), exactTimes: false }));
    if (Array.isArray(value)) for (const item of value) classify(name, item, summary);
    else classify(name, value, summary);
  }
}

function describe(summary: FieldSummary): string {
  const kind = [...summary.kinds].sort().join("+");
  const types = [...summary.types].sort().join("|");
  const notes: string[] = [];
  if (summary.types.has("date")) notes.push(summary.exactTimes ? "exact times" : "to the hour");
  if (summary.kinds.has("clear") && summary.shapes.size > 0) {
    const shapes = [...summary.shapes].slice(0, 3);
    notes.push(`shape ${shapes.map((s) => `"${s}"`).join(", ")}${summary.shapes.size > 3 ? ", …" : ""}`);
  }
  if (summary.kinds.has("clear") && summary.distinct.size > 0) notes.push(`${summary.distinct.size} distinct`);
  return `${kind.padEnd(16)} ${types}${notes.length > 0 ? `  (${notes.join("; ")})` : ""}`;
}

/** Prints the report line by line through `print`. Reads at most {@link SAMPLE} documents per collection. */
export async function inspectDatabase(db: Db, print: (line: string) => void): Promise<void> {
  print(
    `Database "${db.databaseName}" as seen WITHOUT the key (sealed = encrypted; keyed id = HMAC, meaningless without the key; clear = readable).`,
  );
  const names = (await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name).sort();
  for (const name of names) {
    const collection = db.collection(name);
    const count = await collection.countDocuments();
    print("");
    print(`${name}: ${count} document${count === 1 ? "" : "s"}`);
    const fields = new Map<string, FieldSummary>();
    for await (const doc of collection.find({}).limit(SAMPLE)) walk(doc, "", fields);
    for (const [field, summary] of [...fields].sort(([a], [b]) => a.localeCompare(b))) print(`  ${field.padEnd(28)} ${describe(summary)}`);
  }
}
