/**
 * Issue 9 §1, the seized phone: what the reporter's and the lead's chats
 * still show. Messages deleted (deleteMessages calls on the fake Telegram),
 * literal texts in kk/ru/en, no reference code or "report" in the notices a
 * reporter gets, the lead's alert of a closed case edited down.
 */
import { randomBytes } from "node:crypto";
import { conversations, createConversation } from "@grammyjs/conversations";
import { Bot } from "grammy";
import type { Update } from "grammy/types";
import type { BotContext } from "../src/telegram/context.js";
import { BOT_INFO } from "../playground/bot-api/bot-info.js";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { commandList } from "../src/bot/commands.js";
import { createI18n } from "../src/telegram/i18n.js";
import type { Locale } from "../src/shared/locales.js";
import type { Sector } from "../src/shared/vocabulary.js";
import { pseudonymizer } from "../src/security/data-key.js";
import { SEALED_VALUE } from "../src/storage/sealed-fields.js";
import { buttonsOf, type ApiCall } from "./helpers/fake-telegram.js";
import { FormWalker } from "./helpers/form-walker.js";
import { formSteps, PERSON_DETENTION } from "./helpers/form-script.js";
import { answerSteps } from "./helpers/report-scripts.js";
import { createTestBot } from "./helpers/harness.js";
import { sampleReport } from "./helpers/sample-report.js";
import { openTestStorage } from "./helpers/test-storage.js";
import { command, person, press, replyTo, sticker, text, type Person } from "./helpers/updates.js";

const i18n = createI18n();
const HOUR = 60 * 60 * 1000;
const T0 = Date.parse("2026-12-16T08:00:00Z");

let storage: Awaited<ReturnType<typeof openTestStorage>>;
let nextUser = 90_000;
beforeAll(async () => {
  storage = await openTestStorage();
});
afterAll(() => storage.drop());
afterEach(() => vi.useRealTimers());

type Sent = ApiCall & { result?: { message_id: number } | Array<{ message_id: number }> };

/** A person and a bot; every message the person sends is noted. */
function chat(locale: Locale | "en" = "en") {
  const h = createTestBot(storage);
  const user = person(nextUser++, locale);
  const userMessages: number[] = [];
  const send = async (update: Update) => {
    if (update.message?.chat.id === user.id) userMessages.push(update.message.message_id);
    await h.send(update);
  };
  const walker = new FormWalker(h.telegram, send, user);
  return { ...h, user, send, walker, userMessages };
}
type Chat = ReturnType<typeof chat>;

/** Ids of the messages the bot sent into a chat, in order. */
function botMessages(h: Pick<Chat, "telegram">, chatId: number): number[] {
  return (h.telegram.calls as Sent[])
    .filter((c) => (c.method.startsWith("send") || c.method === "copyMessage") && c.payload.chat_id === chatId && c.result)
    .flatMap((c) => (Array.isArray(c.result) ? c.result : [c.result!]).map((m) => m.message_id));
}

function deletedIn(h: Pick<Chat, "telegram">, chatId: number): number[] {
  return h.telegram
    .callsOf("deleteMessages")
    .filter((c) => c.payload.chat_id === chatId)
    .flatMap((c) => c.payload.message_ids as number[]);
}

/** The last message the bot sent with this text. */
function sentWith(h: Chat, body: string): Sent {
  return (h.telegram.calls as Sent[]).findLast((c) => c.method === "sendMessage" && String(c.payload.text).includes(body))!;
}
const idOf = (call: Sent) => (call.result as { message_id: number }).message_id;

const AIDOS = { ...PERSON_DETENTION, name: "Aidos Serikuly", place: "Abai avenue", contact: "bot" };

/** From the first question to the summary, with contact through the bot. */
async function answerAll(r: Chat) {
  await answerSteps({ walker: r.walker, send: r.send, user: r.user, locale: "en" }, formSteps("detention", AIDOS));
}

