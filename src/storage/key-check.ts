/**
 * Which key opens this database. At first start the bot stores in `meta` a
 * check value sealed with the key, and a random lookup key (the key of every
 * keyed id and pseudonym), sealed too. At every start the configured key must
 * open the check value, so a wrong or changed REPORTS_KEY stops the bot with
 * one line instead of silently losing drafts and breaking lead buttons.
 *
 * The lookup key is stored apart from the sealing key so that a key rotation
 * (`npm run keys:rotate`) re-seals it and every look-up id stays the same.
 * A database from before this check keeps the lookup keys it was made with
 * (derived from its key), so no id changes on upgrade either.
 */
import { isDuplicateKey } from "./duplicate-key.js";
import { randomBytes } from "node:crypto";
import type { Collection, Db } from "mongodb";
import { ConfigError } from "../config/config-error.js";
import { Cipher, derivedIdKey } from "../security/cipher.js";
import { deriveKey } from "../security/data-key.js";
import { SEALED_FIELDS, SEALED_VALUE } from "./sealed-fields.js";

export const META = "meta";
export const KEY_CHECK_ID = "key-check";
/** Written when a rotation starts: a check value under the key it rotates to. Removed when it finishes. */
export const ROTATION_ID = "rotation";
const LOOKUP_KEYS_ID = "lookup-keys";
const CHECK_TEXT = "kz-rights-bot key check";

export interface MetaDocument {
  _id: string;
  sealed: string;
}

export interface DataKeys {
  /** The master key: REPORTS_KEY, or the development key. */
  current: Buffer;
  /** REPORTS_KEY_OLD while rotating. */
  old?: Buffer;
  /** Set when the current key is the development key (REPORTS_KEY unset): its file, for messages. */
  developmentKeyFile?: string;
}

export interface Unlocked {
  /** Seals under the current key; opens values of either key. */
  cipher: Cipher;
  /** The key of chat pseudonyms (sessions, conversations, relays). */
  pseudonymKey: Buffer;
  /** "rotating": the check value is still under REPORTS_KEY_OLD — `npm run keys:rotate` has not finished. */
  state: "current" | "rotating";
  /** For the operator, once the bot is up. */
  warnings: string[];
}

interface LookupKeys {
  pseudonyms: string;
  keyedIds: string;
}

/** The sealing key of a master key (as since the first version). */
export const sealingKey = (master: Buffer) => deriveKey(master, "reports");

/** Checks the keys against the database (writing the check value on first start) and returns the cipher and pseudonym key to use. */
export async function unlockDatabase(db: Db, keys: DataKeys, options: { forRotation?: boolean } = {}): Promise<Unlocked> {
  const meta = db.collection<MetaDocument>(META);
  let check = await meta.findOne({ _id: KEY_CHECK_ID });
  if (!check) {
    await initialise(db, meta, keys);
    check = (await meta.findOne({ _id: KEY_CHECK_ID }))!;
  }
  const current = sealingKey(keys.current);
  const old = keys.old ? sealingKey(keys.old) : undefined;
  const underCurrent = new Cipher(current).opens(check.sealed, `${META}:${KEY_CHECK_ID}`);
  const underOld = !underCurrent && !!old && new Cipher(old).opens(check.sealed, `${META}:${KEY_CHECK_ID}`);
  if (!underCurrent && !underOld) throw doesNotOpen(keys);
  // A rotation away from the current key began and did not finish: some values are under the other key already.
  const rotation = await meta.findOne({ _id: ROTATION_ID });
  if (rotation && underCurrent && !options.forRotation && !new Cipher(current).opens(rotation.sealed, `${META}:${KEY_CHECK_ID}`)) {
    throw new ConfigError(
      "REPORTS_KEY",
      "a key rotation away from this key was started and has not finished: set REPORTS_KEY to the new key and REPORTS_KEY_OLD to this one, then run `npm run keys:rotate` again (to go back instead, run it with the two keys swapped)",
    );
  }

  const lookupDoc = await meta.findOne({ _id: LOOKUP_KEYS_ID });
  if (!lookupDoc)
    throw new ConfigError("REPORTS_KEY", `the database has a key check but no lookup keys (collection "${META}" was changed by hand)`);
  const opener = new Cipher(current, { previousKey: old });
  const lookup = opener.decryptJson<LookupKeys>(lookupDoc.sealed, `${META}:${LOOKUP_KEYS_ID}`);
  const warnings: string[] = [];
  if (underOld)
    warnings.push(
      "this database is still sealed under REPORTS_KEY_OLD: run `npm run keys:rotate` to re-seal it under REPORTS_KEY, then unset REPORTS_KEY_OLD",
    );
  else if (old) warnings.push("REPORTS_KEY_OLD is set, but this database is sealed under REPORTS_KEY already: unset REPORTS_KEY_OLD");
  return {
    cipher: new Cipher(current, { idKey: Buffer.from(lookup.keyedIds, "base64"), previousKey: old }),
    pseudonymKey: Buffer.from(lookup.pseudonyms, "base64"),
    state: underOld ? "rotating" : "current",
    warnings,
  };
}

