/**
 * Backup → restore round trip on the real server: everything comes back as it
 * was, sealed fields stay sealed in the file, the same key opens the restored
 * database and another does not, and restore goes into an empty database only.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { MongoClient, type Db } from "mongodb";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { backupDatabase, restoreDatabase } from "../src/storage/backup.js";
import { openStorage, type Storage } from "../src/storage/database.js";
import { sampleReport } from "./helpers/sample-report.js";

const KEY = randomBytes(32);
const suffix = randomBytes(4).toString("hex");
const source = `backup_src_${suffix}`;
const target = `backup_dst_${suffix}`;
const dir = mkdtempSync(path.join(os.tmpdir(), "rights-bot-backup-"));
const file = path.join(dir, "copy.backup.gz");
const NAME = "Ержан Саматұлы";
const ACCOUNT = "Его затолкали в белый автобус у театра";
const CHAT = 918_273_645;

let client: MongoClient;
let storage: Storage;

async function everything(db: Db): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const { name } of await db.listCollections({}, { nameOnly: true }).toArray()) {
    const docs = await db.collection(name).find({}).sort({ _id: 1 }).toArray();
    if (docs.length > 0) out[name] = docs;
  }
  return out;
}

beforeAll(async () => {
  client = await new MongoClient(inject("mongoUri")).connect();
  storage = await openStorage({ uri: inject("mongoUri"), dbName: source, keys: { current: KEY } });
});
afterAll(async () => {
  await storage.close();
  for (const name of [source, target])
    await client
      .db(name)
      .dropDatabase()
      .catch(() => {});
  await client.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("npm run backup / npm run restore", () => {
  const report = sampleReport({ name: NAME, account: ACCOUNT });

  it("copies the whole database into one file, in which nothing sealed is readable", async () => {
    await storage.reports.save(report, CHAT);
    await storage.sessions.write("someone", { locale: "kk" });
    const lines: string[] = [];
    const counts = await backupDatabase(storage.db, file, (line) => lines.push(line));
    expect(counts.reports).toBe(1);
    expect(counts.meta).toBeGreaterThan(0);
    expect(lines.some((line) => line.includes("reports: 1 documents"))).toBe(true);
    const text = gunzipSync(readFileSync(file)).toString("utf8");
    expect(text.split("\n")[0]).toContain('"format":"kz-rights-bot-backup/1"');
    expect(text).toContain(report.code);
    for (const secret of [NAME, ACCOUNT, "Ержан", String(CHAT)]) expect(text).not.toContain(secret);
  });

  it("restores into an empty database exactly what was there, and the same key reads it", async () => {
    const restored = await restoreDatabase(client.db(target), file);
    expect(restored.reports).toBe(1);
    expect(await everything(client.db(target))).toEqual(await everything(storage.db));

    const reopened = await openStorage({ uri: inject("mongoUri"), dbName: target, keys: { current: KEY } });
    try {
      const back = await reopened.reports.findByCode(report.code);
      expect(JSON.stringify(back)).toContain(NAME);
      expect(await reopened.reports.reporterChat(report.code)).toBe(CHAT);
    } finally {
      await reopened.close();
    }
    await expect(openStorage({ uri: inject("mongoUri"), dbName: target, keys: { current: randomBytes(32) } })).rejects.toThrow(
      /REPORTS_KEY/,
    );
  });

  it("refuses to restore into a database that holds anything", async () => {
    await expect(restoreDatabase(client.db(target), file)).rejects.toThrow(/not empty/);
  });
});
