import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedServer, type EmbeddedServer } from "../../src/storage/embedded-server.js";

declare module "vitest" {
  export interface ProvidedContext {
    mongoUri: string;
  }
}

let server: EmbeddedServer | undefined;
let dataDir: string | undefined;

/** Starts one embedded server for the run, unless MONGODB_URI points at a real MongoDB. */
export async function setup(project: TestProject): Promise<void> {
  if (process.env.MONGODB_URI) {
    project.provide("mongoUri", process.env.MONGODB_URI);
    return;
  }
  dataDir = await mkdtemp(path.join(os.tmpdir(), "rights-bot-test-"));
  server = await startEmbeddedServer({ dataDir, info: (message) => console.log(message) });
  project.provide("mongoUri", server.uri);
}

export async function teardown(): Promise<void> {
  await server?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}