describe("🧹 Delete them, after a report", () => {
  it("deletes every message of the report — complaints, 'welcome back', the menu, the summary, the code — though /start was sent before the press", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(T0);
    const r = chat("en");
    await r.send(command(r.user, "report")); // the report menu
    await r.walker.choose("report:detention");
    await r.send(command(r.user, "start")); // a complaint: the form is open
    expect(r.telegram.texts()).toContain(
      "You are filling in a report (step 1 of 18). Answer the question below, or send /cancel to discard it.",
    );
    await r.send(sticker(r.user)); // another complaint
    await r.walker.choose("witness");
    vi.setSystemTime(T0 + 2 * HOUR); // back after two hours
    await r.walker.choose("person");
    expect(r.telegram.texts()).toContain("Welcome back. You were filling in a report: step 2 of 18. Your answers are kept.");
    await answerSteps({ walker: r.walker, send: r.send, user: r.user, locale: "en" }, formSteps("detention", AIDOS).slice(2));
    const summary = sentWith(r, "Aidos Serikuly");
    await r.walker.choose("submit");
    const ack = sentWith(r, "Reference code:");
    const offer = sentWith(r, "Your phone may be checked.");
    expect(buttonsOf(offer).map((b) => b.text)).toEqual(["🧹 Delete them", "Keep them"]);

    await r.send(command(r.user, "start")); // before pressing: the main menu
    const before = botMessages(r, r.user.id);
    await r.send(press(r.user, "c:clean", idOf(offer)));

    const deleted = deletedIn(r, r.user.id);
    for (const id of [...before, ...r.userMessages]) expect(deleted).toContain(id);
    expect(deleted).toContain(idOf(summary));
    expect(deleted).toContain(idOf(ack));
    expect(r.telegram.texts().at(-1)).toBe("✓");
  });

  it("works two days later (within 48 hours), and 'Keep them' keeps everything", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(T0);
    const r = chat("ru");
    await r.send(command(r.user, "report"));
    await r.walker.choose("report:detention");
    await answerAll(r);
    await r.walker.choose("submit");
    const offer = sentWith(r, "Ваш телефон могут проверить.");
    expect(offer.payload.text).toBe(
      "Ваш телефон могут проверить. Удалить сейчас из этого чата это обращение и другие наши сообщения за последние 48 часов? Номер выше тоже удалится: сначала запишите его. Это можно сделать и позже командой /clean.",
    );
    await r.send(press(r.user, "c:keep", idOf(offer)));
    expect(r.telegram.last("editMessageText").payload.text).toBe("Сообщения остаются.");
    expect(r.telegram.callsOf("deleteMessages")).toEqual([]);

    vi.setSystemTime(T0 + 47 * HOUR);
    const before = botMessages(r, r.user.id);
    await r.send(press(r.user, "c:clean", idOf(offer)));
    const deleted = deletedIn(r, r.user.id);
    for (const id of [...before, ...r.userMessages]) expect(deleted).toContain(id);
    expect(r.telegram.texts().at(-1)).toBe("✓");
  });

  it("a chat left waiting in the earlier version's clean-up step is freed at its next update", async () => {
    const r = chat("en");
    // The earlier version: after a report, a conversation waited for the clean-up buttons only.
    const earlier = new Bot<BotContext>("1:earlier", { botInfo: BOT_INFO, client: { fetch: r.telegram.fetch as never } });
    const key = pseudonymizer(r.deps.pseudonymKey);
    earlier.use(
      conversations<BotContext, BotContext>({
        storage: { type: "key", getStorageKey: (ctx) => key(ctx.chatId!), adapter: storage.conversations as never },
      }),
    );
    earlier.use(createConversation(async (conversation) => void (await conversation.wait()), "afterReport"));
    earlier.command("start", (ctx) => ctx.conversation.enter("afterReport"));
    await earlier.handleUpdate(command(r.user, "start"));
    expect(JSON.stringify(await storage.conversations.read(key(r.user.id)))).toContain("afterReport");

    await r.send(command(r.user, "documents"));
    await r.send(press(r.user, "doc:lawyer-request")); // not refused as "a report is open"
    expect(r.telegram.texts().at(-1)).toMatch(/^Step 1 of \d+\n/);
    await r.send(command(r.user, "clean"));
    expect(deletedIn(r, r.user.id)).toEqual(expect.arrayContaining(r.userMessages.slice(1)));
    expect(JSON.stringify(await storage.conversations.read(key(r.user.id)))).not.toContain("afterReport");
  });
});

