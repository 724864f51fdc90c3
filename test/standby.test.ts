/**
 * Two real bot processes (`npm start`) against one database: the lease
 * (src/serve/lease.ts) makes one active and the other a standby, which takes
 * over when the active one is SIGKILLed. Each process reaches the fake Bot API
 * under a path of its own, so every call says which process made it.
 */
import { afterEach, describe, expect, it } from "vitest";
import { seededRandom } from "./helpers/alert-ledger.js";
import { startBotProcess, type BotProcess } from "./helpers/bot-process.js";
import type { FakeBotApiServer, RecordedCall } from "./helpers/fake-bot-api-server.js";
import { freePort } from "./helpers/free-port.js";
import { expectExactlyOnce, expectedAlerts, reportNumber, setUp, type Setup } from "./helpers/reliability-setup.js";

const TAKEOVER_LIMIT_MS = 15_000;
const REPORTS = 200;
const RUN_LIMIT_MS = 150_000;

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
});

interface Instance {
  id: string;
  process: BotProcess;
}

function startInstance(setup: Setup, id: string, extra: Record<string, string> = {}): Instance {
  const process = startBotProcess({ ...setup.env, TELEGRAM_API_ROOT: `${setup.api.url}/${id}`, INSTANCE_ID: id, ...extra });
  cleanups.push(() => process.kill());
  return { id, process };
}

/** Waits for the first getUpdates by `id` after `since`: that process is active. */
async function pollsFrom(api: FakeBotApiServer, id: string, since: number, timeoutMs: number, output: () => string) {
  return api
    .waitFor("getUpdates", (call) => (call as RecordedCall).via === id && (call as RecordedCall).at >= since, timeoutMs)
    .catch((error) => {
      throw new Error(`${(error as Error).message}\n--- process output ---\n${output().slice(-3000)}`);
    });
}

/** How many times the process polling for updates changed, over the whole run. */
function pollerChanges(api: FakeBotApiServer): number {
  const vias = api.callsOf("getUpdates").map((call) => call.via);
  return vias.filter((via, i) => i > 0 && via !== vias[i - 1]).length;
}

describe("two bot processes against one database", () => {
  it("only the holder of the lease polls; the standby says so on /healthz and takes over within 15 s of a SIGKILL", async () => {
    const setup = await setUp(cleanups);
    const a = startInstance(setup, "a");
    await pollsFrom(setup.api, "a", 0, 60_000, () => a.process.output());
    const port = await freePort();
    const b = startInstance(setup, "b", { PORT: String(port) });
    // The standby: up (its /healthz answers "standby" with 200), but taking no updates.
    let health: { status: number; body: { status?: string } } | undefined;
    for (let tries = 0; tries < 120 && health?.body.status !== "standby"; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      const response = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined);
      if (response) health = { status: response.status, body: (await response.json()) as { status?: string } };
    }
    expect(health).toEqual({ status: 200, body: expect.objectContaining({ status: "standby" }) });
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(setup.api.callsOf("getUpdates").filter((call) => call.via === "b")).toEqual([]);

    const killedAt = Date.now();
    await a.process.kill();
    const first = await pollsFrom(setup.api, "b", killedAt, TAKEOVER_LIMIT_MS, () => b.process.output());
    console.log(
      `standby takeover: the standby polled ${((first.at - killedAt) / 1000).toFixed(1)} s after the active process was SIGKILLed`,
    );
    // Now active, its /healthz no longer says "standby".
    await expect
      .poll(async () => ((await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()) as { status: string }).status)
      .not.toBe("standby");
    expect(pollerChanges(setup.api)).toBe(1);
  }, 120_000);

  it(
    `${REPORTS} reports while the active process is killed 3 times and the standby takes over each time: none lost, no alert twice`,
    async () => {
      const setup = await setUp(cleanups);
      const random = seededRandom(20261203);
      const started = Date.now();
      const ids = ["one", "two"];
      const instances = new Map(ids.map((id) => [id, startInstance(setup, id)]));
      const reports = Array.from({ length: REPORTS }, (_, i) => reportNumber(i));
      const submitter = (async () => {
        for (const [i, report] of reports.entries()) {
          await setup.storage.reports.save(report, 900_000 + i);
          await new Promise((resolve) => setTimeout(resolve, 100)); // 10 reports a second for 20 s
        }
      })();

      const first = await Promise.race(ids.map((id) => pollsFrom(setup.api, id, 0, 60_000, () => instances.get(id)!.process.output())));
      let active = first.via!;
      const takeovers: number[] = [];
      for (let kill = 0; kill < 3; kill++) {
        await new Promise((resolve) => setTimeout(resolve, 1_000 + random() * 2_000));
        const standby = ids.find((id) => id !== active)!;
        const killedAt = Date.now();
        await instances.get(active)!.process.kill();
        const polled = await pollsFrom(setup.api, standby, killedAt, TAKEOVER_LIMIT_MS, () => instances.get(standby)!.process.output());
        takeovers.push(polled.at - killedAt);
        // The service manager starts the killed one again: it finds the lease held, and stands by.
        instances.set(active, startInstance(setup, active));
        active = standby;
      }
      await submitter;
      await expectExactlyOnce(setup, expectedAlerts(setup, reports), started + RUN_LIMIT_MS).catch((error) => {
        throw new Error(
          `${(error as Error).message}\n--- active process output ---\n${instances.get(active)!.process.output().slice(-3000)}`,
        );
      });
      expect(await setup.storage.reports.count()).toBe(REPORTS);
      expect(await setup.storage.outbox.pendingCount()).toBe(0);
      expect(pollerChanges(setup.api)).toBe(3);
      console.log(
        `standby run: ${REPORTS} reports, 3 SIGKILLs of the active process, takeovers in ${takeovers.map((ms) => (ms / 1000).toFixed(1)).join(", ")} s; ` +
          `every alert exactly once, all within ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    },
    RUN_LIMIT_MS + 30_000,
  );
});
