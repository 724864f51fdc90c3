/** Runs the bot the way a person does: `npm start` in the project directory. */
import { spawn, type ChildProcess } from "node:child_process";

export interface BotProcess {
  child: ChildProcess;
  output(): string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
  /** SIGTERM to the whole process group (npm, tsx, node, the embedded database). */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export function startBotProcess(env: Record<string, string | undefined>): BotProcess {
  const baseEnv: Record<string, string | undefined> = { PATH: process.env.PATH, HOME: process.env.HOME, GOPATH: process.env.GOPATH, GOCACHE: process.env.GOCACHE, GOMODCACHE: process.env.GOMODCACHE };
  const child = spawn("npm", ["start", "--silent"], { cwd: process.cwd(), env: { ...baseEnv, ...env }, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return {
    child,
    output: () => output,
    exited,
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(-child.pid!, signal);
        } catch {
          // already gone
        }
      }
      return exited;
    },
  };
}