describe("/clean", () => {
  it("deletes the chat's messages of the last 48 hours, skips older ones and says so (kk)", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(T0);
    const r = chat("kk");
    await r.send(command(r.user, "start"));
    await r.send(press(r.user, "rights"));
    await r.send(press(r.user, "card"));
    const old = [...botMessages(r, r.user.id), ...r.userMessages];

    vi.setSystemTime(T0 + 49 * HOUR);
    await r.send(command(r.user, "rights"));
    const recent = [...botMessages(r, r.user.id), ...r.userMessages].filter((id) => !old.includes(id));
    await r.send(command(r.user, "clean"));

    const deleted = deletedIn(r, r.user.id);
    for (const id of recent) expect(deleted).toContain(id);
    expect(deleted).toContain(r.userMessages.at(-1)); // the /clean itself
    for (const id of old) expect(deleted).not.toContain(id);
    expect(r.telegram.texts().at(-1)).toBe(
      "Кейбір жазбаларды өшіру мүмкін болмады: Telegram ботқа оларды тек 48 сағат ішінде өшіруге рұқсат етеді. Оларды қолмен өшіріңіз немесе бүкіл чатты өшіріңіз.",
    );
  });

  it("says what it cannot delete even when all went (ru), and the menu entry does the same (en)", async () => {
    const r = chat("ru");
    await r.send(command(r.user, "start"));
    await r.send(command(r.user, "clean"));
    for (const id of [...botMessages(r, r.user.id).slice(0, -1), ...r.userMessages]) expect(deletedIn(r, r.user.id)).toContain(id);
    expect(r.telegram.texts().at(-1)).toBe(
      "✓ Удалено из этого чата. Сообщения старше 48 часов бот удалить не может: удалите их вручную или весь чат.",
    );

    const e = chat("en");
    await e.send(command(e.user, "start"));
    const menu = e.telegram.last("sendMessage") as Sent;
    expect(buttonsOf(menu).find((b) => b.text === "🧹 Clear this chat")?.data).toBe("clean");
    await e.send(press(e.user, "clean", idOf(menu)));
    expect(deletedIn(e, e.user.id)).toEqual(expect.arrayContaining([idOf(menu), ...e.userMessages]));
    expect(e.telegram.texts().at(-1)).toBe(
      "✓ Deleted from this chat. The bot cannot delete messages older than 48 hours: delete those by hand, or the whole chat.",
    );
  });

  it("in the middle of a report: the form waits, and says how to see its question again", async () => {
    const r = chat("en");
    await r.send(command(r.user, "report"));
    await r.walker.choose("report:detention");
    await r.walker.choose("witness");
    const question = r.walker.question();
    await r.send(command(r.user, "clean"));
    expect(deletedIn(r, r.user.id)).toEqual(expect.arrayContaining(botMessages(r, r.user.id).slice(0, -1)));
    expect(r.telegram.texts().at(-1)).toBe(
      "✓ Deleted from this chat. The bot cannot delete messages older than 48 hours: delete those by hand, or the whole chat.\n\nA form you started is still open: send /start to see its question again, or /cancel to drop it.",
    );
    await r.send(command(r.user, "start"));
    expect(r.walker.question()).toBe(question);
    await r.walker.choose("person"); // the draft is intact
    expect(r.walker.question()).toContain("name");
  });

  it("after a crash in the middle of a report, the restarted bot still deletes every message of the form", async () => {
    const pseudonymKey = randomBytes(32);
    const crashed = createTestBot(storage, { pseudonymKey });
    const user = person(nextUser++, "en");
    const userMessages: number[] = [];
    const send = async (update: Update) => {
      if (update.message) userMessages.push(update.message.message_id);
      await crashed.send(update);
    };
    const walker = new FormWalker(crashed.telegram, send, user);
    await send(command(user, "report"));
    await walker.choose("report:detention");
    await send(sticker(user)); // a complaint
    await walker.choose("witness");
    await walker.choose("person");
    await send(text(user, "Aidos Serikuly"));
    const sent = botMessages(crashed, user.id);
    expect(sent.length).toBeGreaterThan(5);
    // In a form the ids ride along with the form state (one write per update), sealed.
    const key = pseudonymizer(pseudonymKey)(user.id);
    const form = await storage.db.collection("conversations").findOne({ _id: storage.conversations.storedIdOf(key) as never });
    expect(form?.rider).toMatch(SEALED_VALUE);

    // The process dies: nothing in memory survives; a new one opens the same database.
    const reopened = await openTestStorage(storage.db.databaseName, storage.cipher);
    try {
      const restarted = createTestBot(reopened, { pseudonymKey });
      await restarted.send(command(user, "clean"));
      expect(deletedIn(restarted, user.id)).toEqual(expect.arrayContaining([...sent, ...userMessages]));
      expect(restarted.telegram.texts().at(-1)).toContain("A form you started is still open");
    } finally {
      await reopened.close();
    }
  });

  it("is in Telegram's command menu of every language, with /forget", () => {
    const described = (locale: string) => Object.fromEntries(commandList(i18n, locale).map((c) => [c.command, c.description]));
    expect(described("en")).toMatchObject({
      clean: "Delete our messages from this chat",
      forget: "Forget me: delete what the bot keeps about you",
    });
    expect(described("ru")).toMatchObject({
      clean: "Удалить наши сообщения из этого чата",
      forget: "Забыть меня: удалить, что бот хранит о вас",
    });
    expect(described("kk")).toMatchObject({
      clean: "Біздің хабарламаларды осы чаттан өшіру",
      forget: "Мені ұмыт: бот сіз туралы сақтағанын өшіру",
    });
  });
});

