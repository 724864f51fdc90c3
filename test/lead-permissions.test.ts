/**
 * Who may act, and for how long: permission is sector × region; it ends when
 * a lead is removed (queued alerts and open conversations included) and when
 * a case closes; invitations work only where they mean what they say; in an
 * enrolled group only the group's admins switch duty.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { NO_ALLIANCE, type AllianceConfig } from "../src/config/alliance.js";
import { buttonsOf } from "./helpers/fake-telegram.js";
import { createTestBot } from "./helpers/harness.js";
import { leadSteps, messageIdOf, replyTo } from "./helpers/lead-steps.js";
import { submit } from "./helpers/sample-report.js";
import { openTestStorage } from "./helpers/test-storage.js";
import { command, groupPress, groupText, person, press } from "./helpers/updates.js";

const ADMIN = person(1_000_001, "en", "Admin");
const REPORTER = 2_000_001;
const alliance: AllianceConfig = { ...NO_ALLIANCE, admins: [ADMIN.id] };
const PHOTO = {
  kind: "photo" as const,
  messageId: 77,
  fileId: "F-atyrau",
  fileUniqueId: "U-atyrau",
  size: 10,
  mime: "image/jpeg",
  receivedAt: Date.now(),
};

const NOT_ALLOWED_RU = "Это может сделать только ответственный по секторам и региону этого обращения или координатор.";
const ENDED_EN = "This conversation has ended, and your answer was not passed on. If something new has happened, send /report.";

let storage: Awaited<ReturnType<typeof openTestStorage>>;
beforeEach(async () => {
  storage = await openTestStorage();
});
afterEach(() => storage.drop());

function setup() {
  const h = createTestBot(storage, { alliance });
  return { h, ...leadSteps(h, ADMIN), toReporter: () => h.telegram.callsOf("sendMessage").filter((c) => c.payload.chat_id === REPORTER) };
}

/** What reached a chat (messages, edits, copies, files) from the call at `from` on. */
function reaching(h: ReturnType<typeof setup>["h"], chatId: number, from = 0) {
  return h.telegram.calls.slice(from).filter((c) => c.payload.chat_id === chatId && c.method !== "answerCallbackQuery");
}

describe("permission is sector × region", () => {
  it("an Almaty lead cannot open the evidence of, or close, an Atyrau case; the reporter is told nothing; /cases does not list it", async () => {
    const { h, enrol, deliver, toReporter } = setup();
    const almaty = person(6001, "ru", "Almaty Lawyer");
    await enrol(almaty, "lawyer", "almaty");
    const atyrau = await submit(storage, REPORTER, { region: "atyrau", evidence: { items: [PHOTO], done: true } });
    const own = await submit(storage, REPORTER);
    await deliver();
    const mark = h.telegram.calls.length;

    await h.send(press(almaty, `l:evidence:${atyrau.code}`));
    expect(h.telegram.last("answerCallbackQuery").payload).toMatchObject({ text: NOT_ALLOWED_RU, show_alert: true });
    await h.send(press(almaty, `l:close:${atyrau.code}`));
    expect(h.telegram.last("answerCallbackQuery").payload.text).toBe(NOT_ALLOWED_RU);
    await h.send(press(almaty, `l:outcome:${atyrau.code}:duplicate`));
    expect(h.telegram.last("answerCallbackQuery").payload.text).toBe(NOT_ALLOWED_RU);
    await h.send(press(almaty, `l:take:${atyrau.code}`));
    expect(h.telegram.last("answerCallbackQuery").payload.text).toBe(NOT_ALLOWED_RU);
    await h.send(press(almaty, `ld:send:${atyrau.code}:lawyer-request`));
    expect(h.telegram.last("answerCallbackQuery").payload.text).toBe(NOT_ALLOWED_RU);

    expect(reaching(h, almaty.id, mark)).toEqual([]); // no evidence copy, no close prompt
    expect(toReporter()).toEqual([]);
    expect((await storage.cases.forReport(atyrau.code)).map((c) => c.status)).toEqual(["open", "open"]);

    await h.send(command(almaty, "cases"));
    const list = String(h.telegram.last("sendMessage").payload.text);
    expect(list).toContain(own.code);
    expect(list).not.toContain(atyrau.code);
  });

  it("a national lead and the national coordinator act on any region; a regional coordinator only on theirs", async () => {
    const { h, enrol, deliver } = setup();
    const national = person(6011, "en");
    const astanaCoordinator = person(6012, "en");
    const coordinator = person(6013, "en");
    await enrol(national, "lawyer", "national");
    await enrol(astanaCoordinator, "coordinator", "astana");
    await enrol(coordinator, "coordinator", "national");
    const atyrau = await submit(storage, REPORTER, { region: "atyrau" });
    await deliver();

    await h.send(press(astanaCoordinator, `l:take:${atyrau.code}`));
    expect(h.telegram.last("answerCallbackQuery").payload.text).toBe(
      "Only a lead of this report's sectors and region, or the coordinator, can do this.",
    );
    await h.send(command(astanaCoordinator, "cases"));
    expect(h.telegram.texts().at(-1)).toBe("No open cases.");

    await h.send(press(national, `l:take:${atyrau.code}`));
    expect(h.telegram.last("answerCallbackQuery").payload.text).toBe("Taken.");
    await h.send(press(coordinator, `l:outcome:${atyrau.code}:released`));
    expect(h.telegram.last("answerCallbackQuery").payload.text).toBe("Closed.");
  });
});

