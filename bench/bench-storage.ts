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
  /** With --commands: prints the database commands sent so far, by kind and collection. */
  printCommands(): void;
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
  // --commands: count the database commands by collection and kind (printed at the end).
  const counting = process.argv.includes("--commands");
  if (counting) uri += (uri.includes("?") ? "&" : "?") + "monitorCommands=true";
  const storage = await openStorage({
    uri,
    dbName: `bench_${name}_${randomBytes(4).toString("hex")}`,
    cipher: new Cipher(randomBytes(32)),
  });
  const commands = new Map<string, { commands: number; statements: number }>();
  if (counting)
    storage.db.client.on("commandStarted", (event) => {
      const target = event.command[event.commandName] as unknown;
      const key = `${event.commandName} ${typeof target === "string" ? target : ""}`.trim();
      const batch = (event.command.updates ?? event.command.deletes ?? event.command.documents) as unknown[] | undefined;
      const seen = commands.get(key) ?? { commands: 0, statements: 0 };
      commands.set(key, { commands: seen.commands + 1, statements: seen.statements + (batch?.length ?? 1) });
    });
  const pid = () => embeddedPid();
  return {
    storage,
    kind: embedded ? "embedded FerretDB (SQLite)" : "MONGODB_URI",
    databaseCpuMs: () => (embedded ? processCpuMs(pid()) : undefined),
    databasePeakMiB: () =>
      embedded ? Number(readFileSync(`/proc/${pid()}/status`, "utf8").match(/VmHWM:\s+(\d+) kB/)?.[1]) / 1024 : undefined,
    printCommands: () => {
      if (counting) printCommands(commands);
    },
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

function printCommands(commands: Map<string, { commands: number; statements: number }>): void {
  const rows = [...commands]
    .filter(([key]) => !/^(hello|ismaster|ping|endSessions)\b/i.test(key))
    .sort((a, b) => b[1].statements - a[1].statements);
  const total = rows.reduce((sum, [, n]) => sum + n.commands, 0);
  console.log(`\ndatabase commands: ${total} (commands, statements in them, kind and collection)`);
  for (const [key, n] of rows) console.log(`  ${String(n.commands).padStart(7)} ${String(n.statements).padStart(7)}  ${key}`);
}