/** A lead of `sector` in a private chat, alerts in `locale`. */
async function lead(id: number, sector: Sector, locale: Locale = "en"): Promise<Person> {
  await storage.leads.add({ chatId: id, kind: "person", sector, scope: "national", role: "primary", onDuty: true, locale, label: "lead" });
  return person(id, locale);
}

async function deliver(h: Chat) {
  await h.delivery.router.runOnce();
  await h.delivery.dispatcher.drain();
}

describe("/forget", () => {
  it("asks first, saying what it cannot delete; then deletes the chat, the draft, the language, the way back; the report stays and the lead sees 'the reporter left' (ru)", async () => {
    const r = chat("ru");
    const coordinator = await lead(95_001, "coordinator");
    await r.send(command(r.user, "language"));
    await r.send(press(r.user, "lang:ru"));
    await r.send(command(r.user, "report"));
    await r.walker.choose("report:detention");
    await answerAll(r);
    await r.walker.choose("submit");
    const code = /([2-9A-Z]{4}-[2-9A-Z]{4})/.exec(String(sentWith(r, "Номер:").payload.text))![1]!;
    await deliver(r);
    // The lead asks; the question reaches the reporter's chat.
    await r.send(press(coordinator, `l:ask:${code}`));
    const prompt = idOf(r.telegram.last("sendMessage") as Sent);
    await r.send(replyTo(coordinator, prompt, "Where exactly?"));
    const question = idOf((r.telegram.calls as Sent[]).findLast((c) => c.method === "sendMessage" && c.payload.chat_id === r.user.id)!);
    // An unfinished second report: a draft.
    await r.send(command(r.user, "report"));
    await r.walker.choose("report:ill-treatment");

    await r.send(command(r.user, "forget"));
    const confirmation = r.telegram.last("sendMessage") as Sent;
    expect(confirmation.payload.text).toBe(
      [
        "Бот забудет вас:",
        "• удалит наши сообщения в этом чате, которые ещё может удалить;",
        "• удалит незаконченные формы и выбранный вами язык;",
        "• уберёт способ связаться с вами: отправленные вами обращения останутся у Альянса, но написать вам о них больше никто не сможет.",
        "Бот не может удалить:",
        "• сообщения старше 48 часов: удалите их вручную или удалите весь чат;",
        "• то, что ответственные Альянса уже получили (обращения, ваши ответы, файлы): это останется у них, без вашего аккаунта Telegram.",
        "Забыть вас сейчас?",
      ].join("\n"),
    );
    expect(buttonsOf(confirmation).map((b) => b.text)).toEqual(["🗑 Да, забыть меня", "Нет, ничего не удалять"]);
    // Nothing happens before the answer.
    expect(r.telegram.callsOf("deleteMessages")).toEqual([]);
    expect(await storage.reports.reporterChat(code)).toBe(r.user.id);

    const before = botMessages(r, r.user.id);
    await r.send(press(r.user, buttonsOf(confirmation)[0]!.data, idOf(confirmation)));

    const deleted = deletedIn(r, r.user.id);
    for (const id of [...before, ...r.userMessages]) expect(deleted).toContain(id);
    expect(deleted).toContain(question);
    expect(r.telegram.texts().at(-1)).toBe("Готово: бот забыл вас.");

    const key = pseudonymizer(r.deps.pseudonymKey)(r.user.id);
    expect(await storage.db.collection("sessions").findOne({ _id: storage.sessions.storedIdOf(key) as never })).toBeNull();
    expect(await storage.db.collection("conversations").findOne({ _id: storage.conversations.storedIdOf(key) as never })).toBeNull();
    expect(await storage.db.collection("trails").findOne({ _id: storage.trails.storedIdOf(key) as never })).toBeNull();
    expect(await storage.relays.find(key, question)).toBeUndefined();
    expect(await storage.reports.reporterChat(code)).toBeUndefined();
    expect((await storage.reports.findByCode(code))?.code).toBe(code); // the report stays

    // The lead: Ask, and a reply to the earlier prompt, both say the reporter left.
    await r.send(press(coordinator, `l:ask:${code}`));
    const left = `The reporter of ${code} has left: they asked the bot to forget them. The report stays; nobody can write to them through the bot any more.`;
    expect(r.telegram.texts().at(-1)).toBe(left);
    await r.send(replyTo(coordinator, prompt, "Are you there?"));
    expect(r.telegram.texts().at(-1)).toBe(left);
    expect(
      r.telegram
        .callsOf("sendMessage")
        .filter((c) => c.payload.chat_id === r.user.id)
        .at(-1)!.payload.text,
    ).toBe("Готово: бот забыл вас.");

    // The old question no longer leads anywhere; the form is gone; the language is the app's again.
    const toLead = r.telegram.callsOf("sendMessage").filter((c) => c.payload.chat_id === coordinator.id).length;
    await r.send(replyTo(person(r.user.id, "en"), question, "Station 5"));
    expect(r.telegram.callsOf("sendMessage").filter((c) => c.payload.chat_id === coordinator.id)).toHaveLength(toLead);
    expect(r.telegram.texts().at(-1)).toBe("I answer with buttons. Please choose below.");
  });

  it("from the menu (en); 'No' deletes nothing; an hour-old confirmation is asked again", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(T0);
    const r = chat("en");
    await r.send(command(r.user, "start"));
    const menu = r.telegram.last("sendMessage") as Sent;
    expect(buttonsOf(menu).find((b) => b.text === "🗑 Forget me")?.data).toBe("forget");
    await r.send(press(r.user, "forget", idOf(menu)));
    const confirmation = r.telegram.last("sendMessage") as Sent;
    expect(String(confirmation.payload.text)).toMatch(/^The bot will forget you:\n/);
    expect(String(confirmation.payload.text)).toContain(
      "It cannot delete:\n• messages older than 48 hours: delete them by hand, or delete the whole chat;\n• what the alliance's responsible people have already received (reports, your answers, files): it stays with them, without your Telegram account.",
    );
    await r.send(press(r.user, "fg:no", idOf(confirmation)));
    expect(r.telegram.last("editMessageText").payload.text).toBe("Nothing was deleted.");
    expect(r.telegram.callsOf("deleteMessages")).toEqual([]);

    vi.setSystemTime(T0 + 2 * HOUR);
    await r.send(press(r.user, buttonsOf(confirmation)[0]!.data, idOf(confirmation)));
    expect(r.telegram.callsOf("deleteMessages")).toEqual([]);
    expect(String(r.telegram.texts().at(-1))).toMatch(/^The bot will forget you:/);
  });

  it("says so when messages are older than 48 hours (kk)", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(T0);
    const r = chat("kk");
    await r.send(command(r.user, "start"));
    vi.setSystemTime(T0 + 50 * HOUR);
    await r.send(command(r.user, "forget"));
    const confirmation = r.telegram.last("sendMessage") as Sent;
    await r.send(press(r.user, buttonsOf(confirmation)[0]!.data, idOf(confirmation)));
    expect(deletedIn(r, r.user.id)).toEqual(expect.arrayContaining([idOf(confirmation), r.userMessages.at(-1)]));
    expect(deletedIn(r, r.user.id)).not.toContain(r.userMessages[0]);
    expect(r.telegram.texts().at(-1)).toBe(
      "Дайын: бот сізді ұмытты. Кейбір жазбаларды өшіру мүмкін болмады (Telegram мұны 48 сағат ішінде ғана рұқсат етеді): оларды қолмен немесе бүкіл чатты өшіріңіз.",
    );
  });
});

