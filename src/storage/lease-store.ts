/**
 * The one document that says which bot process is active (serve/lease.ts):
 * its holder and a beat the holder bumps on every renewal. Writes are
 * conditional on what the writer last read; the lease's own logic does not
 * trust them to be atomic (storage/ferretdb.ts, "A conditional write").
 */
import { isDuplicateKey } from "./duplicate-key.js";
import type { Collection, Db } from "mongodb";

export interface LeaseState {
  holder: string;
  beat: number;
}

interface LeaseDocument extends LeaseState {
  _id: string;
}

const ID = "bot";

export class LeaseStore {
  private readonly leases: Collection<LeaseDocument>;

  constructor(db: Db) {
    this.leases = db.collection<LeaseDocument>("lease");
  }

  async read(): Promise<LeaseState | null> {
    const found = await this.leases.findOne({ _id: ID });
    return found ? { holder: found.holder, beat: found.beat } : null;
  }

  /** Writes `next` if the lease is still `seen` (absent: null); false when it was not. */
  async replace(seen: LeaseState | null, next: LeaseState): Promise<boolean> {
    try {
      if (!seen) {
        await this.leases.insertOne({ _id: ID, ...next });
        return true;
      }
      const result = await this.leases.updateOne({ _id: ID, holder: seen.holder, beat: seen.beat }, { $set: next });
      return result.matchedCount === 1;
    } catch (error) {
      if (isDuplicateKey(error)) return false; // another process inserted it first
      throw error;
    }
  }

  /** Gives the lease up (a clean shutdown): a standby takes it at its next look. */
  async release(holder: string): Promise<void> {
    await this.leases.deleteOne({ _id: ID, holder });
  }
}
