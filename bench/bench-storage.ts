/** A throw-away database for a benchmark: the embedded FerretDB, or MONGODB_URI when set. */
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Cipher } from "../src/security/cipher.js";
import { openStorage, type Storage } from "../src/storage/database.js";
import { startEmbeddedServer, type EmbeddedServer } from "../src/storage/embedded-server.js";

export interface BenchStorage {
  storage: Storage;
  /** "embedded FerretDB (SQLite)" or "MONGODB_URI". */
  kind: string;
  /** CPU time the embedded database has used so far (ms), if it is the embedded one. */
  databaseCpuMs(): number | undefined;
  /** Peak memory of the embedded database (MiB), if it is the embedded one. */
  databasePeakMiB(): number | undefined;
  close(): Promise<void>;
}

export async function openBenchStorage(name: string): Promise<BenchStorage> {
  let embedded: EmbeddedServer | undefined;
  let dataDir: string | undefined;
  let uri = process.env.MONGODB_URI;
  if (!uri) {
    dataDir = mkdtempSync(path.join(os.tmpdir(), `bench-${name}-`));
    embedded = await startEmbeddedServer({ dataDir });
    uri = embedded.uri;
  }
  const storage = await openStorage({
    uri,
    dbName: `bench_${name}_${randomBytes(4).toString("hex")}`,
    cipher: new Cipher(randomBytes(32)),
  });
  const pid = () => embeddedPid();
  return {
    storage,
    kind: embedded ? "embedded FerretDB (SQLite)" : "MONGODB_URI",
    databaseCpuMs: () => (embedded ? processCpuMs(pid()) : undefined),
    databasePeakMiB: () =>
      embedded ? Number(readFileSync(`/proc/${pid()}/status`, "utf8").match(/VmHWM:\s+(\d+) kB/)?.[1]) / 1024 : undefined,
    async close() {
      await storage.db.dropDatabase();
      await storage.close();
      await embedded?.stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** User + system CPU time of a process, from /proc (clock ticks of 10 ms). */
function processCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function embeddedPid(): number {
  const children = readFileSync(`/proc/self/task/${process.pid}/children`, "utf8").trim().split(/\s+/);
  return Number(children.find((pid) => readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("embedded-db")));
}
