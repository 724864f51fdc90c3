/**
 * `npm run playground`: the bot, unchanged (`npm start`), against the Bot API stand-in, with a chat
 * page at http://127.0.0.1:8080 (PLAYGROUND_PORT to change; 0 picks a free port). The bot runs on the
 * sample deployment file, a fresh key and a temporary data directory removed on exit: nothing of a
 * real deployment is read or touched, and nothing leaves the machine.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { StandIn } from "./stand-in.js";
import type { Persona } from "./telegram-objects.js";

const ALLIANCE_CONFIG = "deploy/alliance.example.yaml";
const STOP_GRACE_MS = 20_000;

const admins = (parse(readFileSync(ALLIANCE_CONFIG, "utf8")) as { admins?: number[] }).admins ?? [];
const personas: Persona[] = [
  { id: 700001, name: "Aigerim", language: "ru" },
  ...admins.slice(0, 1).map((id) => ({ id, name: "Admin", language: "ru" })),
];
const port = Number(process.env.PLAYGROUND_PORT ?? 8080);
const dataDir = mkdtempSync(path.join(tmpdir(), "rights-playground-"));
const standIn = new StandIn({ personas, port });
const url = await standIn.start().catch((error: unknown) => {
  rmSync(dataDir, { recursive: true, force: true });
  console.error(
    `Playground: cannot listen on 127.0.0.1:${port} (${error instanceof Error ? error.message : String(error)}); set PLAYGROUND_PORT`,
  );
  process.exit(1);
});

const bot = spawn("npm", ["start", "--silent"], {
  env: {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GOPATH: process.env.GOPATH,
    GOCACHE: process.env.GOCACHE,
    GOMODCACHE: process.env.GOMODCACHE,
    TMPDIR: process.env.TMPDIR,
    NODE_ENV: "development",
    BOT_TOKEN: "123456:PLAYGROUND-not-a-real-token",
    TELEGRAM_API_ROOT: url,
    DATA_DIR: dataDir,
    REPORTS_KEY: randomBytes(32).toString("base64"),
    ALLIANCE_CONFIG,
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
  },
  // A group of its own: Ctrl-C reaches the playground, which stops the bot (and its database) in order.
  detached: true,
  stdio: ["ignore", "pipe", "pipe"],
});
bot.stdout.pipe(process.stdout);
bot.stderr.pipe(process.stderr);
// "close", not "exit": npm may leave before the bot; the pipes close when the bot (and its database) are gone.
const botExited = new Promise<number | null>((resolve) => bot.once("close", (code) => resolve(code)));
console.log(
  `Playground: starting the bot (data in ${dataDir}, removed on exit; its database takes a few seconds, its very first build about a minute)…`,
);

let stopping: Promise<never> | undefined;
/** Stops the bot (it stops its database), then the stand-in, removes the data and exits; once. */
function stop(code: number): Promise<never> {
  stopping ??= (async () => {
    if (bot.exitCode === null && bot.signalCode === null) {
      bot.kill("SIGTERM");
      const killer = setTimeout(() => killGroup(), STOP_GRACE_MS);
      await botExited;
      clearTimeout(killer);
    }
    await standIn.stop();
    rmSync(dataDir, { recursive: true, force: true });
    console.log("Playground: stopped; its data is removed.");
    process.exit(code);
  })();
  return stopping;
}

function killGroup(): void {
  try {
    process.kill(-bot.pid!, "SIGKILL");
  } catch {
    // already gone
  }
}

process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
void botExited.then((code) => {
  if (!stopping) console.error(`Playground: the bot exited (code ${code}).`);
  return stop(code ?? 1);
});

await standIn.polling;
const admin = personas[1];
console.log(
  `Playground ready: open ${url} in a browser. You chat with the bot as "${personas[0]!.name}"; send /start. ` +
    `Change the name and the Telegram language (kk, ru, en) at the top. ` +
    (admin
      ? `Switch "Act as" to "${admin.name}" (id ${admin.id}, the sample deployment's admin) to see the alliance's side: a report's alert comes to that chat. `
      : "") +
    `Nothing leaves this machine and the data is removed when you stop the playground (Ctrl-C). Not for real reports.`,
);
