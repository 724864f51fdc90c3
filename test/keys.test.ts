/**
 * Keys: the check value that refuses a wrong REPORTS_KEY, lookup ids that do
 * not depend on the key, and `npm run keys:rotate` (rotateKeys) — after which
 * drafts continue, old lead buttons work, and the old key opens nothing.
 */
import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, inject, it } from "vitest";
import { createI18n } from "../src/telegram/i18n.js";
import { ConfigError } from "../src/config/config-error.js";
import { Cipher } from "../src/security/cipher.js";
import { deriveKey } from "../src/security/data-key.js";
import { openStorage, type Storage } from "../src/storage/database.js";
import { sealingKey, type DataKeys } from "../src/storage/key-check.js";
import { rotateKeys } from "../src/storage/rotation.js";
import { SEALED_FIELDS } from "../src/storage/sealed-fields.js";
import { FormWalker } from "./helpers/form-walker.js";
import { createTestBot } from "./helpers/harness.js";
import { submit } from "./helpers/sample-report.js";
import { openTestStorage } from "./helpers/test-storage.js";
import { command, person, press } from "./helpers/updates.js";

const i18n = createI18n();
const LAWYER = person(4_021_001, "en", "Lawyer Realname");
const REPORTER = 2_021_001;

const opened: Storage[] = [];
const databases: string[] = [];
afterEach(async () => {
  for (const storage of opened.splice(0)) await storage.close().catch(() => {});
  for (const name of databases.splice(0)) {
    const storage = await openTestStorage(name);
    await storage.drop();
  }
});

/** The lawyer as a lead for Almaty: a record with look-up ids, written before a key check existed. */
function addAlmatyLawyer(storage: Storage) {
  return storage.leads.add({
    chatId: LAWYER.id,
    kind: "person",
    sector: "lawyer",
    scope: "almaty",
    role: "primary",
    onDuty: true,
    locale: "en",
    label: "Lawyer",
  });
}

function newDatabase(): string {
  const name = `keys_${randomBytes(5).toString("hex")}`;
  databases.push(name);
  return name;
}

async function open(dbName: string, keys: DataKeys): Promise<Storage> {
  const storage = await openStorage({ uri: inject("mongoUri"), dbName, keys });
  opened.push(storage);
  return storage;
}

/** The one line `npm start` would print for these keys, or "opened". */
async function startLine(dbName: string, keys: DataKeys): Promise<string> {
  try {
    const storage = await open(dbName, keys);
    await storage.close();
    return "opened";
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return `Configuration error: ${(error as Error).message}`;
  }
}

const WRONG_KEY_LINE =
  "Configuration error: REPORTS_KEY: does not open this database (it was sealed with another key): set REPORTS_KEY to the key it was made with, or, to change the key, set REPORTS_KEY_OLD to the previous key and REPORTS_KEY to the new one, then run `npm run keys:rotate`";

const HALF_ROTATED_LINE =
  "Configuration error: REPORTS_KEY: a key rotation away from this key was started and has not finished: set REPORTS_KEY to the new key and REPORTS_KEY_OLD to this one, then run `npm run keys:rotate` again (to go back instead, run it with the two keys swapped)";

async function deliver(h: ReturnType<typeof createTestBot>) {
  await h.delivery.router.runOnce();
  await h.delivery.dispatcher.drain();
}

