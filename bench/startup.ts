/**
 * Start-up figures for the README contract: the time from `npm start` to the
 * first getUpdates with the embedded database already built, and the time of
 * the first build. `--cold` also empties Go's module and build caches for the
 * build (it then downloads FerretDB's modules from the Go proxy).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { embeddedBinaryPath, ensureEmbeddedBinary } from "../src/storage/embedded-server.js";
import { startBotProcess } from "../test/helpers/bot-process.js";
import { FakeBotApiServer } from "../test/helpers/fake-bot-api-server.js";

const cold = process.argv.includes("--cold");
const RUNS = 5;

async function timeToFirstGetUpdates(env: Record<string, string>): Promise<number> {
  const api = new FakeBotApiServer();
  await api.start();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "bench-startup-"));
  const started = performance.now();
  const bot = startBotProcess({ BOT_TOKEN: "123456:BENCH", TELEGRAM_API_ROOT: api.url, DATA_DIR: dataDir, LOG_LEVEL: "warn", ...env });
  try {
    await api.waitFor("getUpdates", undefined, 15 * 60_000);
    return performance.now() - started;
  } finally {
    await bot.stop("SIGTERM");
    await api.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await ensureEmbeddedBinary();
const warm: number[] = [];
for (let i = 0; i < RUNS; i++) warm.push(await timeToFirstGetUpdates({}));
warm.sort((a, b) => a - b);
console.log(
  `npm start → first getUpdates, embedded database built: median ${warm[RUNS >> 1]!.toFixed(0)} ms (min ${warm[0]!.toFixed(0)}, max ${warm.at(-1)!.toFixed(0)}, ${RUNS} runs)`,
);

rmSync(embeddedBinaryPath(), { force: true });
const goCaches: Record<string, string> = {};
if (cold) {
  goCaches.GOCACHE = mkdtempSync(path.join(os.tmpdir(), "bench-gocache-"));
  goCaches.GOMODCACHE = mkdtempSync(path.join(os.tmpdir(), "bench-gomodcache-"));
}
const firstRun = await timeToFirstGetUpdates(goCaches);
console.log(
  `npm start → first getUpdates, first build included (${cold ? "Go caches empty: downloads and compiles FerretDB" : "Go caches as they are"}): ${(firstRun / 1000).toFixed(1)} s`,
);
if (cold) {
  for (const dir of Object.values(goCaches)) {
    spawnSync("chmod", ["-R", "u+w", dir]); // Go marks module cache files read-only
    rmSync(dir, { recursive: true, force: true });
  }
}
