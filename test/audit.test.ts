/**
 * The audit trail of lead actions: who took, asked, closed, handed over,
 * opened the evidence of a case, and when — shown to admins only, in the
 * admin's language.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { NO_ALLIANCE, type AllianceConfig } from "../src/config/alliance.js";
import { createTestBot } from "./helpers/harness.js";
import { leadSteps, messageIdOf, replyTo } from "./helpers/lead-steps.js";
import { submit } from "./helpers/sample-report.js";
import { openTestStorage } from "./helpers/test-storage.js";
import { command, groupPress, groupText, person, press } from "./helpers/updates.js";

const ADMIN = person(1_000_002, "ru", "Admin");
const REPORTER = 2_000_002;
const GROUP = -100_888;
const alliance: AllianceConfig = { ...NO_ALLIANCE, admins: [ADMIN.id] };
const PHOTO = {
  kind: "photo" as const,
  messageId: 77,
  fileId: "F-audit",
  fileUniqueId: "U-audit",
  size: 10,
  mime: "image/jpeg",
  receivedAt: Date.now(),
};

let storage: Awaited<ReturnType<typeof openTestStorage>>;
beforeEach(async () => {
  storage = await openTestStorage();
});
afterEach(() => storage.drop());

/** A lawyer (private chat) takes and asks; a member of the coordinators' group opens the evidence and closes. */
async function actedOn() {
  const h = createTestBot(storage, { alliance });
  const { enrol, invite, confirmLast, deliver } = leadSteps(h, ADMIN);
  const lawyer = person(6101, "en", "Dariga");
  await enrol(lawyer, "lawyer", "almaty");
  await h.send(groupText(person(6102, "en"), GROUP, `/enrol@rights_test_bot ${await invite("coordinator", "national", "primary")}`));
  await confirmLast();
  const report = await submit(storage, REPORTER, { evidence: { items: [PHOTO], done: true } });
  await deliver();

  await h.send(press(lawyer, `l:take:${report.code}`));
  await h.send(press(lawyer, `l:ask:${report.code}`));
  await h.send(replyTo(lawyer, messageIdOf(h.telegram.last("sendMessage")), "Which station?"));
  const member = person(6103, "en", "Bolat");
  await h.send(groupPress(member, GROUP, `l:evidence:${report.code}`));
  await h.send(groupPress(member, GROUP, `l:outcome:${report.code}:released`));
  return { h, report, lawyer };
}

describe("the audit trail of lead actions", () => {
  it("shows an admin, in the admin's language, who did what with a case, in order", async () => {
    const { h, report } = await actedOn();
    await h.send(command(ADMIN, "audit", report.code.toLowerCase()));
    const text = String(h.telegram.last("sendMessage").payload.text);
    const lines = text.split("\n");
    expect(lines[0]).toBe(`Кто что делал с обращением ${report.code} (время Казахстана):`);
    const actions = lines.slice(1).map((line) => line.replace(/^\d{4}-\d\d-\d\d \d\d:\d\d — /, ""));
    expect(actions).toEqual([
      "Dariga (id 6101, личный чат): взял(а) в работу (Адвокат)",
      "Dariga (id 6101, личный чат): задал(а) вопрос заявителю (Адвокат)",
      "Bolat (id 6103, группа -100888): открыл(а) доказательства (Документирование, Адвокат)",
      "Bolat (id 6103, группа -100888): закрыл(а) (Документирование, Адвокат): Человека освободили",
    ]);
    for (const line of lines.slice(1)) expect(line).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d — /);
  });

  it("refuses anyone but an admin, politely, in their language; a bad code gets the usage", async () => {
    const { h, report, lawyer } = await actedOn();
    await h.send(command(lawyer, "audit", report.code));
    expect(h.telegram.texts().at(-1)).toBe("This is for the alliance's admins.");
    await h.send(groupText(person(6103, "kk"), GROUP, `/audit@rights_test_bot ${report.code}`));
    expect(h.telegram.texts().at(-1)).toBe("Бұл Альянс әкімшілеріне арналған.");
    expect(h.telegram.texts().join("\n")).not.toContain("Dariga (id");

    await h.send(command(ADMIN, "audit", "nonsense"));
    expect(h.telegram.texts().at(-1)).toBe("Отправьте /audit с кодом обращения, например: /audit 7KQM-4XTD");
    await h.send(command(ADMIN, "audit", "2345-6789"));
    expect(h.telegram.texts().at(-1)).toBe("По обращению 2345-6789 пока никто ничего не делал.");
  });
});
