import { createHash } from "node:crypto";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { telegramFileHasher } from "../src/bot/telegram-files.js";
import { EvidenceHasher } from "../src/jobs/evidence-hasher.js";
import { fileContent } from "./helpers/fake-telegram.js";
import { FormWalker } from "./helpers/form-walker.js";
import { createTestBot } from "./helpers/harness.js";
import { openTestStorage } from "./helpers/test-storage.js";
import { command, file, person, photo } from "./helpers/updates.js";

let storage: Awaited<ReturnType<typeof openTestStorage>>;
beforeAll(async () => {
  storage = await openTestStorage();
});
afterAll(() => storage.drop());

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** Submits a report with a photo and a 30 MB video (too large for a bot to download). */
async function reportWithFiles() {
  const harness = createTestBot(storage);
  const user = person(80_000 + Math.floor(Math.random() * 1000), "en");
  const w = new FormWalker(harness.telegram, harness.send, user);
  await harness.send(command(user, "start"));
  await w.choose("report:ill-treatment");
  for (const answer of ["witness", "group", "6-20", "no", "no", "yesterday"]) await w.choose(answer);
  await w.type("Skip");
  for (const answer of ["shymkent", "beating", "done", "yes", "unknown", "police", "no", "no", "skip"]) await w.choose(answer);
  await harness.send(photo(user));
  await harness.send(file(user, "video", { mime: "video/mp4", size: 30 * 1024 * 1024 }));
  await w.choose("done");
  await w.choose("bot");
  await w.choose("submit");
  const code = /([2-9A-Z]{4}-[2-9A-Z]{4})/.exec(harness.telegram.texts().find((t) => t.includes("Reference code"))!)![1]!;
  return { ...harness, code };
}

describe("chain of custody", () => {
  it("records every file, hashes what a bot may download, and marks what it may not", async () => {
    const r = await reportWithFiles();
    const report = (await storage.reports.findByCode(r.code))!;
    const before = await storage.evidence.forReport(r.code);
    expect(before.map((e) => [e.kind, e.state])).toEqual([
      ["photo", "pending"],
      ["video", "too-large"],
    ]);

    const hasher = new EvidenceHasher({
      evidence: storage.evidence,
      reports: storage.reports,
      hashFile: telegramFileHasher(r.bot.api, "123456:TEST-token", "https://api.telegram.org", r.telegram.fetch),
      logger: pino({ level: "silent" }),
    });
    await hasher.runOnce();
    const after = await storage.evidence.forReport(r.code);
    expect(after[0]).toMatchObject({ state: "hashed", sha256: sha256(fileContent(report.evidence[0]!.fileId)) });
    expect(after[0]!.hashedAt).toBeInstanceOf(Date);
    expect(after[1]).toMatchObject({ state: "too-large", sha256: null, size: 30 * 1024 * 1024 });
    expect(r.telegram.callsOf("getFile").map((c) => c.payload.file_id)).toEqual([report.evidence[0]!.fileId]);
    expect(await hasher.runOnce()).toBe(0);
  });

  it("retries a failed download later, with a growing delay, and survives a restart", async () => {
    const r = await reportWithFiles();
    let now = Date.now();
    let fail = true;
    const hashFile = async (fileId: string) => {
      if (fail) throw new Error("network down");
      return sha256(fileContent(fileId));
    };
    const logger = pino({ level: "silent" });
    const first = new EvidenceHasher({ evidence: storage.evidence, reports: storage.reports, hashFile, logger, now: () => now });
    await first.runOnce();
    expect((await storage.evidence.forReport(r.code))[0]).toMatchObject({ state: "pending", attempts: 1 });
    expect(await first.runOnce()).toBe(0); // not due yet

    // A new process picks the queue up from the database.
    fail = false;
    now += 31_000;
    const second = new EvidenceHasher({ evidence: storage.evidence, reports: storage.reports, hashFile, logger, now: () => now });
    await second.runOnce();
    expect((await storage.evidence.forReport(r.code))[0]).toMatchObject({ state: "hashed", attempts: 1 });
  });
});