/**
 * First start with this check: a new database gets a random lookup key; a
 * database with data keeps the lookup keys derived from the key that opens
 * its records (refusing a key that opens none of them).
 */
async function initialise(db: Db, meta: Collection<MetaDocument>, keys: DataKeys): Promise<void> {
  let master = keys.current;
  let lookup: LookupKeys = { pseudonyms: randomBytes(32).toString("base64"), keyedIds: randomBytes(32).toString("base64") };
  if (await holdsData(db)) {
    const sample = await sealedSample(db);
    const opener = sample
      ? [keys.current, keys.old].find((key) => key && new Cipher(sealingKey(key)).opens(sample.value, sample.context))
      : keys.current;
    if (!opener) throw doesNotOpen(keys);
    master = opener;
    lookup = {
      pseudonyms: deriveKey(master, "pseudonyms").toString("base64"),
      keyedIds: derivedIdKey(sealingKey(master)).toString("base64"),
    };
  }
  const cipher = new Cipher(sealingKey(master));
  // Lookup keys first: a check value never exists without them. $setOnInsert: a second process starting
  // at once changes nothing — and when both upsert in the same instant, the loser's duplicate key means
  // the winner's document is there (seen on FerretDB with PostgreSQL: "Start-up failed: E11000 … meta").
  const once = (id: string, sealed: string) =>
    meta.updateOne({ _id: id }, { $setOnInsert: { sealed } }, { upsert: true }).catch((error: unknown) => {
      if (!isDuplicateKey(error)) throw error;
    });
  await once(LOOKUP_KEYS_ID, cipher.encryptJson(lookup, `${META}:${LOOKUP_KEYS_ID}`));
  await once(KEY_CHECK_ID, cipher.encrypt(CHECK_TEXT, `${META}:${KEY_CHECK_ID}`));
}

/** The check value sealed under this key (the rotation's last step). */
export function keyCheckValue(cipher: Cipher): string {
  return cipher.encrypt(CHECK_TEXT, `${META}:${KEY_CHECK_ID}`);
}

async function holdsData(db: Db): Promise<boolean> {
  const names = (await db.listCollections({}, { nameOnly: true }).toArray())
    .map((c) => c.name)
    .filter((name) => name !== META && !name.startsWith("system."));
  for (const name of names) if (await db.collection(name).findOne({}, { projection: { _id: 1 } })) return true;
  return false;
}

/** One sealed value of the database, with its context, to see which key opens it. */
async function sealedSample(db: Db): Promise<{ value: string; context: string } | undefined> {
  for (const { collection, field, context } of SEALED_FIELDS) {
    const doc = await db.collection<{ _id: string }>(collection).findOne({ [field]: { $exists: true } });
    const value = doc?.[field as keyof typeof doc];
    if (typeof value === "string" && SEALED_VALUE.test(value)) return { value, context: context(doc!._id) };
  }
  return undefined;
}

function doesNotOpen(keys: DataKeys): ConfigError {
  if (keys.old)
    return new ConfigError(
      "REPORTS_KEY",
      "neither REPORTS_KEY nor REPORTS_KEY_OLD opens this database: set REPORTS_KEY_OLD to the key it was sealed with",
    );
  if (keys.developmentKeyFile)
    return new ConfigError(
      "REPORTS_KEY",
      `is not set, and the development key in ${keys.developmentKeyFile} does not open this database (it was sealed with another key): set REPORTS_KEY to the key it was made with`,
    );
  return new ConfigError(
    "REPORTS_KEY",
    "does not open this database (it was sealed with another key): set REPORTS_KEY to the key it was made with, or, to change the key, set REPORTS_KEY_OLD to the previous key and REPORTS_KEY to the new one, then run `npm run keys:rotate`",
  );
}