describe("the key check value", () => {
  it("a new database opens with the key that made it; another key is refused with one line that says how to rotate", async () => {
    const db = newDatabase();
    const key = randomBytes(32);
    await (await open(db, { current: key })).close();
    expect(await startLine(db, { current: key })).toBe("opened");
    expect(await startLine(db, { current: randomBytes(32) })).toBe(WRONG_KEY_LINE);
    expect(await startLine(db, { current: randomBytes(32), old: randomBytes(32) })).toBe(
      "Configuration error: REPORTS_KEY: neither REPORTS_KEY nor REPORTS_KEY_OLD opens this database: set REPORTS_KEY_OLD to the key it was sealed with",
    );
    expect(await startLine(db, { current: randomBytes(32), developmentKeyFile: "/srv/bot/data/reports.key" })).toMatch(
      /^Configuration error: REPORTS_KEY: is not set, and the development key in \/srv\/bot\/data\/reports\.key does not open this database/,
    );
  });

  it("look-up ids come from a random key kept in the database, not from REPORTS_KEY", async () => {
    const key = randomBytes(32);
    const first = await open(newDatabase(), { current: key });
    const second = await open(newDatabase(), { current: key });
    expect(first.unlocked!.pseudonymKey).not.toEqual(second.unlocked!.pseudonymKey);
    expect(first.unlocked!.pseudonymKey).not.toEqual(deriveKey(key, "pseudonyms"));
    const meta = await first.db.collection("meta").find({}).toArray();
    expect(meta.map((doc) => doc._id).sort()).toEqual(["key-check", "lookup-keys"]);
    expect(JSON.stringify(meta)).not.toContain(first.unlocked!.pseudonymKey.toString("base64"));
  });

  it("a database from before the check keeps its look-up ids, and refuses a key that does not open its records", async () => {
    const db = newDatabase();
    const key = randomBytes(32);
    const before = await openTestStorage(db, new Cipher(deriveKey(key, "reports")));
    await addAlmatyLawyer(before);
    await before.close();

    expect(await startLine(db, { current: randomBytes(32) })).toBe(WRONG_KEY_LINE);

    const after = await open(db, { current: key });
    expect(after.unlocked!.pseudonymKey).toEqual(deriveKey(key, "pseudonyms"));
    expect(await after.leads.byChat(LAWYER.id)).toHaveLength(1);
    await after.leads.setDuty(LAWYER.id, false); // found by its keyed id, which did not change
    after.leads.forget();
    expect((await after.leads.byChat(LAWYER.id))[0]!.onDuty).toBe(false);
  });
});

