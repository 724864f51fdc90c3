/**
 * The embedded default storage: a FerretDB v1 (MongoDB wire protocol, SQLite
 * files under DATA_DIR) built from the Go module in `embedded-db/` on first
 * use and cached in `.cache/embedded-db/`, keyed by a hash of its sources.
 */
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { chmod, mkdir, readdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { PROJECT_ROOT } from "../shared/paths.js";
import { createInterface } from "node:readline";
import { ConfigError } from "../config/config-error.js";

const SOURCE_DIR = path.join(PROJECT_ROOT, "embedded-db");
const CACHE_DIR = path.join(PROJECT_ROOT, ".cache", "embedded-db");
const READY_TIMEOUT_MS = 30_000;

export interface EmbeddedServer {
  uri: string;
  /** The database process (tests read its environment). */
  pid: number | undefined;
  /** Stops the server and waits for it to exit. */
  stop(): Promise<void>;
}

export interface EmbeddedServerOptions {
  dataDir: string;
  /** Told about the one-time build. */
  info?: (message: string) => void;
}

/** The path of the cached server binary for the current sources (it may not exist yet). */
export function embeddedBinaryPath(): string {
  const hash = createHash("sha256");
  // Every file the build reads: the module files and each Go source but the tests.
  const sources = readdirSync(SOURCE_DIR)
    .filter((file) => file === "go.mod" || file === "go.sum" || (file.endsWith(".go") && !file.endsWith("_test.go")))
    .sort();
  for (const file of sources) hash.update(file).update(readFileSync(path.join(SOURCE_DIR, file)));
  return path.join(CACHE_DIR, `embedded-db-${hash.digest("hex").slice(0, 16)}`);
}

/** Builds the server with the machine's Go unless a build of the same sources is cached. */
export async function ensureEmbeddedBinary(info: (message: string) => void = () => {}): Promise<string> {
  const binary = embeddedBinaryPath();
  if (existsSync(binary)) return binary;

  const go = spawnSync("go", ["version"], { encoding: "utf8" });
  if (go.error || go.status !== 0) {
    throw new ConfigError(
      "MONGODB_URI",
      "is not set, and the embedded database needs Go (1.24 or newer) to build it once: install Go (https://go.dev/dl/) or set MONGODB_URI to a MongoDB server",
    );
  }
  info(
    `Building the embedded database server (FerretDB with SQLite) with ${go.stdout.trim()}. This happens once, because MONGODB_URI is not set; it takes a minute or two.`,
  );
  await mkdir(CACHE_DIR, { recursive: true });
  // Build to a private name and rename: a concurrent build never sees half a binary.
  const partial = `${binary}.${process.pid}.partial`;
  const started = Date.now();
  const result = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
    const child = spawn("go", ["build", "-trimpath", "-o", partial, "."], {
      cwd: SOURCE_DIR,
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...withoutSecrets(process.env), CGO_ENABLED: "0" },
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stderr }));
  });
  if (result.code !== 0) {
    await rm(partial, { force: true });
    const lastLine = result.stderr.trim().split("\n").pop() ?? "unknown error";
    throw new ConfigError("MONGODB_URI", `is not set, and building the embedded database failed: ${lastLine}`);
  }
  await rename(partial, binary);
  info(`Embedded database server built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return binary;
}

/**
 * Starts the embedded server on a free 127.0.0.1 port with its files under
 * `dataDir`. The child stops by itself if this process dies: it watches its stdin.
 */
export async function startEmbeddedServer(options: EmbeddedServerOptions): Promise<EmbeddedServer> {
  const binary = await ensureEmbeddedBinary(options.info);
  const dbDir = path.join(options.dataDir, "db");
  await mkdir(dbDir, { recursive: true, mode: 0o700 });
  await makePrivate(dbDir);

  const child = spawnPrivately(binary, ["-data-dir", dbDir]);
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-2000);
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const uri = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the embedded database did not start within 30 s")), READY_TIMEOUT_MS);
    const lines = createInterface({ input: child.stdout });
    lines.once("line", (line) => {
      clearTimeout(timer);
      try {
        resolve((JSON.parse(line) as { uri: string }).uri);
      } catch {
        reject(new Error(`unexpected output from the embedded database: ${line.slice(0, 200)}`));
      }
    });
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the embedded database exited (code ${code}): ${stderr.trim().split("\n").pop() ?? ""}`));
    });
  }).catch((error: Error) => {
    child.kill("SIGKILL");
    throw new ConfigError("DATA_DIR", `cannot start the embedded database in ${dbDir}: ${error.message}`);
  });

  return {
    uri,
    pid: child.pid,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.stdin.end();
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Secrets of the bot that no helper process needs. */
const SECRET_VARIABLES = new Set(["BOT_TOKEN", "REPORTS_KEY", "REPORTS_KEY_OLD", "MONGODB_URI"]);

/** The environment without the bot's secrets (for the Go build, which needs proxies and Go settings). */
export function withoutSecrets(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !SECRET_VARIABLES.has(name)));
}

/**
 * What the database process sees of the environment: only what a process
 * needs to run. A secret added to the bot's environment later stays out by default.
 */
export function databaseEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(env).filter(([name]) => /^(PATH|HOME|TMPDIR|TZ|LANG|LC_[A-Z]+|GO(GC|MAXPROCS|MEMLIMIT|DEBUG))$/.test(name)),
  );
}

/** The directory 0700 and what is in it 0600: files an earlier version created readable for others are closed too. */
async function makePrivate(dir: string): Promise<void> {
  await chmod(dir, 0o700);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    await chmod(path.join(dir, entry.name), entry.isDirectory() ? 0o700 : 0o600);
  }
}

/**
 * Starts the database with umask 077, so every file it creates later (the
 * SQLite databases, their -wal and -shm files) is 0600. A child takes its
 * umask from its parent at spawn; spawn is synchronous, so the change is
 * undone before anything else in this process runs.
 */
function spawnPrivately(binary: string, args: string[]) {
  let previous: number | undefined;
  try {
    previous = process.umask(0o077);
  } catch {
    // Worker threads cannot change the umask; makePrivate closed what exists.
  }
  try {
    return spawn(binary, args, { stdio: ["pipe", "pipe", "pipe"], env: databaseEnv(process.env) });
  } finally {
    if (previous !== undefined) process.umask(previous);
  }
}
