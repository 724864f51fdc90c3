import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NO_ALLIANCE } from "../src/config/alliance.js";
import { Dispatcher } from "../src/delivery/dispatcher.js";
import { RateLimiter } from "../src/delivery/rate-limiter.js";
import { Router } from "../src/delivery/router.js";
import { SendFailureError, type AlertTransport } from "../src/delivery/transport.js";
import type { DeliveryJob } from "../src/storage/outbox-store.js";
import { sampleReport } from "./helpers/sample-report.js";
import { openTestStorage } from "./helpers/test-storage.js";

let storage: Awaited<ReturnType<typeof openTestStorage>>;
beforeAll(async () => {
  storage = await openTestStorage();
});
afterAll(() => storage.drop());

const logger = pino({ level: "silent" });
const free = () => new RateLimiter({ perSecond: 1e6, perChatMs: 0, perGroupPerMinute: 1e6 });

/** A transport that records what it was asked to do, and can fail on cue. */
class RecordingTransport implements AlertTransport {
  readonly placeholders: string[] = [];
  readonly writes: Array<[string, number]> = [];
  failNext: Array<SendFailureError | Error> = [];
  private nextId = 1;
  async placeholder(job: DeliveryJob) {
    const failure = this.failNext.shift();
    if (failure) throw failure;
    this.placeholders.push(job._id);
    return this.nextId++;
  }
  async write(job: DeliveryJob, messageId: number) {
    this.writes.push([job._id, messageId]);
  }
}

let chat = 9_000_000;
async function queueJob(rank: number, extra: Partial<DeliveryJob> = {}) {
  const report = sampleReport();
  await storage.reports.save(report, 1);
  const job = {
    code: report.code,
    chatId: chat++,
    sectors: ["lawyer" as const],
    level: "primary" as const,
    locale: "en" as const,
    rank,
    createdAt: new Date(),
  };
  await storage.outbox.addJob(job);
  if (extra.placeholderId) await storage.outbox.recordPlaceholder(storage.outbox.jobId(report.code, job.chatId), extra.placeholderId);
  return storage.outbox.jobId(report.code, job.chatId);
}

describe("the dispatcher", () => {
  it("sends the most urgent first", async () => {
    const transport = new RecordingTransport();
    const low = [await queueJob(0), await queueJob(0), await queueJob(0)];
    const urgent = await queueJob(62);
    const middle = await queueJob(8);
    const dispatcher = new Dispatcher({ outbox: storage.outbox, transport, logger, limiter: free(), concurrency: 1 });
    await dispatcher.drain();
    expect(transport.placeholders.slice(0, 2)).toEqual([urgent, middle]);
    expect(transport.placeholders.slice(2).sort()).toEqual(low.sort());
  });

  it("after a crash between the placeholder and the alert, only writes the alert", async () => {
    const transport = new RecordingTransport();
    const id = await queueJob(0, { placeholderId: 4242 });
    await new Dispatcher({ outbox: storage.outbox, transport, logger, limiter: free() }).drain();
    expect(transport.placeholders).not.toContain(id);
    expect(transport.writes).toContainEqual([id, 4242]);
    expect((await storage.outbox.alertsFor(id.split("|")[0]!))[0]?.messageId).toBe(4242);
  });

  it("waits out a 429 for as long as Telegram says, and backs off on server errors", async () => {
    let now = Date.parse("2026-12-16T10:00:00Z");
    const transport = new RecordingTransport();
    const id = await queueJob(0);
    transport.failNext = [new SendFailureError({ kind: "rate-limited", retryAfterSeconds: 3 })];
    const dispatcher = new Dispatcher({ outbox: storage.outbox, transport, logger, limiter: new RateLimiter(), now: () => now });
    await dispatcher.drain();
    const job = await storage.outbox.jobs.findOne({ _id: id });
    expect(job).toMatchObject({ attempts: 1, lastError: "rate-limited" });
    expect(job!.dueAt.getTime()).toBe(now + 3_000);
    now += 3_000;
    await dispatcher.drain();
    expect(transport.placeholders).toContain(id);
    expect(await storage.outbox.jobs.findOne({ _id: id })).toBeNull();
  });

  it("gives up on a lead who blocked the bot and tells the caller, so the alert goes further", async () => {
    const transport = new RecordingTransport();
    const id = await queueJob(0);
    transport.failNext = [new SendFailureError({ kind: "rejected", status: 403, description: "Forbidden: bot was blocked by the user" })];
    const abandoned: string[] = [];
    await new Dispatcher({
      outbox: storage.outbox,
      transport,
      logger,
      limiter: free(),
      onAbandoned: (job) => void abandoned.push(job._id),
    }).drain();
    expect(abandoned).toEqual([id]);
    expect(await storage.outbox.jobs.findOne({ _id: id })).toBeNull();
  });
});

describe("the router", () => {
  it("writes one job per report and chat, however often it runs, and survives a report stored after its queue entry", async () => {
    await storage.leads.add({
      chatId: 777,
      kind: "person",
      sector: "coordinator",
      scope: "national",
      role: "primary",
      onDuty: true,
      locale: "en",
      label: "c",
    });
    const router = new Router({
      reports: storage.reports,
      outbox: storage.outbox,
      cases: storage.cases,
      leads: storage.leads,
      alliance: NO_ALLIANCE,
      logger,
      localeOf: () => Promise.resolve("en"),
    });
    await router.runOnce(); // what the tests above left queued
    const report = sampleReport({ lawyer: "admitted" }); // concerns nobody in particular: the coordinator
    await storage.outbox.enqueueRouting(report.code);
    expect(await router.runOnce()).toBe(0); // not stored yet: left in the queue
    await storage.reports.save(report, 5);
    expect(await router.runOnce()).toBe(1);
    await router.route(report);
    await storage.outbox.enqueueRouting(report.code);
    await router.runOnce();
    const jobs = await storage.outbox.due(new Date(Date.now() + 60_000), 100).then((all) => all.filter((j) => j.code === report.code));
    expect(jobs.map((j) => [j.chatId, j.sectors])).toEqual([[777, ["coordinator"]]]);
    expect(await storage.cases.forReport(report.code)).toHaveLength(1);
  });
});
