/**
 * `npm run backup` / `npm run restore`: the whole database in one file, as
 * stored — sealed fields stay sealed, keyed ids stay keyed, and the key check
 * travels with them, so the same REPORTS_KEY opens the restored database and
 * no other does. The file is gzip'd Extended JSON lines (types kept: dates,
 * binaries): a header, then one line per document.
 *
 * Consistent: FerretDB has no snapshot reads, so the copy is read twice and
 * kept only when both reads agree (a digest per collection); while the bot
 * writes, it tries again, and after a few tries it says to stop the bot.
 * Restore goes into an empty database only, and checks the counts.
 */
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { createInterface } from "node:readline";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { createGunzip, createGzip } from "node:zlib";
import { BSON, type Db, type Document } from "mongodb";

const { EJSON } = BSON;

const FORMAT = "kz-rights-bot-backup/1";
const ATTEMPTS = 3;
const INSERT_BATCH = 500;

interface Header {
  format: string;
  createdAt: string;
  collections: Record<string, { count: number; digest: string }>;
}

export type Progress = (message: string) => void;

/** Collections of the bot's database (FerretDB and MongoDB list system ones differently; those are left out). */
async function collectionNames(db: Db): Promise<string[]> {
  const names = (await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name);
  return names.filter((name) => !name.startsWith("system.")).sort();
}

/** Every document of a collection, in `_id` order, as Extended JSON lines. */
async function* lines(db: Db, name: string): AsyncGenerator<string> {
  for await (const doc of db.collection(name).find({}).sort({ _id: 1 })) yield EJSON.stringify(doc, { relaxed: false });
}

async function digests(db: Db, names: string[]): Promise<Header["collections"]> {
  const result: Header["collections"] = {};
  for (const name of names) {
    const hash = createHash("sha256");
    let count = 0;
    for await (const line of lines(db, name)) {
      hash.update(line).update("\n");
      count++;
    }
    result[name] = { count, digest: hash.digest("hex") };
  }
  return result;
}

/** Writes the database to `file` (via a temporary file beside it); returns the documents per collection. */
export async function backupDatabase(db: Db, file: string, progress: Progress = () => {}): Promise<Record<string, number>> {
  const partial = `${file}.partial`;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const names = await collectionNames(db);
    const hashes = new Map<string, ReturnType<typeof createHash>>();
    const counts: Record<string, number> = {};
    async function* body(): AsyncGenerator<string> {
      for (const name of names) {
        const hash = createHash("sha256");
        hashes.set(name, hash);
        let count = 0;
        for await (const line of lines(db, name)) {
          hash.update(line).update("\n");
          count++;
          yield `{"c":${JSON.stringify(name)},"d":${line}}\n`;
        }
        counts[name] = count;
        progress(`  ${name}: ${count} documents`);
      }
    }
    progress(`reading ${names.length} collections${attempt > 1 ? ` (attempt ${attempt} of ${ATTEMPTS})` : ""}…`);
    await pipeline(Readable.from(body()), createGzip(), createWriteStream(partial, { mode: 0o600 }));
    const written = Object.fromEntries(names.map((name) => [name, { count: counts[name]!, digest: hashes.get(name)!.digest("hex") }]));
    progress("reading again to check that nothing changed meanwhile…");
    const again = await digests(db, await collectionNames(db));
    if (JSON.stringify(again) === JSON.stringify(written)) {
      await appendHeader(partial, file, { format: FORMAT, createdAt: new Date().toISOString(), collections: written });
      await rm(partial, { force: true });
      return counts;
    }
    progress("the database changed while it was read; trying again");
  }
  await rm(partial, { force: true });
  throw new Error(`the database kept changing during ${ATTEMPTS} reads: stop the bot, then run the backup again`);
}

/** The header goes first in the final file: it is known only after the body was read. */
async function appendHeader(partial: string, file: string, header: Header): Promise<void> {
  const tmp = `${file}.tmp`;
  async function* all(): AsyncGenerator<string> {
    yield `${JSON.stringify(header)}\n`;
    const input = createInterface({ input: createReadStream(partial).pipe(createGunzip()), crlfDelay: Infinity });
    for await (const line of input) yield `${line}\n`;
  }
  await pipeline(Readable.from(all()), createGzip(), createWriteStream(tmp, { mode: 0o600 }));
  await rename(tmp, file);
}

/** Restores `file` into `db`, which must be empty; returns the documents per collection. */
export async function restoreDatabase(db: Db, file: string, progress: Progress = () => {}): Promise<Record<string, number>> {
  const existing = await collectionNames(db);
  for (const name of existing) {
    if ((await db.collection(name).estimatedDocumentCount()) > 0)
      throw new Error(`the database is not empty (${name} has documents): restore goes into an empty database only`);
  }
  const input = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  let header: Header | undefined;
  const counts: Record<string, number> = {};
  let batch: Document[] = [];
  let batchOf = "";
  const flush = async () => {
    if (batch.length === 0) return;
    await db.collection(batchOf).insertMany(batch, { ordered: true });
    counts[batchOf] = (counts[batchOf] ?? 0) + batch.length;
    batch = [];
  };
  for await (const line of input) {
    if (!header) {
      header = JSON.parse(line) as Header;
      if (header.format !== FORMAT) throw new Error(`not a backup of this bot (format ${String(header.format)})`);
      progress(`backup of ${header.createdAt}: ${Object.keys(header.collections).length} collections`);
      continue;
    }
    const { c, d } = EJSON.parse(line, { relaxed: false }) as { c: string; d: Document };
    if (c !== batchOf) {
      await flush();
      if (batchOf) progress(`  ${batchOf}: ${counts[batchOf] ?? 0} documents`);
      batchOf = c;
    }
    batch.push(d);
    if (batch.length >= INSERT_BATCH) await flush();
  }
  await flush();
  if (batchOf) progress(`  ${batchOf}: ${counts[batchOf] ?? 0} documents`);
  if (!header) throw new Error("the file is empty");
  for (const [name, { count }] of Object.entries(header.collections)) {
    if ((counts[name] ?? 0) !== count) throw new Error(`${name}: the backup holds ${count} documents, ${counts[name] ?? 0} were restored`);
  }
  return counts;
}
