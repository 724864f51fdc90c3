import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deriveKey, loadMasterKey, pseudonymize } from "../src/security/data-key.js";
import { databaseNameIn, openStorage, redactUri } from "../src/storage/database.js";
import { JsonStore, type JsonDocument } from "../src/storage/json-store.js";
import { openTestStorage } from "./helpers/test-storage.js";
import { scratchDir } from "./helpers/scratch-dir.js";

let storage: Awaited<ReturnType<typeof openTestStorage>>;

beforeAll(async () => {
  storage = await openTestStorage();
});
afterAll(() => storage.drop());

describe("JSON store on the real server", () => {
  it("round-trips values with nested arrays as one JSON string", async () => {
    const value = { keyboard: [[{ text: "a" }], [{ text: "b" }]], "dotted.key": 1, $dollar: true };
    await storage.conversations.write("k1", value);
    expect(await storage.conversations.read("k1")).toEqual(value);
    const raw = await storage.db.collection<JsonDocument>("conversations").findOne({ _id: storage.cipher.keyedId("conversation", "k1") });
    expect(typeof raw!.json).toBe("string");
    expect(await storage.db.collection<JsonDocument>("conversations").findOne({ _id: "k1" })).toBeNull();
    await storage.conversations.delete("k1");
    expect(await storage.conversations.read("k1")).toBeUndefined();
  });

  it("overwrites and purges what has not been written since a date", async () => {
    let now = new Date("2026-01-01T00:00:00Z");
    const store = new JsonStore<{ n: number }>(storage.db.collection<JsonDocument>("purge_test"), { now: () => now });
    await store.ensureIndexes();
    await store.write("old", { n: 1 });
    now = new Date("2026-03-01T00:00:00Z");
    await store.write("new", { n: 2 });
    await store.write("new", { n: 3 });
    expect(await store.purgeOlderThan(new Date("2026-02-01T00:00:00Z"))).toBe(1);
    expect(await store.read("old")).toBeUndefined();
    expect(await store.read("new")).toEqual({ n: 3 });
  });

  it("creates its indexes at start", async () => {
    const names = (await storage.db.collection("evidence").indexes()).map((index) => Object.keys(index.key).join(","));
    expect(names).toContain("code");
    // The per-update stores carry no index but _id: each would slow every write.
    expect(
      (
        await storage.db
          .collection("conversations")
          .indexes()
          .catch(() => [])
      ).map((index) => Object.keys(index.key).join(",")),
    ).not.toContain("updatedAt");
  });
});

describe("connection problems", () => {
  it("name the variable and hide the password", async () => {
    await expect(openStorage({ uri: "mongodb://user:secret@127.0.0.1:1/x", cipher: storage.cipher })).rejects.toThrow(
      /^MONGODB_URI: cannot reach the database at mongodb:\/\/user:\*\*\*@127\.0\.0\.1:1/,
    );
  });

  it("reads the database name from the URI", () => {
    expect(databaseNameIn("mongodb://a:1,b:2/rights?replicaSet=rs")).toBe("rights");
    expect(databaseNameIn("mongodb://a:1/")).toBeUndefined();
    expect(redactUri("mongodb+srv://u:p@host/db")).toBe("mongodb+srv://u:***@host/db");
  });
});

describe("keys for data at rest", () => {
  it("generates a development key once, private to its owner, and warns", async () => {
    const dataDir = scratchDir("keys");
    const warnings: string[] = [];
    const first = await loadMasterKey({ reportsKey: undefined, dataDir }, (w) => warnings.push(w));
    const second = await loadMasterKey({ reportsKey: undefined, dataDir }, (w) => warnings.push(w));
    expect(first).toEqual(second);
    expect(first).toHaveLength(32);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/REPORTS_KEY is not set/);
    expect(statSync(path.join(dataDir, "reports.key")).mode & 0o777).toBe(0o600);
    expect(readFileSync(path.join(dataDir, "reports.key"), "utf8").trim()).toBe(first.toString("base64"));
  });

  it("uses REPORTS_KEY when set, silently", async () => {
    const key = Buffer.alloc(32, 1);
    const warnings: string[] = [];
    expect(await loadMasterKey({ reportsKey: key, dataDir: "/nonexistent" }, (w) => warnings.push(w))).toBe(key);
    expect(warnings).toEqual([]);
  });

  it("derives independent keys and stable pseudonyms that do not contain the id", () => {
    const master = Buffer.alloc(32, 9);
    const pseudonyms = deriveKey(master, "pseudonyms");
    expect(pseudonyms).not.toEqual(deriveKey(master, "reports"));
    expect(pseudonymize(pseudonyms, 123456789)).toBe(pseudonymize(pseudonyms, "123456789"));
    expect(pseudonymize(pseudonyms, 123456789)).not.toContain("123456789");
    expect(pseudonymize(pseudonyms, 1)).not.toBe(pseudonymize(deriveKey(Buffer.alloc(32, 8), "pseudonyms"), 1));
  });
});

describe("logs", () => {
  it("redact ids that a library quotes in an error", async () => {
    const { redactIds } = await import("../src/logger.js");
    expect(redactIds('E11000 duplicate key: { _id: "7KQM-4XTD|-1001234567890" } chat 987654321')).toBe(
      'E11000 duplicate key: { _id: "7KQM-4XTD|[id]" } chat [id]',
    );
    expect(redactIds("retry in 30 s (attempt 3)")).toBe("retry in 30 s (attempt 3)");
  });
});