describe("what a reporter hears from the alliance", () => {
  const REPORT_WORD: Record<Locale, RegExp> = { en: /report/i, ru: /сообщени|обращени|отч[её]т/i, kk: /хабарлама|есеп|өтініш/i };
  const EXPECTED: Record<Locale, { taken: string; question: string; closed: string }> = {
    en: {
      taken: "Someone from the alliance is looking into what you sent.",
      question: "A question from the alliance about what you sent. To answer, reply to this question; they will not see who you are.",
      closed: "The alliance has finished with what you sent: A duplicate. Thank you.",
    },
    ru: {
      taken: "Человек из альянса занимается тем, что вы прислали.",
      question: "Вопрос от альянса о том, что вы прислали. Чтобы ответить, ответьте на этот вопрос; они не узнают, кто вы.",
      closed: "Альянс закончил работу с тем, что вы прислали: Повтор (уже известно). Спасибо.",
    },
    kk: {
      taken: "Альянстан бір адам сіз жіберген ақпаратпен айналысып жатыр.",
      question:
        "Альянстан сіз жіберген ақпарат бойынша сұрақ. Жауап беру үшін осы сұраққа жауап жазыңыз; олар сіздің кім екеніңізді білмейді.",
      closed: "Альянс сіз жіберген ақпарат бойынша жұмысты аяқтады: Қайталама. Рақмет.",
    },
  };

  it.each(["en", "ru", "kk"] as const)("in %s: taken, a question, closed — never the code, never the word 'report'", async (locale) => {
    const h = chat(locale);
    const reporter = h.user.id;
    const lawyer = await lead(96_000 + nextUser, "lawyer");
    const report = { ...sampleReport(), locale };
    await storage.reports.save(report, reporter);
    await deliver(h);

    await h.send(press(lawyer, `l:take:${report.code}`));
    await h.send(press(lawyer, `l:ask:${report.code}`));
    await h.send(replyTo(lawyer, idOf(h.telegram.last("sendMessage") as Sent), "Which station?"));
    await h.send(press(lawyer, `l:close:${report.code}`));
    await h.send(press(lawyer, `l:outcome:${report.code}:duplicate`));

    const toReporter = h.telegram
      .callsOf("sendMessage")
      .filter((c) => c.payload.chat_id === reporter)
      .map((c) => String(c.payload.text));
    expect(toReporter).toEqual([EXPECTED[locale].taken, `${EXPECTED[locale].question}\n\nWhich station?`, EXPECTED[locale].closed]);
    for (const notice of toReporter) {
      expect(notice).not.toContain(report.code);
      expect(notice.replace("Which station?", "")).not.toMatch(REPORT_WORD[locale]);
    }
    // Sent from the lead's updates, they are in the reporter's trail all the same: /clean deletes them.
    const notices = (h.telegram.calls as Sent[]).filter((c) => c.method === "sendMessage" && c.payload.chat_id === reporter).map(idOf);
    await h.send(command(h.user, "clean"));
    expect(deletedIn(h, reporter)).toEqual(expect.arrayContaining(notices));
  });
});