describe("npm run keys:rotate", () => {
  /** A database under `oldKey` with a delivered alert to a lead, and a reporter half-way through a form. */
  async function filled(oldKey: Buffer) {
    const db = newDatabase();
    const storage = await open(db, { current: oldKey });
    const h = createTestBot(storage, { pseudonymKey: storage.unlocked!.pseudonymKey });
    await storage.leads.add({
      chatId: LAWYER.id,
      kind: "person",
      sector: "lawyer",
      scope: "national",
      role: "primary",
      onDuty: true,
      locale: "en",
      label: "Lawyer Realname",
    });
    const report = await submit(storage, REPORTER);
    await deliver(h);
    expect(
      h.telegram.callsOf("editMessageText").some((c) => c.payload.chat_id === LAWYER.id && String(c.payload.text).includes(report.code)),
    ).toBe(true);

    const reporter = person(5_021_001, "ru", "Dana Draftname");
    const walker = new FormWalker(h.telegram, h.send, reporter);
    await h.send(command(reporter, "start"));
    await walker.choose("report:detention");
    await walker.choose("relative");
    await walker.choose("person");
    await walker.type("Дана");
    await storage.close();
    return { db, report, reporter, pendingQuestion: walker.lastQuestion(), pseudonymKey: storage.unlocked!.pseudonymKey };
  }

  it("re-seals every store, showing counts per collection; drafts continue, old lead buttons work, and the old key opens nothing", async () => {
    const oldKey = randomBytes(32);
    const newKey = randomBytes(32);
    const { db, report, reporter, pendingQuestion, pseudonymKey } = await filled(oldKey);

    // With only the new key and nothing rotated yet, the bot refuses to start and says what to do.
    expect(await startLine(db, { current: newKey })).toBe(WRONG_KEY_LINE);

    const both = await open(db, { current: newKey, old: oldKey });
    expect(both.unlocked!.warnings).toEqual([
      "this database is still sealed under REPORTS_KEY_OLD: run `npm run keys:rotate` to re-seal it under REPORTS_KEY, then unset REPORTS_KEY_OLD",
    ]);
    const lines: string[] = [];
    const result = await rotateKeys(both.db, { current: newKey, old: oldKey }, (line) => lines.push(line));
    expect(result.done).toBe(true);
    const line = (field: string) => lines.find((l) => l.startsWith(`${field} `))?.replace(/\s+/g, " ");
    expect(line("reports.sealed")).toBe("reports.sealed 1 re-sealed, 0 already under the new key");
    expect(line("reporters.sealedChat")).toBe("reporters.sealedChat 1 re-sealed, 0 already under the new key");
    expect(line("leads.sealed")).toBe("leads.sealed 1 re-sealed, 0 already under the new key");
    expect(line("alerts.sealed")).toBe("alerts.sealed 1 re-sealed, 0 already under the new key");
    expect(line("meta.sealed")).toBe("meta.sealed 1 re-sealed, 0 already under the new key");
    expect(result.counts.find((c) => c.field === "conversations.json")!.resealed).toBeGreaterThan(0);
    expect(result.counts.find((c) => c.field === "cases.sealedOpened")!.resealed).toBeGreaterThan(0);
    expect(lines.at(-1)).toBe("Done: everything is sealed under REPORTS_KEY. Unset REPORTS_KEY_OLD and start the bot.");

    // Idempotent: a second run re-seals nothing.
    const again = await rotateKeys(both.db, { current: newKey, old: oldKey }, () => {});
    expect(again.counts.every((c) => c.resealed === 0 && c.unreadable === 0)).toBe(true);

    // The old key opens no stored value any more.
    const stale = new Cipher(sealingKey(oldKey));
    for (const { collection, field, context } of SEALED_FIELDS) {
      for (const doc of await both.db
        .collection<{ _id: string }>(collection)
        .find({ [field]: { $exists: true } })
        .toArray()) {
        expect(stale.opens((doc as Record<string, unknown>)[field] as string, context(doc._id)), `${collection}.${field}`).toBe(false);
      }
    }
    await both.close();
    expect(await startLine(db, { current: oldKey })).toBe(WRONG_KEY_LINE);

    // The bot with only the new key: same pseudonyms, the draft continues, the old alert's button works.
    const after = await open(db, { current: newKey });
    expect(after.unlocked!.warnings).toEqual([]);
    expect(after.unlocked!.pseudonymKey).toEqual(pseudonymKey);
    const h = createTestBot(after, { pseudonymKey: after.unlocked!.pseudonymKey });
    const walker = new FormWalker(h.telegram, h.send, reporter);
    h.telegram.calls.push(pendingQuestion.call);
    await walker.choose("30-49");
    expect(walker.question()).toContain(i18n.t("ru", "q-journalist"));
    expect(walker.question()).toContain(i18n.t("ru", "step-progress", { position: 5, total: 18 }));

    await h.send(press(LAWYER, `l:take:${report.code}`));
    expect(h.telegram.last("answerCallbackQuery").payload.text).toBe("Taken.");
    expect((await after.cases.forReport(report.code))[0]!.status).toBe("taken");
    expect((await after.reports.findByCode(report.code))!.account).toBe(report.account);
    expect(await after.reports.reporterChat(report.code)).toBe(REPORTER);
  });

  it("an interrupted rotation resumes where it stopped; until it finishes only both keys start the bot", async () => {
    const oldKey = randomBytes(32);
    const newKey = randomBytes(32);
    const { db } = await filled(oldKey);
    const both = await open(db, { current: newKey, old: oldKey });
    const interrupted = rotateKeys(both.db, { current: newKey, old: oldKey }, (line) => {
      if (line.startsWith("reports.sealed")) throw new Error("killed");
    });
    await expect(interrupted).rejects.toThrow("killed");

    expect(await startLine(db, { current: newKey })).toBe(WRONG_KEY_LINE);
    expect(await startLine(db, { current: oldKey })).toBe(HALF_ROTATED_LINE);
    expect(await startLine(db, { current: newKey, old: oldKey })).toBe("opened");

    const lines: string[] = [];
    const resumed = await rotateKeys(both.db, { current: newKey, old: oldKey }, (line) => lines.push(line));
    expect(resumed.done).toBe(true);
    expect(lines.find((l) => l.startsWith("reports.sealed"))!.replace(/\s+/g, " ")).toBe(
      "reports.sealed 0 re-sealed, 1 already under the new key",
    );
    expect(lines.find((l) => l.startsWith("leads.sealed"))!.replace(/\s+/g, " ")).toBe(
      "leads.sealed 1 re-sealed, 0 already under the new key",
    );
    expect(await startLine(db, { current: newKey })).toBe("opened");
  });

  it("run with the two keys swapped, it goes back to the old key", async () => {
    const oldKey = randomBytes(32);
    const newKey = randomBytes(32);
    const { db, report } = await filled(oldKey);
    const both = await open(db, { current: newKey, old: oldKey });
    await expect(
      rotateKeys(both.db, { current: newKey, old: oldKey }, (line) => {
        if (line.startsWith("leads.sealed")) throw new Error("killed");
      }),
    ).rejects.toThrow("killed");
    expect((await rotateKeys(both.db, { current: oldKey, old: newKey }, () => {})).done).toBe(true);
    expect(await startLine(db, { current: newKey })).toBe(WRONG_KEY_LINE);
    const back = await open(db, { current: oldKey });
    expect((await back.reports.findByCode(report.code))!.account).toBe(report.account);
    expect(await back.leads.byChat(LAWYER.id)).toHaveLength(1);
  });

  it("a database from before the key check is rotated straight away, keeping its look-up ids", async () => {
    const db = newDatabase();
    const oldKey = randomBytes(32);
    const newKey = randomBytes(32);
    const before = await openTestStorage(db, new Cipher(deriveKey(oldKey, "reports")));
    await addAlmatyLawyer(before);
    await before.close();

    const both = await open(db, { current: newKey, old: oldKey });
    expect(both.unlocked!.state).toBe("rotating");
    expect((await rotateKeys(both.db, { current: newKey, old: oldKey }, () => {})).done).toBe(true);
    const after = await open(db, { current: newKey });
    expect(after.unlocked!.pseudonymKey).toEqual(deriveKey(oldKey, "pseudonyms"));
    expect(await after.leads.byChat(LAWYER.id)).toHaveLength(1);
    expect(await after.leads.setDuty(LAWYER.id, false)).toBe(1); // by its keyed id, unchanged
  });

  it("a sealed field it does not know stops it before the key check moves, so nothing is lost", async () => {
    const oldKey = randomBytes(32);
    const newKey = randomBytes(32);
    const db = newDatabase();
    const storage = await open(db, { current: oldKey });
    await storage.db
      .collection<{ _id: string; entry: { sealed: string } }>("audit")
      .insertOne({ _id: "a1", entry: { sealed: storage.unlocked!.cipher.encrypt("took", "audit:a1") } });
    const lines: string[] = [];
    const result = await rotateKeys(storage.db, { current: newKey, old: oldKey }, (line) => lines.push(line));
    expect(result.done).toBe(false);
    expect(result.unknown).toEqual([{ field: "audit.entry.sealed", values: 1 }]);
    expect(lines).toContain(
      "audit.entry.sealed: 1 sealed value(s) in a field keys:rotate does not know (add it to src/storage/sealed-fields.ts)",
    );
    expect(await startLine(db, { current: newKey })).toBe(WRONG_KEY_LINE);
    expect(await startLine(db, { current: oldKey })).toBe(HALF_ROTATED_LINE);
    expect(await startLine(db, { current: newKey, old: oldKey })).toBe("opened");
  });
});

describe("two processes starting at once on a new database", () => {
  it("both open it, with the same lookup keys (the loser of the first write accepts the winner's)", async () => {
    for (let round = 0; round < 8; round++) {
      const dbName = newDatabase();
      const keys: DataKeys = { current: randomBytes(32) };
      const [a, b] = await Promise.all([open(dbName, keys), open(dbName, keys)]);
      // One lead added through each: the same keyed chat id, whichever process wrote the lookup keys.
      await addAlmatyLawyer(a);
      expect(await b.leads.byChat(LAWYER.id)).toHaveLength(1);
    }
  });
});
