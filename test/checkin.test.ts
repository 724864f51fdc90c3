/**
 * Issue 10 §3, the check-in timer: choosing a time (buttons and typed), the
 * reminder, "I'm safe", +1 hour, the live location (only its last point,
 * deleted with the timer), the alarm at the deadline with that point, a
 * restart after a day of downtime on a controlled clock (fired once, not
 * twice), and every wrong input answered in the person's language.
 */
import { Api } from "grammy";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createCheckinNotices } from "../src/bot/features/emergency/checkin-notices.js";
import {
  HOUR_MS,
  MINUTE_MS,
  parseTypedTime,
  reminderAt,
  type AlarmResult,
  type GeoPoint,
  type RaiseAlarm,
} from "../src/emergency/checkin.js";
import { CheckinTimerJob } from "../src/jobs/checkin-timers.js";
import { pseudonymizer } from "../src/security/data-key.js";
import { FIRING_LEASE_MS } from "../src/storage/timers-store.js";
import { createI18n } from "../src/telegram/i18n.js";
import { buttonsOf, type ApiCall } from "./helpers/fake-telegram.js";
import { createTestBot } from "./helpers/harness.js";
import { openTestStorage } from "./helpers/test-storage.js";
import { command, edited, liveLocation, liveLocationEdit, location, person, press, text, type Person } from "./helpers/updates.js";

/** 1 June 2026, 09:00 UTC = 14:00 in Almaty (UTC+5). */
const T0 = Date.UTC(2026, 5, 1, 9, 0, 0);
let clock = T0;
const now = () => clock;
let storage: Awaited<ReturnType<typeof openTestStorage>>;
let nextUser = 9_100_000;

beforeEach(async () => {
  clock = T0;
  storage = await openTestStorage();
});
afterEach(() => storage.drop());

interface AlarmCall {
  chatId: number;
  options: { location?: GeoPoint; cause: "checkin" };
}

/** A bot and its check-in job on one fake Telegram, with a recording alarm (§2's `raise`). */
function setup(answer: AlarmResult = "raised", db = storage) {
  const h = createTestBot(db, { now });
  const alarms: AlarmCall[] = [];
  const raise: RaiseAlarm = (chatId, options) => {
    alarms.push({ chatId, options });
    return Promise.resolve(answer);
  };
  const job = jobOn(h, raise, db);
  return { ...h, alarms, job };
}

function jobOn(h: ReturnType<typeof createTestBot>, raise: RaiseAlarm, db = storage) {
  const notices = createCheckinNotices({
    api: new Api("123456:TEST-token", { fetch: h.telegram.fetch as never }),
    storage: db,
    i18n: createI18n(),
    logger: h.deps.logger,
    pseudonym: pseudonymizer(h.deps.pseudonymKey),
  });
  return new CheckinTimerJob({ timers: db.timers, raise, notices, logger: h.deps.logger, now });
}

type H = ReturnType<typeof setup>;

/** Everything the bot wrote into this person's chat (sent or edited), in order. */
const seenBy = (h: H, user: Person) =>
  h.telegram.calls
    .filter((c) => (c.method === "sendMessage" || c.method === "editMessageText") && c.payload.chat_id === user.id)
    .map((c) => String(c.payload.text));
const lastTo = (h: H, user: Person): ApiCall =>
  h.telegram.calls.findLast((c) => (c.method === "sendMessage" || c.method === "editMessageText") && c.payload.chat_id === user.id)!;
const lastText = (h: H, user: Person) => String(lastTo(h, user).payload.text);
const button = (h: H, user: Person, label: string) => buttonsOf(lastTo(h, user)).find((b) => b.text === label)!.data;
const timerDocs = () => storage.db.collection("checkin_timers").find({}).toArray();

async function startTimer(h: H, user: Person, hours: 1 | 2 | 4 = 2) {
  await h.send(command(user, "checkin"));
  await h.send(press(user, `cks:${hours}`));
}

