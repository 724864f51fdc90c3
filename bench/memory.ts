/**
 * `npm run bench:memory`: what the bot costs in memory, as an operator runs
 * it. Starts the production command (`npm run start:prod`'s node line, read
 * from package.json, so the bench runs exactly what the README documents) on
 * the compiled build against a fake Bot API over HTTP, then N people (default
 * 10,000) each open a report and answer its first question, and go silent.
 * Prints the resident memory (VmRSS from /proc) of every process of the run —
 * the bot, the embedded database, and npm/tsx/esbuild when `--command` runs
 * something else — idle and loaded, the cost per open draft, and the time
 * from the start to the first getUpdates.
 *
 * Options: --people N (default 10000); --settle S seconds of silence before
 * the loaded figure (default 10); --command "npm start" measures another
 * command (e.g. the development one); --no-build skips `npm run build`.
 */
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Update } from "grammy/types";
import { formButton, START_REPORT } from "../src/flows/report/callback-data.js";
import { formSteps } from "../test/helpers/form-script.js";
import { FakeBotApiServer } from "../test/helpers/fake-bot-api-server.js";
import { freePort } from "../test/helpers/free-port.js";

const option = (name: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : undefined;
};
const PEOPLE = Number(option("people") ?? 10_000);
const SETTLE_MS = Number(option("settle") ?? 10) * 1000;
const PRODUCTION = JSON.parse(readFileSync("package.json", "utf8")).scripts["start:prod"] as string;
const COMMAND = (option("command") ?? PRODUCTION.replace(/^exec /, "")).split(/\s+/);
const MiB = 2 ** 20;

if (!process.argv.includes("--no-build") && COMMAND.includes("dist/main.js")) {
  console.log("building (npm run build)…");
  const build = spawnSync("npm", ["run", "--silent", "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(1);
}

interface Proc {
  pid: number;
  name: string;
  rssKiB: number;
}

/** Every live process of the tree under `root` (the command, its children, theirs), with its resident memory. */
function processTree(root: number): Proc[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // gone meanwhile
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) for (const [pid, ppid] of parents) if (ppid === tree[i]) tree.push(pid);
  return tree.flatMap((pid) => {
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      const rssKiB = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      const argv = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
      return [{ pid, name: describe(argv), rssKiB }];
    } catch {
      return [];
    }
  });
}

function describe(argv: string[]): string {
  const program = path.basename(argv[0] ?? "?");
  if (program.startsWith("embedded-db")) return "embedded database";
  if (argv.some((arg) => arg.includes("esbuild"))) return "esbuild service";
  if (argv.some((arg) => arg.endsWith("npm-cli.js")) || program.startsWith("npm")) return "npm";
  if (argv.some((arg) => /tsx\/dist\/cli/.test(arg)) || argv[1]?.endsWith("/tsx")) return "tsx wrapper";
  if (argv.some((arg) => arg.endsWith("main.js") || arg.endsWith("main.ts"))) return "bot";
  return argv.slice(0, 3).join(" ").slice(0, 60);
}

const sum = (procs: Proc[]) => procs.reduce((total, p) => total + p.rssKiB, 0) / 1024;
const show = (procs: Proc[]) => procs.map((p) => `${p.name} ${(p.rssKiB / 1024).toFixed(0)}`).join(" + ");

/** The bot's own view: V8 heap used and total, from its /metrics (prom-client's default metrics). */
async function heap(port: number): Promise<string> {
  try {
    const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    const value = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, "m").exec(text)?.[1] ?? NaN) / MiB;
    return `; bot's V8 heap: ${value("nodejs_heap_size_used_bytes").toFixed(0)} MiB used of ${value("nodejs_heap_size_total_bytes").toFixed(0)}`;
  } catch {
    return ""; // a command without /metrics
  }
}

const port = await freePort();
const api = new FakeBotApiServer();
let answered = 0;
api.interceptor = (call) => {
  if (call.method === "answerCallbackQuery") answered++;
  return undefined;
};
await api.start();
const dataDir = mkdtempSync(path.join(os.tmpdir(), "bench-memory-"));
const started = performance.now();
const child = spawn(COMMAND[0]!, COMMAND.slice(1), {
  env: {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    BOT_TOKEN: "123456:BENCH",
    TELEGRAM_API_ROOT: api.url,
    DATA_DIR: dataDir,
    LOG_LEVEL: "warn",
    NODE_ENV: "production",
    REPORTS_KEY: randomBytes(32).toString("base64"),
    PORT: String(port),
  },
  stdio: ["ignore", "inherit", "inherit"],
});
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

try {
  await api.waitFor("getUpdates", undefined, 5 * 60_000);
  const startupMs = performance.now() - started;
  console.log(`command: ${COMMAND.join(" ")}`);
  console.log(`start-up to the first getUpdates: ${startupMs.toFixed(0)} ms`);
  await sleep(SETTLE_MS);
  const idle = processTree(child.pid!);
  console.log(`idle:   ${sum(idle).toFixed(0)} MiB (${show(idle)})${await heap(port)}`);

  // Each person presses "Report a detention" and answers the first question, then says nothing more.
  const first = formSteps("detention")[0]!;
  const roleAnswer = first.step.kind === "choice" ? formButton(first.step.id, first.input as string) : undefined;
  const press = (userId: number, data: string): Omit<Update, "update_id"> => {
    const from = { id: userId, is_bot: false, first_name: "Bench", language_code: "ru" };
    const chat = { id: userId, type: "private" as const, first_name: "Bench" };
    return {
      callback_query: { id: `${userId}:${data}`, from, chat_instance: "b", data, message: { message_id: 1, date: 0, chat, text: "q" } },
    };
  };
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, sum(processTree(child.pid!)))), 500);
  const loadStarted = performance.now();
  for (const [round, data] of [START_REPORT.detention, roleAnswer].filter((d) => d !== undefined).entries()) {
    for (let i = 0; i < PEOPLE; i++) {
      api.push(press(10_000_000 + i, data));
      // The queue is fed as Telegram would: at most a few thousand waiting at once.
      while (i - (answered - round * PEOPLE) > 2_000) await sleep(50);
    }
    while (answered < (round + 1) * PEOPLE) await sleep(100);
  }
  const loadSeconds = (performance.now() - loadStarted) / 1000;
  console.log(`${PEOPLE} people opened a report and answered its first question in ${loadSeconds.toFixed(1)} s; now silent`);
  await sleep(SETTLE_MS);
  clearInterval(sampler);
  const loaded = processTree(child.pid!);
  const perDraft = PEOPLE > 0 ? ((sum(loaded) - sum(idle)) * MiB) / PEOPLE / 1024 : 0;
  console.log(
    `loaded: ${sum(loaded).toFixed(0)} MiB (${show(loaded)}), after ${SETTLE_MS / 1000} s of silence; peak while loading ${peak.toFixed(0)} MiB${await heap(port)}`,
  );
  if (PEOPLE > 0) console.log(`per open draft: ${perDraft.toFixed(1)} KiB (loaded − idle, all processes)`);
  const goal = COMMAND.includes("dist/main.js") ? "goal: ≤ 150 MiB idle, ≤ 200 MiB with 10,000 open drafts" : "";
  if (goal) console.log(goal);
} finally {
  child.kill("SIGTERM");
  await new Promise((resolve) => child.once("exit", resolve));
  await api.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
