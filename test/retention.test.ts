/**
 * The retention purge on the real database, with a controlled clock: each
 * rule deletes what it must and nothing younger.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadEnvConfig } from "../src/config/env.js";
import { purgeExpired, type RetentionPolicy } from "../src/storage/retention.js";
import { submit } from "./helpers/sample-report.js";
import { openTestStorage } from "./helpers/test-storage.js";

const DAY = 24 * 3600_000;
const policy: RetentionPolicy = { reportsDays: 365, reporterLinkGraceDays: 14 };
const PHOTO = {
  kind: "photo" as const,
  messageId: 7,
  fileId: "F-file",
  fileUniqueId: "U-file",
  size: 10,
  mime: "image/jpeg",
  receivedAt: Date.now(),
};

let storage: Awaited<ReturnType<typeof openTestStorage>>;
beforeEach(async () => {
  storage = await openTestStorage();
});
afterEach(() => storage.drop());

const at = (days: number) => new Date(Date.now() + days * DAY);

async function openCase(code: string, sector: "lawyer" | "documentation") {
  await storage.cases.open({ code, sector, region: "almaty", rank: 1, level: "primary", createdAt: new Date() }, at(1));
}

describe("retention", () => {
  it("keeps no way back to a reporter who chose “don't contact me”", async () => {
    const silent = await submit(storage, 9_100_001, { contact: "none" });
    const reachable = await submit(storage, 9_100_002, { contact: "bot" });
    expect(await storage.reports.reporterChat(silent.code)).toBeUndefined();
    expect(await storage.reports.reporterChat(reachable.code)).toBe(9_100_002);
    expect(await storage.db.collection("reporters").countDocuments({ _id: silent.code as never })).toBe(0);
  });

  it("drops the reporter link once every case of the report is closed and the grace period has passed", async () => {
    const report = await submit(storage, 9_100_003);
    await openCase(report.code, "lawyer");
    await openCase(report.code, "documentation");
    await storage.cases.close(report.code, "lawyer", "lawyer-provided", at(0));
    expect((await purgeExpired(storage, at(30), policy)).reporterLinks).toBe(0); // one case still open
    expect(await storage.reports.reporterChat(report.code)).toBe(9_100_003);

    await storage.cases.close(report.code, "documentation", "no-action", at(0));
    expect((await purgeExpired(storage, at(13), policy)).reporterLinks).toBe(0); // within the grace period
    expect(await storage.reports.reporterChat(report.code)).toBe(9_100_003);
    expect((await purgeExpired(storage, at(15), policy)).reporterLinks).toBe(1);
    expect(await storage.reports.reporterChat(report.code)).toBeUndefined();
    // The report itself stays, readable, until its own retention ends.
    expect((await storage.reports.findByCode(report.code))?.code).toBe(report.code);
  });

  it("drops at the next purge a link that the earlier format kept for “don't contact me”", async () => {
    const report = await submit(storage, 9_100_004);
    await storage.db
      .collection("reports")
      .updateOne({ _id: report.code as never }, { $unset: { format: "" }, $set: { "open.contact": "none" } });
    expect((await purgeExpired(storage, at(0), policy)).reporterLinks).toBe(1);
    expect(await storage.reports.reporterChat(report.code)).toBeUndefined();
  });

  it("deletes a report after the retention period with everything hanging off it (audit trail included), and nothing younger", async () => {
    const old = await submit(storage, 9_100_005, { evidence: { items: [PHOTO], done: true } });
    await storage.evidence.register(old, 20 * 1024 * 1024);
    await openCase(old.code, "lawyer");
    await storage.outbox.addJob({
      code: old.code,
      chatId: 555,
      sectors: ["lawyer"],
      level: "primary",
      locale: "en",
      rank: 1,
      createdAt: new Date(),
    });
    const [job] = await storage.outbox.due(at(1), 10);
    await storage.outbox.delivered(job!, 42, new Date());
    await storage.outbox.addJob({
      code: old.code,
      chatId: 556,
      sectors: ["lawyer"],
      level: "backup",
      locale: "en",
      rank: 1,
      createdAt: new Date(),
    });
    const acted = (code: string) =>
      storage.audit.record({
        code,
        action: "took",
        actor: { id: 555, name: "Lead" },
        chat: { id: 555, kind: "private" },
        detail: { sectors: ["lawyer"] },
        at: new Date(),
      });
    await acted(old.code);

    expect((await purgeExpired(storage, at(364), policy)).reports).toBe(0);
    // A report that arrives later is still young when the first one goes.
    await storage.db.collection("reports").updateMany({}, { $set: { createdAt: at(-2) } });
    const young = await submit(storage, 9_100_006);
    await openCase(young.code, "lawyer");
    await acted(young.code);

    expect((await purgeExpired(storage, at(364), policy)).reports).toBe(1);
    expect(await storage.reports.findByCode(old.code)).toBeUndefined();
    for (const name of ["reports", "reporters", "cases", "alerts", "outbox", "evidence", "routing_queue"]) {
      const left = await storage.db.collection(name).countDocuments({ $or: [{ _id: old.code as never }, { code: old.code }] });
      expect(`${name}: ${left}`).toBe(`${name}: 0`);
    }
    expect(await storage.db.collection("evidence_hash_queue").countDocuments()).toBe(0);
    expect(await storage.db.collection("escalation_queue").countDocuments({ _id: `${old.code}|lawyer` as never })).toBe(0);
    expect((await storage.reports.findByCode(young.code))?.code).toBe(young.code);
    expect(await storage.cases.get(young.code, "lawyer")).toBeDefined();
    // The audit trail goes with its report, and only with it.
    expect(await storage.audit.forCode(old.code)).toEqual([]);
    expect(await storage.audit.forCode(young.code)).toHaveLength(1);
    expect(await storage.db.collection("audit").countDocuments()).toBe(1);
  });

  it("purges enrolments no admin confirmed within a week", async () => {
    const base = {
      sector: "lawyer" as const,
      scope: "national" as const,
      role: "primary" as const,
      createdBy: 1,
      expiresAt: at(1),
      kind: "person" as const,
      label: "Someone",
      locale: "en" as const,
    };
    const stale = await storage.invites.addPending({ ...base, chatId: 11, createdAt: at(-8) });
    const fresh = await storage.invites.addPending({ ...base, chatId: 12, createdAt: at(-1) });
    expect((await purgeExpired(storage, at(0), policy)).pendingEnrolments).toBe(1);
    expect(await storage.invites.takePending(stale)).toBeUndefined();
    expect(await storage.invites.takePending(fresh)).toMatchObject({ chatId: 12, label: "Someone" });
  });

  it("reads the report retention and the grace period from the environment, with documented defaults", () => {
    const token = { BOT_TOKEN: "123:abc" };
    expect(loadEnvConfig(token).retention).toEqual({ reportsDays: 365, reporterLinkGraceDays: 14 });
    expect(loadEnvConfig({ ...token, REPORT_RETENTION_DAYS: "90", REPORTER_LINK_GRACE_DAYS: "0" }).retention).toEqual({
      reportsDays: 90,
      reporterLinkGraceDays: 0,
    });
    expect(() => loadEnvConfig({ ...token, REPORT_RETENTION_DAYS: "0" })).toThrow(/REPORT_RETENTION_DAYS: must be at least 1/);
    expect(() => loadEnvConfig({ ...token, REPORTER_LINK_GRACE_DAYS: "two weeks" })).toThrow(
      /REPORTER_LINK_GRACE_DAYS: must be a whole number of days/,
    );
  });
});