describe("a removed lead", () => {
  it("gets no alert queued before the removal; it goes to whoever stands for the sector now", async () => {
    const { h, enrol, deliver, alertIn } = setup();
    const lawyer = person(6021, "en", "Removed Lawyer");
    const coordinator = person(6022, "en");
    await enrol(lawyer, "lawyer", "almaty");
    await enrol(coordinator, "coordinator");
    const report = await submit(storage, REPORTER);
    await h.delivery.router.runOnce(); // queued for the lawyer, not sent yet

    await h.send(command(ADMIN, "leads"));
    const id = (await storage.leads.byChat(lawyer.id))[0]!.id;
    await h.send(press(ADMIN, buttonsOf(h.telegram.last("sendMessage")).find((b) => b.data === `adm:rm:${id}`)!.data));
    expect(h.telegram.callsOf("sendMessage").findLast((c) => c.payload.chat_id === lawyer.id)!.payload.text).toBe(
      "You are no longer a lead of the alliance's bot.",
    );
    const mark = h.telegram.calls.length;

    await deliver();
    expect(reaching(h, lawyer.id, mark)).toEqual([]);
    expect(alertIn(coordinator.id, report.code)).toHaveLength(1);
  });

  it("gets no answer to a question asked before the removal; the reporter is told the conversation ended", async () => {
    const { h, enrol, deliver, toReporter } = setup();
    const lawyer = person(6031, "en");
    await enrol(lawyer, "lawyer", "almaty");
    const report = await submit(storage, REPORTER);
    await deliver();
    await h.send(press(lawyer, `l:ask:${report.code}`));
    await h.send(replyTo(lawyer, messageIdOf(h.telegram.last("sendMessage")), "Which station exactly?"));
    const question = toReporter().at(-1)!;

    await h.send(command(ADMIN, "leads"));
    await h.send(press(ADMIN, buttonsOf(h.telegram.last("sendMessage"))[0]!.data));
    const mark = h.telegram.calls.length;

    await h.send(replyTo(person(REPORTER, "en"), messageIdOf(question), "Station 5 on Abai"));
    expect(toReporter().at(-1)!.payload.text).toBe(ENDED_EN);
    expect(reaching(h, lawyer.id, mark)).toEqual([]);
    expect(JSON.stringify(h.telegram.calls.slice(mark))).not.toContain("Station 5");
  });
});

describe("a closed case", () => {
  it("relays nothing: the reporter's late answer is not passed on, and the reporter is told so; the lead's late question and documents neither", async () => {
    const { h, enrol, deliver, toReporter } = setup();
    const lawyer = person(6041, "ru");
    await enrol(lawyer, "lawyer", "almaty");
    const report = await submit(storage, REPORTER);
    await deliver();
    await h.send(press(lawyer, `l:ask:${report.code}`));
    const prompt = messageIdOf(h.telegram.last("sendMessage"));
    await h.send(replyTo(lawyer, prompt, "Which station exactly?"));
    const question = toReporter().at(-1)!;
    await h.send(press(lawyer, `l:outcome:${report.code}:released`));
    const mark = h.telegram.calls.length;

    await h.send(replyTo(person(REPORTER, "en"), messageIdOf(question), "Station 5 on Abai"));
    expect(toReporter().at(-1)!.payload.text).toBe(ENDED_EN);
    expect(reaching(h, lawyer.id, mark)).toEqual([]);

    const before = toReporter().length;
    await h.send(replyTo(lawyer, prompt, "One more thing?"));
    expect(h.telegram.texts().at(-1)).toBe(`Обращение ${report.code} закрыто: заявителю и от него больше ничего не передаётся.`);
    await h.send(press(lawyer, `l:ask:${report.code}`));
    expect(h.telegram.texts().at(-1)).toBe(`Обращение ${report.code} закрыто: заявителю и от него больше ничего не передаётся.`);
    await h.send(press(lawyer, `ld:send:${report.code}:lawyer-request`));
    expect(h.telegram.texts().at(-1)).toBe(`Обращение ${report.code} закрыто: заявителю и от него больше ничего не передаётся.`);
    expect(toReporter()).toHaveLength(before);
    expect(h.telegram.callsOf("sendDocument")).toEqual([]);
  });
});