describe("a lead's copy of a closed case", () => {
  it("is edited down to the code and the outcome, without its buttons; open cases keep theirs", async () => {
    const h = chat("en");
    const lawyer = await lead(97_001, "lawyer");
    const closed = { ...sampleReport({ name: "Subject Person" }) };
    const open = { ...sampleReport({ name: "Other Person" }) };
    await storage.reports.save(closed, h.user.id);
    await storage.reports.save(open, h.user.id);
    await deliver(h);
    const alertOf = (code: string) =>
      idOf(
        (h.telegram.calls as Sent[]).find(
          (c) => c.method === "sendMessage" && c.payload.chat_id === lawyer.id && String(c.payload.text).includes(code),
        )!,
      );

    await h.send(press(lawyer, `l:take:${closed.code}`));
    await h.send(press(lawyer, `l:close:${closed.code}`));
    await h.send(press(lawyer, `l:outcome:${closed.code}:lawyer-provided`));

    const edits = h.telegram
      .callsOf("editMessageText")
      .filter((c) => c.payload.chat_id === lawyer.id && c.payload.message_id === alertOf(closed.code));
    const shrunk = edits.at(-1)!;
    expect(shrunk.payload.text).toBe(`✔️ ${closed.code} — closed: A lawyer was provided`);
    expect(shrunk.payload.reply_markup).toEqual({ inline_keyboard: [] });
    expect(
      h.telegram
        .callsOf("editMessageText")
        .filter((c) => c.payload.message_id === alertOf(open.code))
        .at(-1)!.payload.text,
    ).toContain("Other Person");
  });

  it("in the lead's language (ru), also after a hand-over; an alert that cannot be edited is logged without ids and the close goes on", async () => {
    const h = chat("en");
    const lawyer = await lead(97_011, "lawyer", "ru");
    const torture = await lead(97_012, "torture", "kk");
    const report = sampleReport();
    await storage.reports.save(report, h.user.id);
    await deliver(h);
    const alert = idOf(
      (h.telegram.calls as Sent[]).find(
        (c) => c.method === "sendMessage" && c.payload.chat_id === lawyer.id && String(c.payload.text).includes(report.code),
      )!,
    );

    await h.send(press(lawyer, `l:hand:${report.code}`));
    await h.send(press(lawyer, `l:handto:${report.code}:torture`));
    expect(h.telegram.callsOf("editMessageText").findLast((c) => c.payload.message_id === alert)!.payload.text).toBe(
      `✔️ ${report.code} — закрыто: Передано другому сектору`,
    );
    await deliver(h);

    // The torture lead deleted the alert: the edit is refused.
    h.telegram.responder = (call) =>
      call.method === "editMessageText" && call.payload.chat_id === torture.id
        ? { ok: false, error_code: 400, description: "Bad Request: message to edit not found" }
        : undefined;
    await h.send(press(torture, `l:close:${report.code}`));
    await h.send(press(torture, `l:outcome:${report.code}:released`));
    expect(
      h.telegram
        .callsOf("sendMessage")
        .filter((c) => c.payload.chat_id === h.user.id)
        .at(-1)!.payload.text,
    ).toBe("The alliance has finished with what you sent: The person was released. Thank you.");
    const line = h.logLines.find((l) => l.includes("a closed case's alert could not be shrunk"))!;
    expect(line).toContain("message to edit not found");
    for (const secret of [String(torture.id), report.code, String(h.user.id)]) expect(line).not.toContain(secret);
  });
});
