/** Runs the bot the way a person does: `npm start` in the project directory. */
import { spawn, type ChildProcess } from "node:child_process";

export interface BotProcess {
  child: ChildProcess;
  output(): string;
  /**
   * Resolves with npm's exit code once every process that shares its output
   * (npm, tsx, the bot) has exited: npm itself may leave before its child.
   */
  exited: Promise<number | null>;
  /** Sends `signal` to npm, as a process manager would, and waits for it to exit. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  /** SIGKILL to the whole process group: a crash, with nothing cleaned up but what the OS does. */
  kill(): Promise<number | null>;
}

export function startBotProcess(env: Record<string, string | undefined>): BotProcess {
  const baseEnv: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GOPATH: process.env.GOPATH,
    GOCACHE: process.env.GOCACHE,
    GOMODCACHE: process.env.GOMODCACHE,
    // One instance restarted by its service manager takes its lease back at once (src/serve/lease.ts);
    // tests of two instances name each.
    INSTANCE_ID: "test-bot",
  };
  const child = spawn("npm", ["start", "--silent"], {
    cwd: process.cwd(),
    env: { ...baseEnv, ...env },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("close", (code) => resolve(code)));
  return {
    child,
    output: () => output,
    exited,
    async stop(signal = "SIGTERM") {
      child.kill(signal);
      return exited;
    },
    async kill() {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
      return exited;
    },
  };
}