describe("invitations and enrolment requests", () => {
  it("an invitation sent as /start@bot inv_… in a group, or /enrol in a private chat, enrols nothing and is explained; the token still works in a private chat", async () => {
    const { h, invite, confirmLast } = setup();
    const token = await invite("lawyer", "national", "primary");
    const toAdmin = () => h.telegram.callsOf("sendMessage").filter((c) => c.payload.chat_id === ADMIN.id).length;
    const asked = toAdmin();
    await h.send(groupText(person(6051, "en"), -100_555, `/start@rights_test_bot inv_${token}`));
    expect(h.telegram.last("sendMessage").payload).toMatchObject({
      chat_id: -100_555,
      text: "Invitation links work only in a private chat with me: open the link yourself. To enrol a group, send /enrol with the token in that group.",
    });
    expect(toAdmin()).toBe(asked);
    expect(await storage.db.collection("pending_enrolments").countDocuments()).toBe(0);

    // /enrol, the group's way, is refused in a private chat and leaves the token unused.
    await h.send(command(person(6053, "kk"), "enrol", token));
    expect(h.telegram.texts().at(-1)).toBe("Бұл команданы тағайындалатын топта жіберіңіз.");
    expect(await storage.db.collection("pending_enrolments").countDocuments()).toBe(0);

    const lead = person(6052, "en");
    await h.send(command(lead, "start", `inv_${token}`));
    await confirmLast();
    expect(await storage.leads.all()).toMatchObject([{ chatId: lead.id, kind: "person" }]);
  });

  it("the admin sees the chat type, the numeric id and a profile link, not only a chosen name", async () => {
    const { h, invite } = setup();
    const lastToAdmin = () => h.telegram.callsOf("sendMessage").findLast((c) => c.payload.chat_id === ADMIN.id)!;
    await h.send(command(person(6061, "ru", "Admin Impostor"), "start", `inv_${await invite("lawyer", "national", "primary")}`));
    const personRequest = lastToAdmin();
    expect(personRequest.payload.parse_mode).toBe("HTML");
    expect(personRequest.payload.text).toContain("Admin Impostor asks to become a lead");
    expect(personRequest.payload.text).toContain("Private chat with a person. Telegram id: 6061.");
    expect(personRequest.payload.text).toContain('<a href="tg://user?id=6061">Open the profile</a>');

    await h.send(
      groupText(person(6062, "en", "Member"), -100_777, `/enrol@rights_test_bot ${await invite("torture", "national", "primary")}`),
    );
    const groupRequest = lastToAdmin();
    expect(groupRequest.payload.text).toContain("Chat: a group, Telegram id: -100777.");
    expect(groupRequest.payload.text).toContain('Sent by Member, Telegram id: 6062. <a href="tg://user?id=6062">Open the profile</a>');
    expect(buttonsOf(groupRequest).map((b) => b.text)).toEqual(["✅ Confirm", "✖️ Reject"]);
  });
});

describe("in an enrolled group", () => {
  it("only the group's admins switch duty; any member takes a case", async () => {
    const { h, invite, confirmLast, deliver } = setup();
    const GROUP = -100_888;
    await h.send(groupText(person(6071, "en"), GROUP, `/enrol@rights_test_bot ${await invite("lawyer", "national", "primary")}`));
    await confirmLast();
    const groupAdmin = person(6072, "en", "Group Admin");
    const member = person(6073, "en", "Member");
    h.telegram.responder = (call) =>
      call.method === "getChatMember"
        ? {
            ok: true,
            result: {
              status: call.payload.user_id === groupAdmin.id ? "administrator" : "member",
              user: { id: call.payload.user_id, is_bot: false, first_name: "x" },
            },
          }
        : undefined;

    await h.send(groupText(member, GROUP, "/offduty@rights_test_bot"));
    expect(h.telegram.texts().at(-1)).toBe(
      "In a group, only the group's admins can switch duty. Anyone here can take, ask and close cases.",
    );
    expect((await storage.leads.byChat(GROUP))[0]!.onDuty).toBe(true);
    await h.send(groupText(groupAdmin, GROUP, "/offduty@rights_test_bot"));
    expect(h.telegram.texts().at(-1)).toBe("You are off duty: alerts go to others until you send /onduty.");
    expect((await storage.leads.byChat(GROUP))[0]!.onDuty).toBe(false);
    await h.send(groupText(groupAdmin, GROUP, "/onduty@rights_test_bot"));

    const report = await submit(storage, REPORTER);
    await deliver();
    await h.send(groupPress(member, GROUP, `l:take:${report.code}`));
    expect(h.telegram.last("answerCallbackQuery").payload.text).toBe("Taken.");
  });
});