describe("choosing the time", () => {
  it("the main menu has the timer just before the alliance's contacts and the language; /checkin offers 1, 2, 4 hours", async () => {
    const h = setup();
    const user = person(nextUser++, "en");
    await h.send(command(user, "start"));
    const labels = buttonsOf(lastTo(h, user)).map((b) => b.text);
    expect(labels.indexOf("⏱ I'm going to an assembly")).toBe(labels.indexOf("📄 Documents to hand in") + 1);
    expect(labels.indexOf("🌐 Тіл / Язык / Language")).toBe(labels.indexOf("⏱ I'm going to an assembly") + 1);
    await h.send(press(user, buttonsOf(lastTo(h, user)).find((b) => b.text.startsWith("⏱"))!.data));
    expect(lastText(h, user)).toContain("How long will you be at the assembly?");
    expect(buttonsOf(lastTo(h, user)).map((b) => b.text)).toEqual(["1 h", "2 h", "4 h", "≡ Main menu"]);
  });

  it("a button starts it: until when in Almaty time, how long, when the reminder comes; /checkin then shows the running timer", async () => {
    const h = setup();
    const user = person(nextUser++, "en");
    await startTimer(h, user, 2);
    expect(lastText(h, user)).toContain("Timer set until 16:00 (Almaty time), 2 h from now.");
    expect(lastText(h, user)).toContain('10 min before the end I will ask: "Are you OK?"');
    expect(buttonsOf(lastTo(h, user)).map((b) => b.text)).toEqual(["⏹ Stop the timer", "➕ 1 hour"]);
    clock += 40 * MINUTE_MS;
    await h.send(command(user, "checkin"));
    expect(lastText(h, user)).toContain("Timer running until 16:00 (Almaty time): 1 h 20 min left.");
    expect(lastText(h, user)).toContain("No location shared.");
  });

  it.each([
    ["en", "90 min", "Timer set until 15:30 (Almaty time), 1 h 30 min from now."],
    ["en", "18:30", "Timer set until 18:30 (Almaty time), 4 h 30 min from now."],
    ["en", "3h", "Timer set until 17:00 (Almaty time), 3 h from now."],
    ["ru", "3 ч", "Таймер установлен до 17:00 (по времени Алматы), через 3 ч."],
    ["ru", "1 час 30 минут", "Таймер установлен до 15:30 (по времени Алматы), через 1 ч 30 мин."],
    ["kk", "3 сағ", "Таймер қойылды: аяқталу уақыты — 17:00 (Алматы уақыты), яғни 3 сағ кейін."],
    ["kk", "13:00", "Таймер қойылды: аяқталу уақыты — 13:00 (Алматы уақыты), яғни 23 сағ кейін."],
  ])("%s: a typed %s", async (locale, typed, expected) => {
    const h = setup();
    const user = person(nextUser++, locale);
    await h.send(command(user, "checkin"));
    await h.send(text(user, typed));
    expect(lastText(h, user)).toContain(expected);
    expect(await timerDocs()).toHaveLength(1);
  });

  it.each([
    ["en", "soon", "I couldn't read this time. Type, for example, 3h, 90 min or 18:30 — or pick a button."],
    ["en", "25:00", "There is no such time of day. Use hours 0–23 and minutes 00–59, for example 18:30."],
    ["en", "2 min", "That is less than 5 minutes. Pick a longer time."],
    ["en", "30 h", "A timer runs at most 24 hours. Pick a shorter time."],
    ["ru", "скоро", "Не удалось понять время. Напишите, например, 3 ч, 90 мин или 18:30 — или нажмите кнопку."],
    ["ru", "18:75", "Такого времени суток нет. Часы — от 0 до 23, минуты — от 00 до 59, например 18:30."],
    ["kk", "кейін", "Уақытты түсіне алмадым. Мысалы, 3 сағ, 90 мин немесе 18:30 деп жазыңыз — немесе батырманы басыңыз."],
    ["kk", "48 сағ", "Таймер ең көбі 24 сағат жүреді. Қысқарақ уақыт таңдаңыз."],
  ])("%s: %s where a time is expected gets a polite reply and the buttons again, and starts nothing", async (locale, typed, reply) => {
    const h = setup();
    const user = person(nextUser++, locale);
    await h.send(command(user, "checkin"));
    await h.send(text(user, typed));
    expect(lastText(h, user)).toBe(reply);
    expect(buttonsOf(lastTo(h, user))).toHaveLength(4);
    expect(await timerDocs()).toHaveLength(0);
  });

  it("one timer per person: a second choice shows the running one", async () => {
    const h = setup();
    const user = person(nextUser++, "en");
    await startTimer(h, user, 2);
    await h.send(press(user, "cks:4"));
    expect(lastText(h, user)).toContain("You already have a timer running. One at a time: stop it or add an hour.");
    expect(lastText(h, user)).toContain("until 16:00");
    expect(await timerDocs()).toHaveLength(1);
  });

  it("text long after the question, or without one, is not taken for a time", async () => {
    const h = setup();
    const user = person(nextUser++, "en");
    await h.send(text(user, "3h"));
    expect(lastText(h, user)).toBe("I answer with buttons. Please choose below.");
    await h.send(command(user, "checkin"));
    clock += 20 * MINUTE_MS;
    await h.send(text(user, "3h"));
    expect(lastText(h, user)).toBe("I answer with buttons. Please choose below.");
    expect(await timerDocs()).toHaveLength(0);
  });
});

