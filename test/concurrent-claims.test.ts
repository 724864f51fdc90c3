/**
 * Claims that must win once, made at the same moment from different chats (the bot handles chats
 * concurrently): the embedded FerretDB does not make a conditional write atomic (storage/ferretdb.ts),
 * so without the stores' one-at-a-time queues two leads could both take a case.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestStorage } from "./helpers/test-storage.js";

let storage: Awaited<ReturnType<typeof openTestStorage>>;
beforeAll(async () => {
  storage = await openTestStorage();
});
afterAll(() => storage.drop());

const ROUNDS = 10;
const AT_ONCE = 10;
const atOnce = <T>(claim: (i: number) => Promise<T>) => Promise.all(Array.from({ length: AT_ONCE }, (_, i) => claim(i)));

describe("claims made at the same moment", () => {
  it(`ten leads press Take on one case: one takes it (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const code = `TAKE-${String(round).padStart(4, "0")}`;
      await storage.cases.open({ code, sector: "lawyer", region: "almaty", rank: 1, level: "primary", createdAt: new Date() }, null);
      const won = await atOnce((i) => storage.cases.take(code, "lawyer", `lead-${i}`, new Date()));
      expect(won.filter(Boolean)).toHaveLength(1);
    }
  });

  it(`ten routings open one case at once (an alarm's report beside a routing pass): one case, no error (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const code = `OPEN-${String(round).padStart(4, "0")}`;
      const record = {
        code,
        sector: "lawyer" as const,
        region: "almaty" as const,
        rank: 1,
        level: "primary" as const,
        createdAt: new Date(),
      };
      await atOnce(() => storage.cases.open(record, new Date(Date.now() + 600_000)));
      expect(await storage.cases.forReport(code)).toHaveLength(1);
    }
  });

  it(`ten people open one invitation link: one is enrolled (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const token = await storage.invites.create({
        sector: "lawyer",
        scope: "national",
        role: "primary",
        createdBy: 100_000_001,
        expiresAt: new Date(Date.now() + 3_600_000),
      });
      const used = await atOnce(() => storage.invites.consume(token, new Date()));
      expect(used.filter(Boolean)).toHaveLength(1);
    }
  });

  it("ten changes of one person's trusted contacts at once: none is lost", async () => {
    const chatId = 7_100_001;
    await atOnce((i) =>
      storage.trustedContacts.update(chatId, (profile) => ({
        profile: {
          ...profile,
          contacts: [
            ...profile.contacts,
            { id: `c${i}`, label: `Contact ${i}`, state: "invited", chatId: null, locale: null, inviteExpiresAt: null },
          ],
        },
        result: undefined,
      })),
    );
    expect((await storage.trustedContacts.profile(chatId))?.contacts).toHaveLength(AT_ONCE);
  });
});
