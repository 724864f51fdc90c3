/**
 * The per-chat state cache: bounded by bytes, shared by the stores, and never
 * the only copy — what it drops is read again from the database.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ByteCache } from "../src/storage/byte-cache.js";
import { JsonStore, type JsonDocument } from "../src/storage/json-store.js";
import { openTestStorage } from "./helpers/test-storage.js";

let storage: Awaited<ReturnType<typeof openTestStorage>>;

beforeAll(async () => {
  storage = await openTestStorage();
});
afterAll(() => storage.drop());

describe("ByteCache", () => {
  it("keeps within its budget in bytes, dropping the least recently used first", () => {
    const cache = new ByteCache(2_000);
    const a = cache.slice("a");
    a.set("one", "x".repeat(300));
    a.set("two", "y".repeat(300));
    expect(a.get("one")).toEqual({ hit: true, value: "x".repeat(300) }); // now the most recent
    a.set("three", "z".repeat(300));
    expect(cache.bytes).toBeLessThanOrEqual(2_000);
    expect(a.get("two")).toEqual({ hit: false });
    expect(a.get("one").hit).toBe(true);
    expect(a.get("three").hit).toBe(true);
    // A value bigger than the whole budget is not kept at all.
    a.set("huge", "h".repeat(5_000));
    expect(a.get("huge")).toEqual({ hit: false });
    expect(cache.bytes).toBeLessThanOrEqual(2_000);
  });

  it("gives each store its own keys, and a purge clears one store only", () => {
    const cache = new ByteCache(10_000);
    const sessions = cache.slice("sessions");
    const trails = cache.slice("trails");
    sessions.set("chat", "s");
    trails.set("chat", "t");
    expect(sessions.get("chat")).toEqual({ hit: true, value: "s" });
    expect(trails.get("chat")).toEqual({ hit: true, value: "t" });
    sessions.clear();
    expect(sessions.get("chat")).toEqual({ hit: false });
    expect(trails.get("chat")).toEqual({ hit: true, value: "t" });
  });

  it("a store under a tiny budget loses no write: 200 drafts written, every one read back from the database", async () => {
    const cache = new ByteCache(4_096);
    const store = new JsonStore<{ step: number; text: string }>(storage.db.collection<JsonDocument>("budget_test"), {
      cache: cache.slice("drafts"),
      cipher: storage.cipher,
      idOf: (key) => storage.cipher.keyedId("budget", key),
    });
    const text = "Его затолкали в автобус, номер не видно.";
    await Promise.all(Array.from({ length: 200 }, (_, i) => store.write(`chat-${i}`, { step: i, text })));
    for (let i = 0; i < 200; i += 1) await store.write(`chat-${i}`, { step: i + 1, text });
    expect(cache.bytes).toBeLessThanOrEqual(4_096);
    expect(cache.size).toBeLessThan(30);
    for (let i = 0; i < 200; i++) expect(await store.read(`chat-${i}`)).toEqual({ step: i + 1, text });
    // Deleted stays deleted, cached or not.
    await store.delete("chat-7");
    expect(await store.read("chat-7")).toBeUndefined();
  });
});