describe("a running timer", () => {
  it("reminds once, 10 minutes before: 'Are you OK?' with I'm safe and +1 hour (en, ru, kk)", async () => {
    const h = setup();
    const [en, ru, kk] = [person(nextUser++, "en"), person(nextUser++, "ru"), person(nextUser++, "kk")];
    for (const user of [en, ru, kk]) await startTimer(h, user, 1);
    clock = T0 + 49 * MINUTE_MS;
    expect(await h.job.runOnce()).toEqual({ reminded: 0, fired: 0 });
    clock = T0 + 50 * MINUTE_MS;
    expect(await h.job.runOnce()).toEqual({ reminded: 3, fired: 0 });
    expect(lastText(h, en)).toBe(
      "Are you OK? Your timer runs out at 15:00 (Almaty time), in 10 min.\nIf you don't answer, I will raise the alarm.",
    );
    expect(buttonsOf(lastTo(h, en)).map((b) => b.text)).toEqual(["✅ I'm safe", "➕ 1 hour"]);
    expect(lastText(h, ru)).toBe(
      "Вы в порядке? Таймер закончится в 15:00 (по времени Алматы), через 10 мин.\nЕсли вы не ответите, я подниму тревогу.",
    );
    expect(buttonsOf(lastTo(h, ru)).map((b) => b.text)).toEqual(["✅ Я в безопасности", "➕ Ещё 1 час"]);
    expect(lastText(h, kk)).toBe(
      "Бәрі жақсы ма? Таймердің аяқталу уақыты — 15:00 (Алматы уақыты), 10 мин қалды.\nЖауап бермесеңіз, дабыл қағамын.",
    );
    expect(buttonsOf(lastTo(h, kk)).map((b) => b.text)).toEqual(["✅ Мен қауіпсізбін", "➕ Тағы 1 сағат"]);
    clock += 5 * MINUTE_MS;
    expect(await h.job.runOnce()).toEqual({ reminded: 0, fired: 0 });
    expect(seenBy(h, en).filter((t) => t.startsWith("Are you OK?"))).toHaveLength(1);
    expect(h.alarms).toEqual([]);
  });

  it("'I'm safe' before the deadline: nothing is raised, nothing more is sent, and the location is deleted", async () => {
    const h = setup();
    const user = person(nextUser++, "en");
    await startTimer(h, user, 1);
    await h.send(liveLocation(user, 43.2389, 76.8897));
    expect((await timerDocs())[0]!.sealedLocation).toEqual(expect.any(String));
    clock = T0 + 50 * MINUTE_MS;
    await h.job.runOnce();
    await h.send(press(user, button(h, user, "✅ I'm safe")));
    expect(lastText(h, user)).toBe("✅ Glad you are safe. The timer is stopped and your location deleted. Nobody was told.");
    expect(await timerDocs()).toEqual([]);
    const before = h.telegram.calls.length;
    clock = T0 + 3 * HOUR_MS;
    expect(await h.job.runOnce()).toEqual({ reminded: 0, fired: 0 });
    expect(h.alarms).toEqual([]);
    expect(h.telegram.calls.slice(before)).toEqual([]);
  });

  it("+1 hour moves the deadline and the reminder; then, unanswered, the alarm at the new deadline", async () => {
    const h = setup();
    const user = person(nextUser++, "en");
    await startTimer(h, user, 1);
    clock = T0 + 50 * MINUTE_MS;
    await h.job.runOnce();
    await h.send(press(user, button(h, user, "➕ 1 hour")));
    expect(lastText(h, user)).toContain("➕ One more hour: the timer now runs until 16:00 (Almaty time).");
    expect(lastText(h, user)).toContain("1 h 10 min left.");
    clock = T0 + HOUR_MS + MINUTE_MS;
    expect(await h.job.runOnce()).toEqual({ reminded: 0, fired: 0 });
    clock = T0 + 110 * MINUTE_MS;
    expect(await h.job.runOnce()).toEqual({ reminded: 1, fired: 0 });
    expect(lastText(h, user)).toContain("Your timer runs out at 16:00 (Almaty time), in 10 min.");
    clock = T0 + 2 * HOUR_MS;
    expect(await h.job.runOnce()).toEqual({ reminded: 0, fired: 1 });
    expect(h.alarms).toEqual([{ chatId: user.id, options: { cause: "checkin" } }]);
  });

  it("Stop ends it; its buttons are stale afterwards, and so are a forged run's", async () => {
    const h = setup();
    const user = person(nextUser++, "ru");
    await startTimer(h, user, 4);
    const more = button(h, user, "➕ Ещё 1 час");
    await h.send(press(user, button(h, user, "⏹ Остановить таймер")));
    expect(lastText(h, user)).toBe("⏹ Таймер остановлен, геопозиция удалена. Никому ничего не отправлено.");
    await h.send(press(user, more));
    expect(lastText(h, user)).toBe("Этот таймер уже закончился.");
    expect(h.telegram.last("answerCallbackQuery").payload.text).toBe("Этот таймер уже закончился.");
    await startTimer(h, user, 1);
    await h.send(press(user, "ck:safe:AAAAAAAA"));
    expect(lastText(h, user)).toContain("Этот таймер уже закончился.");
    expect(lastText(h, user)).toContain("Таймер идёт до 15:00");
    expect(await timerDocs()).toHaveLength(1);
  });
});

