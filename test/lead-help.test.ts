/**
 * /help tells the alliance's people the commands they may use — and only
 * them: a stranger sees none, a lawyer lead no /stats, a documentation lead no /invite.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { NO_ALLIANCE } from "../src/config/alliance.js";
import { createTestBot } from "./helpers/harness.js";
import { leadSteps } from "./helpers/lead-steps.js";
import { openTestStorage } from "./helpers/test-storage.js";
import { command, person, type Person } from "./helpers/updates.js";

const ADMIN = person(1_000_101, "ru", "Admin");
let storage: Awaited<ReturnType<typeof openTestStorage>>;
beforeEach(async () => {
  storage = await openTestStorage();
});
afterEach(() => storage.drop());

function setup() {
  const h = createTestBot(storage, { alliance: { ...NO_ALLIANCE, admins: [ADMIN.id] } });
  const helpOf = async (who: Person) => {
    await h.send(command(who, "help"));
    return String(h.telegram.last("sendMessage").payload.text);
  };
  return { helpOf, ...leadSteps(h, ADMIN) };
}

describe("/help for the alliance's people", () => {
  it("an admin sees every command of the alliance (ru)", async () => {
    const { helpOf } = setup();
    const help = await helpOf(ADMIN);
    expect(help).toContain("/forget — бот забудет вас\n\nДля Альянса:\n/cases — открытые дела ваших секторов и региона\n");
    for (const line of [
      "/stats — статистика за период, с графиком",
      "/export — выгрузка обращений за период (CSV, JSON)",
      "/invite — пригласить ответственного",
      "/leads — ответственные",
      "/audit КОД — кто что делал по делу; /audit exports — журнал выгрузок",
    ])
      expect(help).toContain(line);
  });

  it("a documentation lead sees /stats and /export but not the admin's commands (kk)", async () => {
    const { helpOf, enrol } = setup();
    const documenter = person(7001, "kk", "Documenter");
    await enrol(documenter, "documentation", "almaty");
    const help = await helpOf(documenter);
    expect(help).toContain("Альянс үшін:\n/cases — сіздің секторларыңыз бен өңіріңіздің ашық істері\n/offduty, /onduty");
    expect(help).toContain("/export — кезеңдегі хабарламаларды файлмен алу (CSV, JSON)");
    expect(help).not.toContain("/invite");
    expect(help).not.toContain("/audit");
  });

  it("a lawyer lead sees /cases and the duty switch only; a stranger sees no alliance commands (en)", async () => {
    const { helpOf, enrol } = setup();
    const lawyer = person(7002, "en", "Lawyer");
    await enrol(lawyer, "lawyer", "almaty");
    const help = await helpOf(lawyer);
    expect(help).toContain(
      "For the alliance:\n/cases — open cases of your sectors and region\n/offduty, /onduty — pause and resume alerts to this chat",
    );
    expect(help).not.toContain("/stats");
    expect(help).not.toContain("/export");
    const stranger = await helpOf(person(7003, "en"));
    expect(stranger).not.toContain("For the alliance");
    expect(stranger).not.toContain("/cases");
  });
});
