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
    await raw("reports").insertOne({
      _id: report.code,
      reportId: report.id,
      open,
      sealed: storage.cipher.encryptJson(sensitive, `report:${report.code}`),
      createdAt: new Date(),
    });
    expect(await storage.reports.findByCode(report.code)).toEqual(report);
  });

  it("leads with a clear chat id and name are sealed at start, and still found by chat", async () => {
    await raw("leads").insertOne({
      _id: "old-lead",
      chatId: 6_060_606,
      kind: "person",
      sector: "lawyer",
      scope: "national",
      role: "primary",
      onDuty: true,
      locale: "ru",
      label: "Old Lead (@oldlead)",
      enrolledAt: new Date(),
    });
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
    await collection.insertOne({
      _id: "pseudonym-of-chat",
      json: storage.cipher.encryptBytes(deflateRawSync(JSON.stringify({ step: 7 })), "pseudonym-of-chat"),
      updatedAt: new Date(),
    });
    const store = new JsonStore<{ step: number }>(collection, {
      cipher: storage.cipher,
      idOf: (key) => storage.cipher.keyedId("conversation", key),
    });
    await store.ensureIndexes();
    await store.ensureIndexes();
    expect(await collection.findOne({ _id: "pseudonym-of-chat" })).toBeNull();
    expect(await collection.countDocuments()).toBe(1);
    expect(await store.read("pseudonym-of-chat")).toEqual({ step: 7 });
  });

  it("evidence with a clear hash, cases with a clear taker, jobs and alerts with a clear chat id are still read", async () => {
    const code = "OLDF-2345";
    await raw("evidence").insertOne({
      _id: `${code}#0`,
      code,
      index: 0,
      kind: "photo",
      size: 12,
      receivedAt: new Date(1_000),
      state: "hashed",
      sha256: "ab".repeat(32),
      hashedAt: new Date(2_000),
      attempts: 0,
    });
    expect(await storage.evidence.forReport(code)).toMatchObject([{ sha256: "ab".repeat(32), size: 12, state: "hashed" }]);
    await raw("cases").insertOne({
      _id: `${code}|lawyer`,
      code,
      sector: "lawyer",
      region: "almaty",
      rank: 1,
      status: "taken",
      level: "primary",
      createdAt: new Date(5_000),
      takenBy: "lead-1",
      takenAt: new Date(6_000),
      closedAt: null,
      outcome: null,
    });
    expect(await storage.cases.get(code, "lawyer")).toMatchObject({
      takenBy: "lead-1",
      takenAt: new Date(6_000),
      createdAt: new Date(5_000),
    });
    await raw("outbox").insertOne({
      _id: `${code}|777`,
      code,
      chatId: 777,
      sectors: ["lawyer"],
      level: "primary",
      locale: "en",
      rank: 1,
      createdAt: new Date(0),
      dueAt: new Date(0),
      attempts: 0,
      placeholderId: null,
      lastError: null,
    });
    expect((await storage.outbox.due(new Date(), 10)).find((job) => job.code === code)?.chatId).toBe(777);
    expect((await storage.outbox.due(new Date(), 10, [777])).find((job) => job.code === code)).toBeUndefined();
    await raw("alerts").insertOne({
      _id: `${code}|778`,
      code,
      chatId: 778,
      messageId: 9,
      sectors: ["lawyer"],
      level: "primary",
      locale: "en",
      deliveredAt: new Date(),
    });
    expect(await storage.outbox.alertsFor(code)).toMatchObject([{ chatId: 778, messageId: 9 }]);
  });

  it("are sealed and re-keyed at the next start, once, and read the same afterwards", async () => {
    const code = "OLDG-2345";
    const report = sampleReport({ role: "self", name: "Migrated Person" });
    const { open, sensitive } = splitSensitive(report);
    await raw("reports").insertOne({
      _id: report.code,
      reportId: report.id,
      open,
      sealed: storage.cipher.encryptJson(sensitive, `report:${report.code}`),
      createdAt: new Date(1_700_000_123_456),
    });
    await raw("evidence").insertOne({
      _id: `${code}#0`,
      code,
      index: 0,
      kind: "photo",
      size: 4321,
      receivedAt: new Date(1_000),
      state: "hashed",
      sha256: "cd".repeat(32),
      hashedAt: new Date(2_000),
      attempts: 0,
    });
    await raw("cases").insertOne({
      _id: `${code}|lawyer`,
      code,
      sector: "lawyer",
      region: "almaty",
      rank: 1,
      status: "taken",
      level: "primary",
      createdAt: new Date(5_000),
      takenBy: "lead-secret-id",
      takenAt: new Date(6_000),
      closedAt: null,
      outcome: null,
    });
    await raw("outbox").insertOne({
      _id: `${code}|8080808`,
      code,
      chatId: 8_080_808,
      sectors: ["lawyer"],
      level: "primary",
      locale: "en",
      rank: 1,
      createdAt: new Date(0),
      dueAt: new Date(0),
      attempts: 0,
      placeholderId: null,
      lastError: null,
    });
    await raw("alerts").insertOne({
      _id: `${code}|8080809`,
      code,
      chatId: 8_080_809,
      messageId: 9,
      sectors: ["lawyer"],
      level: "primary",
      locale: "en",
      deliveredAt: new Date(),
    });
    await raw("relays").insertOne({
      _id: "pseudonymOfReporterChat0000:55",
      code,
      to: { side: "lead", chatId: 8_080_810 },
      createdAt: new Date(),
    });
    await raw("invites").insertOne({
      _id: "tokenhash",
      sector: "lawyer",
      scope: "national",
      role: "primary",
      createdBy: 8_080_811,
      expiresAt: new Date(Date.now() + 3600_000),
      usedAt: null,
    });
    await raw("pending_enrolments").insertOne({
      _id: "pending-old",
      sector: "lawyer",
      scope: "national",
      role: "primary",
      createdBy: 8_080_811,
      expiresAt: new Date(),
      chatId: 8_080_812,
      kind: "person",
      label: "Pending Oldname",
      locale: "en",
      createdAt: new Date(),
    });

    for (let start = 0; start < 2; start++) {
      const reopened = await openStorage({ uri: inject("mongoUri"), dbName: storage.db.databaseName, cipher: storage.cipher });
      try {
        for (const name of ["reports", "evidence", "cases", "outbox", "alerts", "relays", "invites", "pending_enrolments"]) {
          const text = JSON.stringify(await raw(name).find({}).toArray());
          for (const needle of [
            "Migrated Person",
            '"self"',
            "4321",
            "cd".repeat(32),
            "lead-secret-id",
            "8080808",
            "8080809",
            "8080810",
            "8080811",
            "8080812",
            "Pending Oldname",
            "pseudonymOfReporterChat",
            "1700000123456",
            "T22:15:23",
          ]) {
            expect(`${name}: ${text.includes(needle) ? needle : "clean"}`).toBe(`${name}: clean`);
          }
        }
        expect(await reopened.reports.findByCode(report.code)).toEqual(report);
        expect(await reopened.evidence.forReport(code)).toMatchObject([{ sha256: "cd".repeat(32), size: 4321 }]);
        expect(await reopened.cases.get(code, "lawyer")).toMatchObject({ takenBy: "lead-secret-id", createdAt: new Date(5_000) });
        expect((await reopened.outbox.due(new Date(), 100)).filter((job) => job.code === code).map((job) => job.chatId)).toEqual([
          8_080_808,
        ]);
        expect(await reopened.outbox.alertsFor(code)).toMatchObject([{ chatId: 8_080_809, messageId: 9 }]);
        expect(await reopened.relays.find("pseudonymOfReporterChat0000", 55)).toMatchObject({
          code,
          to: { side: "lead", chatId: 8_080_810 },
        });
        expect(await raw("relays").countDocuments()).toBe(1);
      } finally {
        await reopened.close();
      }
    }
    expect(await storage.invites.takePending("pending-old")).toMatchObject({
      chatId: 8_080_812,
      label: "Pending Oldname",
      createdBy: 8_080_811,
    });
  });
});
