/**
 * Key rotation: every sealed value of every store is opened with the old key
 * and sealed again under the new one. Idempotent and resumable: a value the
 * new key already opens is skipped, and each value is replaced only if it is
 * still the one read (a write of the bot in between wins). The key check value
 * moves to the new key last, once nothing is left under the old one: until
 * then the bot starts only with both keys set.
 */
import type { Db, Document } from "mongodb";
import { Cipher } from "../security/cipher.js";
import { KEY_CHECK_ID, keyCheckValue, META, ROTATION_ID, sealingKey, unlockDatabase, type DataKeys } from "./key-check.js";
import { SEALED_FIELDS, SEALED_VALUE } from "./sealed-fields.js";

/** A progress line while a large collection is re-sealed. */
const PROGRESS_EVERY = 1_000;

export interface FieldCount {
  field: string;
  resealed: number;
  /** Already under the new key (an earlier, interrupted run, or written by the bot since). */
  already: number;
  /** Opened by neither key. */
  unreadable: number;
}

export interface RotationResult {
  /** True when the key check value is under the new key: REPORTS_KEY_OLD can go. */
  done: boolean;
  counts: FieldCount[];
  /** Sealed values in fields the rotation does not know (see sealed-fields.ts). */
  unknown: Array<{ field: string; values: number }>;
}

export async function rotateKeys(
  db: Db,
  keys: Required<Pick<DataKeys, "current" | "old">>,
  print: (line: string) => void,
): Promise<RotationResult> {
  const { cipher } = await unlockDatabase(db, keys, { forRotation: true });
  const newOnly = new Cipher(sealingKey(keys.current));
  const meta = db.collection<{ _id: string; sealed: string }>(META);
  // From here on, a start with the old key alone is refused: values move to the new key one by one.
  await meta.updateOne({ _id: ROTATION_ID }, { $set: { sealed: keyCheckValue(newOnly) } }, { upsert: true });
  const counts: FieldCount[] = [];
  for (const { collection, field, context } of SEALED_FIELDS) {
    const count: FieldCount = { field: `${collection}.${field}`, resealed: 0, already: 0, unreadable: 0 };
    const docs = db.collection<{ _id: string } & Document>(collection);
    for await (const doc of docs.find({ [field]: { $exists: true } }, { projection: { [field]: 1 } })) {
      const value: unknown = doc[field];
      if (typeof value !== "string" || (collection === META && (doc._id === KEY_CHECK_ID || doc._id === ROTATION_ID))) continue;
      const bound = context(doc._id);
      if (newOnly.opens(value, bound)) {
        count.already++;
        continue;
      }
      let resealed: string;
      try {
        resealed = cipher.reseal(value, bound);
      } catch {
        count.unreadable++;
        continue;
      }
      await docs.updateOne({ _id: doc._id, [field]: value }, { $set: { [field]: resealed } });
      count.resealed++;
      if ((count.resealed + count.already) % PROGRESS_EVERY === 0) print(`  ${count.field}: ${count.resealed + count.already} so far…`);
    }
    counts.push(count);
    print(
      `${count.field.padEnd(32)} ${count.resealed} re-sealed, ${count.already} already under the new key${count.unreadable ? `, ${count.unreadable} opened by neither key` : ""}`,
    );
  }

  const unknown = await unknownSealedFields(db);
  for (const { field, values } of unknown)
    print(`${field}: ${values} sealed value(s) in a field keys:rotate does not know (add it to src/storage/sealed-fields.ts)`);
  const unreadable = counts.reduce((sum, c) => sum + c.unreadable, 0);
  if (unreadable > 0 || unknown.length > 0) {
    print(
      "Not finished: the database stays readable with REPORTS_KEY_OLD and REPORTS_KEY both set. Fix the above and run `npm run keys:rotate` again.",
    );
    return { done: false, counts, unknown };
  }
  await meta.updateOne({ _id: KEY_CHECK_ID }, { $set: { sealed: keyCheckValue(newOnly) } });
  await meta.deleteOne({ _id: ROTATION_ID });
  print("Done: everything is sealed under REPORTS_KEY. Unset REPORTS_KEY_OLD and start the bot.");
  return { done: true, counts, unknown };
}

/** Fields holding sealed values that are not in the registry, with how many values each. */
export async function unknownSealedFields(db: Db): Promise<Array<{ field: string; values: number }>> {
  const known = new Set(SEALED_FIELDS.map((f) => `${f.collection}.${f.field}`));
  known.add(`${META}.sealed`);
  const found = new Map<string, number>();
  const visit = (path: string, value: unknown) => {
    if (typeof value === "string") {
      if (SEALED_VALUE.test(value) && !known.has(path)) found.set(path, (found.get(path) ?? 0) + 1);
    } else if (Array.isArray(value)) value.forEach((item) => visit(path, item));
    else if (value && typeof value === "object" && !(value instanceof Date) && !("_bsontype" in value)) {
      for (const [key, inner] of Object.entries(value)) visit(`${path}.${key}`, inner);
    }
  };
  const names = (await db.listCollections({}, { nameOnly: true }).toArray())
    .map((c) => c.name)
    .filter((name) => !name.startsWith("system."));
  for (const name of names.sort()) {
    for await (const doc of db.collection(name).find({})) for (const [key, value] of Object.entries(doc)) visit(`${name}.${key}`, value);
  }
  return [...found].map(([field, values]) => ({ field, values }));
}
