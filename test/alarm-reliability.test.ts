/**
 * Issue 10 §2, exactly once across a crash: the real process (`npm start`)
 * gets the tap, stores the alarm and its sends, and is killed with SIGKILL
 * the moment its first message to a trusted contact reaches the Bot API
 * (before Telegram carries it out). Restarted, it sends every contact's
 * alarm and the alliance's "detained now" alerts exactly once — the tap
 * itself may be delivered again, and is the same alarm.
 */
import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, inject, it } from "vitest";
import { openStorage, type Storage } from "../src/storage/database.js";
import { acceptedContacts } from "../src/emergency/trusted-contacts.js";
import { alertLedger } from "./helpers/alert-ledger.js";
import { startBotProcess, type BotProcess } from "./helpers/bot-process.js";
import { FakeBotApiServer } from "./helpers/fake-bot-api-server.js";

const RUN_LIMIT_MS = 120_000;
const OWNER = 640_001;
const CONTACTS = [640_101, 640_102, 640_103];
const LEADS = { lawyer: 640_201, "right-to-call": 640_202 } as const;

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
});

/** A database unlocked with the same key as the process, so the test's records are the bot's. */
async function setUp() {
  const master = randomBytes(32);
  const dbName = `alarm_reliability_${randomBytes(4).toString("hex")}`;
  const uri = inject("mongoUri").replace(/\/?$/, "/");
  const storage: Storage = await openStorage({ uri: `${uri}${dbName}`, keys: { current: master } });
  cleanups.push(async () => {
    await storage.db.dropDatabase().catch(() => {});
    await storage.close();
  });
  await storage.trustedContacts.update(OWNER, (p) => ({
    profile: {
      ...p,
      displayName: "Aigerim",
      reportToAlliance: true,
      region: "almaty",
      locale: "en",
      contacts: CONTACTS.map((chatId, i) => ({
        id: `contact${i}`,
        label: `Contact ${i}`,
        state: "accepted" as const,
        chatId,
        locale: (["en", "ru", "kk"] as const)[i]!,
        inviteExpiresAt: null,
      })),
    },
    result: undefined,
  }));
  expect(acceptedContacts((await storage.trustedContacts.profile(OWNER))!)).toHaveLength(3);
  for (const [sector, chatId] of Object.entries(LEADS))
    await storage.leads.add({
      chatId,
      kind: "person",
      sector: sector as keyof typeof LEADS,
      scope: "almaty",
      role: "primary",
      onDuty: true,
      locale: "ru",
      label: "lead",
    });
  const api = new FakeBotApiServer();
  await api.start();
  cleanups.push(() => api.stop());
  const env = {
    BOT_TOKEN: "123456:ALARM-RELIABILITY",
    TELEGRAM_API_ROOT: api.url,
    MONGODB_URI: `${uri}${dbName}`,
    REPORTS_KEY: master.toString("base64"),
    LOG_LEVEL: "warn",
  };
  return { storage, api, env };
}

const ALARM_WORDS = [/Aigerim is being detained/, /Aigerim: меня задерживают/, /Aigerim: мені ұстап жатыр/];

describe("alarm reliability", () => {
  it(
    "SIGKILL between the tap and the sends: after a restart every contact and each lead gets the alarm exactly once",
    async () => {
      const { storage, api, env } = await setUp();
      let bot: BotProcess = startBotProcess(env);
      cleanups.push(() => bot.kill());
      await api.waitFor("getUpdates", () => true, 60_000);

      let killed = false;
      let dying = false;
      // The sends go out in parallel: every one that arrives until the process is dead is cut, never carried out.
      api.interceptor = (call) => {
        if (call.method !== "sendMessage" || !CONTACTS.includes(Number(call.payload.chat_id))) return undefined;
        if (!killed) {
          killed = dying = true;
          void bot.kill();
        }
        return dying ? "drop" : undefined;
      };
      const tap = {
        callback_query: {
          id: "tap-1",
          from: { id: OWNER, is_bot: false, first_name: "Real Name", language_code: "en" },
          chat_instance: "ci",
          data: "sos",
          message: {
            message_id: 5,
            date: Math.floor(Date.now() / 1000),
            chat: { id: OWNER, type: "private" as const, first_name: "Real Name" },
            text: "menu",
          },
        },
      };
      api.push(tap as never);
      const deadline = Date.now() + RUN_LIMIT_MS;
      while (!killed && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(killed).toBe(true);
      await bot.exited;
      // Nothing reached a contact before the kill.
      expect(api.performed.filter((c) => c.method === "sendMessage" && CONTACTS.includes(Number(c.payload.chat_id)))).toHaveLength(0);

      dying = false;
      bot = startBotProcess(env);
      const alarmsTo = (chatId: number, i: number) =>
        api.performed.filter(
          (c) => c.method === "sendMessage" && c.payload.chat_id === chatId && ALARM_WORDS[i]!.test(String(c.payload.text)),
        );
      const leadAlerts = () =>
        [...alertLedger(api.performed)].filter(([key]) => Object.values(LEADS).some((chat) => key.endsWith(`|${chat}`)));
      const done = async () =>
        CONTACTS.every((chat, i) => alarmsTo(chat, i).length > 0) &&
        leadAlerts().length === 2 &&
        (await storage.alarms.pendingCount()) === 0 &&
        (await storage.outbox.pendingCount()) === 0;
      while (!(await done()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
      // A moment more: a second copy would show up now.
      await new Promise((resolve) => setTimeout(resolve, 2_000));

      const counts = CONTACTS.map((chat, i) => alarmsTo(chat, i).length);
      const leads = leadAlerts().map(([key, ids]) => [key.split("|")[1], ids.size]);
      if (counts.some((n) => n !== 1) || leads.length !== 2)
        console.log(bot.output().slice(-3000), api.calls.map((c) => `${c.method} ${c.payload.chat_id ?? ""}`).slice(-40));
      expect(counts).toEqual([1, 1, 1]);
      expect(leads.sort()).toEqual([
        [String(LEADS.lawyer), 1],
        [String(LEADS["right-to-call"]), 1],
      ]);
      // One alarm, one report.
      expect(await storage.alarms.sends.countDocuments({ kind: "alarm" })).toBe(3);
      expect(await storage.reports.count()).toBe(1);
      console.log(
        `alarm reliability: killed between the tap and the sends; restarted; ${counts.length} contacts and ${leads.length} leads told exactly once`,
      );
    },
    RUN_LIMIT_MS + 30_000,
  );
});
