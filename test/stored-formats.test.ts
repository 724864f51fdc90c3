/**
 * Databases written before records were sealed and keyed: the bot reads
 * records of the earlier format, and migrates at start what it must find by
 * a new key (leads, unfinished drafts). Each record is written raw, as the
 * earlier version wrote it.
 */
import { deflateRawSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { splitSensitive } from "../src/reports/report.js";
import { openStorage } from "../src/storage/database.js";
import { JsonStore, type JsonDocument } from "../src/storage/json-store.js";
import { sampleReport } from "./helpers/sample-report.js";
import { openTestStorage } from "./helpers/test-storage.js";
import { inject } from "vitest";

let storage: Awaited<ReturnType<typeof openTestStorage>>;
beforeAll(async () => {
  storage = await openTestStorage();
});
afterAll(() => storage.drop());

const raw = (name: string) => storage.db.collection<Record<string, unknown> & { _id: string }>(name);

describe("records of the earlier format", () => {
  it("a report with the larger clear part is read back whole", async () => {
    const report = sampleReport({ role: "self", name: "Old Format Person" });
    const { open, sensitive } = splitSensitive(report);
    await raw("reports").insertOne({ _id: report.code, reportId: report.id, open, sealed: storage.cipher.encryptJson(sensitive, `report:${report.code}`), createdAt: new Date() });
    expect(await storage.reports.findByCode(report.code)).toEqual(report);
  });

  it("leads with a clear chat id and name are sealed at start, and still found by chat", async () => {
    await raw("leads").insertOne({ _id: "old-lead", chatId: 6_060_606, kind: "person", sector: "lawyer", scope: "national", role: "primary", onDuty: true, locale: "ru", label: "Old Lead (@oldlead)", enrolledAt: new Date() });
    const reopened = await openStorage({ uri: inject("mongoUri"), dbName: storage.db.databaseName, cipher: storage.cipher });
    try {
      const doc = await raw("leads").findOne({ _id: "old-lead" });
      expect(JSON.stringify(doc)).not.toMatch(/6060606|Old Lead|oldlead/);
      expect(await reopened.leads.byChat(6_060_606)).toMatchObject([{ id: "old-lead", label: "Old Lead (@oldlead)", sector: "lawyer" }]);
      expect(await reopened.leads.setDuty(6_060_606, false)).toBe(1);
      // Migrating twice changes nothing.
      await reopened.leads.ensureIndexes();
      expect((await reopened.leads.all()).map((l) => [l.id, l.chatId, l.onDuty])).toEqual([["old-lead", 6_060_606, false]]);
    } finally {
      await reopened.close();
    }
  });

  it("an unfinished draft stored under the chat's pseudonym is moved to its keyed id at start", async () => {
    const collection = storage.db.collection<JsonDocument>("drafts_old");
    await collection.insertOne({ _id: "pseudonym-of-chat", json: storage.cipher.encryptBytes(deflateRawSync(JSON.stringify({ step: 7 })), "pseudonym-of-chat"), updatedAt: new Date() });
    const store = new JsonStore<{ step: number }>(collection, { cipher: storage.cipher, idOf: (key) => storage.cipher.keyedId("conversation", key) });
    await store.ensureIndexes();
    await store.ensureIndexes();
    expect(await collection.findOne({ _id: "pseudonym-of-chat" })).toBeNull();
    expect(await collection.countDocuments()).toBe(1);
    expect(await store.read("pseudonym-of-chat")).toEqual({ step: 7 });
  });

  it("evidence with a clear hash, cases with a clear taker, jobs and alerts with a clear chat id are still read", async () => {
    const code = "OLDF-2345";
    await raw("evidence").insertOne({ _id: `${code}#0`, code, index: 0, kind: "photo", size: 12, receivedAt: new Date(1_000), state: "hashed", sha256: "ab".repeat(32), hashedAt: new Date(2_000), attempts: 0 });
    expect(await storage.evidence.forReport(code)).toMatchObject([{ sha256: "ab".repeat(32), size: 12, state: "hashed" }]);
    await raw("cases").insertOne({ _id: `${code}|lawyer`, code, sector: "lawyer", region: "almaty", rank: 1, status: "taken", level: "primary", createdAt: new Date(5_000), takenBy: "lead-1", takenAt: new Date(6_000), closedAt: null, outcome: null });
    expect(await storage.cases.get(code, "lawyer")).toMatchObject({ takenBy: "lead-1", takenAt: new Date(6_000), createdAt: new Date(5_000) });
    await raw("outbox").insertOne({ _id: `${code}|777`, code, chatId: 777, sectors: ["lawyer"], level: "primary", locale: "en", rank: 1, createdAt: new Date(0), dueAt: new Date(0), attempts: 0, placeholderId: null, lastError: null });
    expect((await storage.outbox.due(new Date(), 10)).find((job) => job.code === code)?.chatId).toBe(777);
    expect((await storage.outbox.due(new Date(), 10, [777])).find((job) => job.code === code)).toBeUndefined();
    await raw("alerts").insertOne({ _id: `${code}|778`, code, chatId: 778, messageId: 9, sectors: ["lawyer"], level: "primary", locale: "en", deliveredAt: new Date() });
    expect(await storage.outbox.alertsFor(code)).toMatchObject([{ chatId: 778, messageId: 9 }]);
  });
});
