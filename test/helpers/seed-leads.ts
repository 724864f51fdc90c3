/** Lead chats for tests and benches: one primary person per region and sector, on duty. */
import { REGION_IDS } from "../../src/shared/regions.js";
import type { Sector } from "../../src/shared/vocabulary.js";
import type { Storage } from "../../src/storage/database.js";

/** Adds them with chat ids from `firstChat` on (regions in order, sectors within); returns the next free id. */
export async function seedRegionalLeads(storage: Pick<Storage, "leads">, sectors: readonly Sector[], firstChat: number): Promise<number> {
  let chat = firstChat;
  for (const region of REGION_IDS)
    for (const sector of sectors)
      await storage.leads.add({
        chatId: chat++,
        kind: "person",
        sector,
        scope: region,
        role: "primary",
        onDuty: true,
        locale: "ru",
        label: "lead",
      });
  return chat;
}
