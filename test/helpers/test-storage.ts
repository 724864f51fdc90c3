import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { openStorage, type Storage } from "../../src/storage/database.js";

/** A fresh database on the run's server, so test files never see each other's data. */
export async function openTestStorage(): Promise<Storage & { drop(): Promise<void> }> {
  const storage = await openStorage({ uri: inject("mongoUri"), dbName: `test_${randomBytes(6).toString("hex")}` });
  return {
    ...storage,
    async drop() {
      await storage.db.dropDatabase().catch(() => {});
      await storage.close();
    },
  };
}