describe("the location and the alarm", () => {
  it("unanswered: the alarm once, with the last point of the live location; its edits are taken silently", async () => {
    const h = setup("raised");
    const user = person(nextUser++, "en");
    await startTimer(h, user, 1);
    const first = liveLocation(user, 43.2389, 76.8897);
    await h.send(first);
    expect(lastText(h, user)).toBe("📍 Location received. I keep only the last point, encrypted, and delete it when the timer ends.");
    const before = h.telegram.callsOf("sendMessage").length;
    await h.send(liveLocationEdit(user, first.message!.message_id, 43.24, 76.9));
    await h.send(liveLocationEdit(user, first.message!.message_id, 43.2411, 76.9123));
    expect(h.telegram.callsOf("sendMessage")).toHaveLength(before);
    expect(JSON.stringify(await timerDocs())).not.toContain("43.24");
    await h.send(command(user, "checkin"));
    expect(lastText(h, user)).toContain("📍 Your live location is shared; I keep only the last point.");

    clock = T0 + HOUR_MS + 30_000;
    expect(await h.job.runOnce()).toEqual({ reminded: 0, fired: 1 });
    expect(h.alarms).toEqual([{ chatId: user.id, options: { location: { latitude: 43.2411, longitude: 76.9123 }, cause: "checkin" } }]);
    expect(lastText(h, user)).toBe(
      "⏰ Your check-in time ran out at 15:00 (Almaty time) and you did not answer.\n" +
        "I raised the alarm: your trusted contacts are told, with your last location if you shared one.",
    );
    expect(await timerDocs()).toEqual([]);
    await h.job.runOnce();
    expect(h.alarms).toHaveLength(1);
    // Points after the end are not kept, and the end is not announced again.
    await h.send(liveLocationEdit(user, first.message!.message_id, 43.25, 76.95));
    expect(await timerDocs()).toEqual([]);
  });

  it.each([
    ["en", "You have no trusted contacts set up yet, so nobody was told. Set them up with /contacts."],
    ["ru", "У вас ещё нет доверенных контактов, поэтому никому не сообщено. Добавьте их: /contacts."],
    ["kk", "Сізде әлі сенімді адамдар қосылмаған, сондықтан ешкімге хабар берілмеді. Оларды қосыңыз: /contacts."],
  ])("%s: with no trusted contacts the person is told the time ran out and nobody was told", async (locale, words) => {
    const h = setup("not-set-up");
    const user = person(nextUser++, locale);
    await startTimer(h, user, 1);
    clock = T0 + HOUR_MS;
    await h.job.runOnce();
    expect(h.alarms).toHaveLength(1);
    expect(lastText(h, user)).toContain(words);
    expect(lastText(h, user)).toContain("15:00");
  });

  it("a location with no timer is not kept, and says so; other edits still get their answer", async () => {
    const h = setup();
    const user = person(nextUser++, "kk");
    await h.send(location(user, 43.2, 76.9));
    expect(lastText(h, user)).toBe("📍 Қауіпсіздік таймері қосылмаған, сондықтан бұл геолокацияны сақтамадым. Қосу: /checkin.");
    await h.send(edited(user, "typo"));
    expect(lastText(h, user)).not.toContain("📍");
    expect(await timerDocs()).toEqual([]);
  });

  it("/forget drops the timer and its location", async () => {
    const h = setup();
    const user = person(nextUser++, "en");
    await startTimer(h, user, 1);
    await h.send(location(user, 43.2, 76.9));
    await h.send(command(user, "forget"));
    await h.send(press(user, button(h, user, buttonsOf(lastTo(h, user))[0]!.text)));
    expect(await timerDocs()).toEqual([]);
  });

  it("keeps nothing in clear that identifies the person or the place", async () => {
    const h = setup();
    const user = person(nextUser++, "en");
    await startTimer(h, user, 2);
    await h.send(location(user, 43.2389, 76.8897));
    const raw = JSON.stringify(await timerDocs());
    for (const needle of [String(user.id), "43.2389", "76.8897", '"en"']) expect(raw).not.toContain(needle);
  });
});

