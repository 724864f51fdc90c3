import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { randomBytes as random } from "node:crypto";
import { Cipher } from "../../src/security/cipher.js";
import { openStorage, type Storage } from "../../src/storage/database.js";

/** A fresh database on the run's server, so test files never see each other's data. */
export async function openTestStorage(
  dbName = `test_${randomBytes(6).toString("hex")}`,
  cipher = new Cipher(random(32)),
): Promise<Storage & { cipher: Cipher; drop(): Promise<void> }> {
  const storage = await openStorage({ uri: inject("mongoUri"), dbName, cipher });
  return {
    ...storage,
    cipher,
    async drop() {
      await storage.db.dropDatabase().catch(() => {});
      await storage.close();
    },
  };
}
