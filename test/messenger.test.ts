/**
 * Messages to another chat are written in *that* chat's language (src/bot/messenger.ts):
 * the admin asked to confirm, the applicant told the decision, the removed lead, the group
 * the bot is added to. Literal texts: the language must be the recipient's, whatever the sender's.
 */
import type { ChatMember, Update } from "grammy/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { NO_ALLIANCE, type AllianceConfig } from "../src/config/alliance.js";
import { buttonsOf } from "./helpers/fake-telegram.js";
import { createTestBot } from "./helpers/harness.js";
import { leadSteps } from "./helpers/lead-steps.js";
import { sampleReport } from "./helpers/sample-report.js";
import { openTestStorage } from "./helpers/test-storage.js";
import { command, person, press } from "./helpers/updates.js";

const ADMIN = person(1_000_101, "en", "Admin");
const alliance: AllianceConfig = { ...NO_ALLIANCE, admins: [ADMIN.id] };

let storage: Awaited<ReturnType<typeof openTestStorage>>;
beforeEach(async () => {
  storage = await openTestStorage();
});
afterEach(() => storage.drop());

const sentTo = (h: ReturnType<typeof createTestBot>, chatId: number) =>
  h.telegram
    .callsOf("sendMessage")
    .filter((c) => c.payload.chat_id === chatId)
    .map((c) => String(c.payload.text));

const editedIn = (h: ReturnType<typeof createTestBot>, chatId: number) =>
  h.telegram
    .callsOf("editMessageText")
    .filter((c) => c.payload.chat_id === chatId)
    .map((c) => String(c.payload.text));

describe("a message to another chat", () => {
  it("reaches the admin in the admin's chosen language, and the applicant in theirs", async () => {
    const h = createTestBot(storage, { alliance });
    // The admin's Telegram app is in English, but they chose Kazakh with /language.
    await h.send(command(ADMIN, "language"));
    await h.send(press(ADMIN, "lang:kk"));
    const applicant = person(3101, "ru", "Адвокат Один");
    const token = await leadSteps(h, ADMIN).invite("lawyer", "atyrau", "primary");
    await h.send(command(applicant, "start", `inv_${token}`));

    const request = sentTo(h, ADMIN.id).at(-1)!;
    expect(request).toContain("Адвокат Один жауапты болуды сұрайды: Адвокат, Атырау облысы, Негізгі.");
    expect(request).not.toContain("Атырауская");
    expect(sentTo(h, applicant.id)).toContain("Спасибо. Администратор скоро подтвердит вас.");

    await leadSteps(h, ADMIN).confirmLast();
    // The new lead reads Russian (the region too); the admin's screen stays Kazakh.
    expect(sentTo(h, applicant.id).at(-1)).toMatch(/^Теперь вы ответственный: Адвокат, Атырауская область, Основной\./);
    expect(String(h.telegram.last("editMessageText").payload.text)).toMatch(/^Расталды: Адвокат Один: Адвокат, Атырау облысы, Негізгі\./);

    // Removed: told in the lead's language, not the admin's.
    await h.send(command(ADMIN, "leads"));
    const list = h.telegram.callsOf("sendMessage").findLast((c) => c.payload.chat_id === ADMIN.id)!;
    await h.send(press(ADMIN, buttonsOf(list).find((b) => b.data.startsWith("adm:rm:"))!.data));
    expect(sentTo(h, applicant.id).at(-1)).toBe("Вы больше не ответственный в боте Альянса.");
  });

  it("reaches an admin who never chose a language in the default one, and a rejected applicant in theirs", async () => {
    const h = createTestBot(storage, { alliance });
    const applicant = person(3102, "kk", "Заңгер");
    const token = await leadSteps(h, ADMIN).invite("torture", "national", "backup");
    await h.send(command(applicant, "start", `inv_${token}`));
    expect(sentTo(h, ADMIN.id).at(-1)).toContain("Заңгер asks to become a lead: Torture and ill-treatment, The whole country, Backup.");
    const request = h.telegram.callsOf("sendMessage").findLast((c) => c.payload.chat_id === ADMIN.id)!;
    await h.send(press(ADMIN, buttonsOf(request).find((b) => b.data.startsWith("adm:no:"))!.data));
    expect(sentTo(h, applicant.id).at(-1)).toBe("Тағайындауыңыз расталмады.");
  });

  it("an alert no lead is enrolled for reaches each admin in that admin's language, not the reporter's", async () => {
    const OTHER_ADMIN = person(1_000_102, "ru", "Admin 2");
    const h = createTestBot(storage, { alliance: { ...alliance, admins: [ADMIN.id, OTHER_ADMIN.id] } });
    // The first admin's Telegram app is in English, but they chose Kazakh; the second never chose one.
    await h.send(command(ADMIN, "language"));
    await h.send(press(ADMIN, "lang:kk"));
    const report = { ...sampleReport({ lawyer: "refused" }), locale: "ru" as const };
    await storage.reports.save(report, 2_100_002);
    await h.delivery.router.runOnce();
    await h.delivery.dispatcher.drain();

    const alertTo = (chatId: number) =>
      sentTo(h, chatId)
        .concat(editedIn(h, chatId))
        .findLast((t) => t.includes(report.code))!;
    expect(alertTo(ADMIN.id)).toMatch(new RegExp(`^<b>Ұстап алу</b> · <code>${report.code}</code>\n<b>Кімге:</b> Адвокат\n`));
    // An admin who never chose a language: the default one (a Telegram app's language is not stored), never Russian by default.
    expect(alertTo(OTHER_ADMIN.id)).toMatch(new RegExp(`^<b>Detention</b> · <code>${report.code}</code>\n<b>For:</b> Lawyer\n`));
    expect(alertTo(OTHER_ADMIN.id)).not.toContain("Для:");
  });

  it("a group the bot is added to hears what the bot does in groups — the enrolment, not a refusal", async () => {
    const h = createTestBot(storage, { alliance });
    const adder = person(3103, "ru", "Координатор");
    const joined: Update = {
      update_id: 990_001,
      my_chat_member: {
        chat: { id: -100_555, type: "supergroup", title: "Дежурные" },
        from: { id: adder.id, is_bot: false, first_name: adder.first_name, language_code: adder.language_code },
        date: 0,
        old_chat_member: { status: "left", user: { id: 424242, is_bot: true, first_name: "Rights bot" } },
        new_chat_member: { status: "member", user: { id: 424242, is_bot: true, first_name: "Rights bot" } },
      },
    };
    await h.send(joined);
    const greeting = sentTo(h, -100_555);
    expect(greeting).toHaveLength(1);
    expect(greeting[0]).toContain("В группе я работаю только для дежурных команд Альянса");
    expect(greeting[0]).toContain("/enrol");
    expect(greeting[0]).not.toContain("Я работаю только в личном чате");
    // Promoted to admin later: no second greeting.
    await h.send({
      ...joined,
      update_id: 990_002,
      my_chat_member: {
        ...joined.my_chat_member!,
        old_chat_member: joined.my_chat_member!.new_chat_member,
        new_chat_member: { status: "administrator", user: { id: 424242, is_bot: true, first_name: "Rights bot" } } as ChatMember,
      },
    });
    expect(sentTo(h, -100_555)).toHaveLength(1);
  });
});