describe("restarts", () => {
  it("a timer set before a restart fires after it, once, although the bot was down a whole day", async () => {
    const cipher = storage.cipher;
    const dbName = storage.db.databaseName;
    const before = setup();
    const user = person(nextUser++, "ru");
    await startTimer(before, user, 2);
    await before.send(location(user, 43.2389, 76.8897));

    // The process goes down with the timer running; it comes back 26 hours later, on a new connection.
    clock = T0 + 26 * HOUR_MS;
    const reopened = await openTestStorage(dbName, cipher);
    try {
      const after = setup("not-set-up", reopened);
      const second = jobOn(
        after,
        (chatId, options) => {
          after.alarms.push({ chatId, options });
          return Promise.resolve("not-set-up");
        },
        reopened,
      );
      // Two runs at once (a restarted process and a leftover one) claim it once between them.
      const [a, b] = await Promise.all([after.job.runOnce(), second.runOnce()]);
      expect(a.fired + b.fired).toBe(1);
      expect(a.reminded + b.reminded).toBe(0);
      expect(after.alarms).toEqual([
        { chatId: user.id, options: { location: { latitude: 43.2389, longitude: 76.8897 }, cause: "checkin" } },
      ]);
      const fired = seenBy(after, user).filter((t) => t.startsWith("⏰"));
      expect(fired).toEqual([
        "⏰ Время вашего таймера истекло в 16:00 (по времени Алматы), а вы не ответили.\n" +
          "У вас ещё нет доверенных контактов, поэтому никому не сообщено. Добавьте их: /contacts.\n" +
          "(Бот был недоступен: это сообщение приходит через 24 ч после срока.)",
      ]);
      clock += FIRING_LEASE_MS * 2;
      await after.job.runOnce();
      await second.runOnce();
      expect(after.alarms).toHaveLength(1);
      expect(await reopened.db.collection("checkin_timers").countDocuments()).toBe(0);
    } finally {
      await reopened.close();
    }
  });

  it("a due timer is claimed once; a firing abandoned by a crash (claimed, never finished) fires again once its lease is over", async () => {
    const h = setup();
    const user = person(nextUser++, "en");
    await startTimer(h, user, 1);
    clock = T0 + HOUR_MS;
    const [due] = await storage.timers.due(clock);
    // Two claims of the same due timer (two runs that both listed it): one wins.
    const claims = await Promise.all([storage.timers.claimFiring(due!.id, clock), storage.timers.claimFiring(due!.id, clock)]);
    expect(claims.filter(Boolean)).toEqual([expect.objectContaining({ chatId: user.id })]);
    expect(await h.job.runOnce()).toEqual({ reminded: 0, fired: 0 });
    clock += FIRING_LEASE_MS;
    expect(await h.job.runOnce()).toEqual({ reminded: 0, fired: 1 });
    expect(h.alarms).toHaveLength(1);
  });

  it("a reminder and a deadline both missed while the bot was down: the alarm at once, without a late 'Are you OK?'", async () => {
    const h = setup();
    const user = person(nextUser++, "en");
    await startTimer(h, user, 1);
    clock = T0 + HOUR_MS + 5 * MINUTE_MS;
    expect(await h.job.runOnce()).toEqual({ reminded: 0, fired: 1 });
    expect(seenBy(h, user).some((t) => t.startsWith("Are you OK?"))).toBe(false);
    expect(lastText(h, user)).toContain("(The bot was offline: this comes 5 min after the deadline.)");
  });
});

describe("the rules (pure)", () => {
  it.each([
    ["1ч30м", 90],
    ["1,5 часа", 90],
    ["2 hours", 120],
    ["45 мин", 45],
    ["3 сағат", 180],
    ["1 h 5 min", 65],
    ["14:05", 5],
    ["13:59", 23 * 60 + 59],
    ["0:00", 10 * 60],
  ])("%s is %i minutes from 14:00 in Almaty", (typed, minutes) => {
    expect(parseTypedTime(typed, T0)).toEqual({ ok: true, deadline: T0 + minutes * MINUTE_MS });
  });

  it.each([["3"], [""], ["3 days"], ["h"], ["24:00"], ["14:03"], ["4 min"], ["25 h"]])("%s is refused", (typed) => {
    expect(parseTypedTime(typed, T0).ok).toBe(false);
  });

  it("the reminder comes 10 minutes before, or half-way through a timer under 20 minutes", () => {
    expect(reminderAt(T0, T0 + HOUR_MS)).toBe(T0 + 50 * MINUTE_MS);
    expect(reminderAt(T0, T0 + 12 * MINUTE_MS)).toBe(T0 + 6 * MINUTE_MS);
  });
});
