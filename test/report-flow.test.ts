import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createI18n } from "../src/telegram/i18n.js";
import { REPORT_STEP } from "../src/flows/report/report-flow.js";
import { FormWalker } from "./helpers/form-walker.js";
import { createTestBot } from "./helpers/harness.js";
import { walkDetention, walkIllTreatment } from "./helpers/report-scripts.js";
import { openTestStorage } from "./helpers/test-storage.js";
import { command, person } from "./helpers/updates.js";

const i18n = createI18n();
let storage: Awaited<ReturnType<typeof openTestStorage>>;
let nextUser = 50_000;

beforeAll(async () => {
  storage = await openTestStorage();
});
afterAll(() => storage.drop());

function reporter(locale: string) {
  const harness = createTestBot(storage);
  const user = person(nextUser++, locale, "Reporter Secretname");
  const walker = new FormWalker(harness.telegram, harness.send, user);
  return { ...harness, user, walker, context: { walker, send: harness.send, user, locale } };
}

function codeIn(text: string): string {
  const code = /([2-9A-Z]{4}-[2-9A-Z]{4})/.exec(text)?.[1];
  expect(code, text).toBeDefined();
  return code!;
}

/** The heading of the report's summary, as a person must see it (not the pinned rights card's). */
const REPORT_CHECK_TITLE: Record<string, string> = {
  kk: "Хабарламаңызды тексеріңіз",
  ru: "Пожалуйста, проверьте ваше обращение",
  en: "Please check your report",
};
const RIGHTS_SUMMARY_TITLE: Record<string, string> = {
  kk: "ҰСТАП АЛУ КЕЗІНДЕГІ ҚҰҚЫҚТАРЫҢЫЗ",
  ru: "ВАШИ ПРАВА ПРИ ЗАДЕРЖАНИИ",
  en: "YOUR RIGHTS AT DETENTION",
};

const SUBMITTED: Record<string, string> = {
  kk: "Хабарламаңыз сақталды. Нөмірі:",
  ru: "Ваше обращение сохранено. Номер:",
  en: "Your report is stored. Reference code:",
};
const TAKEN_NEXT: Record<string, string> = {
  kk: "Альянстың жауапты адамы оны қарауға алады.",
  ru: "Ответственный человек альянса возьмёт его в работу.",
  en: "A responsible person of the alliance will take it.",
};

describe.each(["kk", "ru", "en"])("in %s", (locale) => {
  it("a detention report goes from the menu to a stored, encrypted report", async () => {
    const r = reporter(locale);
    await walkDetention(r.context);
    expect(r.walker.question()).toContain(`<b>${REPORT_CHECK_TITLE[locale]}</b>`);
    expect(r.walker.question()).not.toContain(RIGHTS_SUMMARY_TITLE[locale]);
    await r.walker.choose("submit");

    const ack = r.telegram.texts().find((text) => text.startsWith(SUBMITTED[locale]!))!;
    const code = codeIn(ack);
    expect(ack).toContain(TAKEN_NEXT[locale]);
    const report = (await storage.reports.findByCode(code))!;
    expect(report).toMatchObject({
      kind: "both",
      locale,
      reporterRole: "witness",
      subject: { type: "person", name: "Serik Akhmetov, red jacket", ageGroup: "minor", journalist: "yes" },
      when: { choice: "now", approximate: false },
      where: { place: { lat: 43.23801, lon: 76.94588 }, region: "almaty" },
      detention: {
        authority: "national-guard",
        takenTo: "District police station No. 3",
        takenToKnown: true,
        toldReason: "no",
        protocol: "no-copy",
        lawyer: "refused",
        relativesInformed: "no",
      },
      illTreatment: {
        kinds: ["beating", "threats"],
        visibleInjuries: "yes",
        medical: "needed-not-given",
        medicalBy: null,
        by: "national-guard",
        lifeThreat: "no",
      },
      account: "Three officers pushed him to the ground and kicked him. He shouted his name.",
      contact: "bot",
      derived: {
        priority: { lifeAtRisk: false, detainedNow: true, minor: true, injured: true, journalist: true },
        sectors: ["torture", "lawyer", "right-to-call", "journalists", "documentation"],
      },
    });
    expect(report.evidence).toHaveLength(1);
    expect(report.evidence[0]).toMatchObject({ kind: "photo", mime: "image/jpeg" });
    expect(await storage.reports.reporterChat(code)).toBe(r.user.id);
    // Every question was asked in the reporter's language.
    expect(r.telegram.texts().some((text) => text.includes(i18n.t(locale, "q-authority")))).toBe(true);
  });

  it("an ill-treatment report of a group, then detained, goes to a stored report", async () => {
    const r = reporter(locale);
    await walkIllTreatment(r.context);
    await r.walker.choose("submit");
    const code = codeIn(r.telegram.texts().find((text) => text.includes(i18n.t(locale, "submitted-next-none")))!);
    const report = (await storage.reports.findByCode(code))!;
    expect(report).toMatchObject({
      kind: "both",
      reporterRole: "monitor",
      subject: { type: "group", size: "21-100", minors: "no", journalists: "yes" },
      when: { choice: "exact", at: "2022-01-16T09:30:00.000Z", approximate: false },
      where: { place: { text: "Republic Square, near the monument" }, region: "almaty-region" },
      detention: { authority: "special-forces", takenTo: null, takenToKnown: false },
      illTreatment: {
        kinds: ["deprivation", "kettling"],
        medical: "given",
        medicalBy: "ambulance",
        by: "special-forces",
        lifeThreat: "life-threatening",
      },
      account: null,
      contact: "none",
      derived: {
        priority: { lifeAtRisk: true, detainedNow: false, minor: false, injured: false, journalist: true },
        sectors: ["right-to-life", "torture", "right-to-call", "journalists", "documentation"],
      },
    });
    expect(report.evidence.map((e) => e.kind)).toEqual(["video", "voice"]);
  });
});

describe("data at rest", () => {
  it("holds no name, account, place, file id or Telegram id in clear", async () => {
    const r = reporter("en");
    await walkDetention(r.context);
    await r.walker.choose("submit");
    const secrets = [
      "Serik",
      "Akhmetov",
      "pushed him",
      "police station No. 3",
      "43.238",
      "76.945",
      String(r.user.id),
      "Secretname",
      "photo-",
      "uphoto-",
    ];
    for (const name of ["reports", "reporters", "conversations", "sessions", "evidence", "evidence_hash_queue"]) {
      const raw = JSON.stringify(await storage.db.collection(name).find({}).toArray());
      for (const secret of secrets) expect(raw, `${secret} in ${name}`).not.toContain(secret);
    }
  });

  it("keeps an unfinished draft encrypted too", async () => {
    const r = reporter("en");
    await r.send(command(r.user, "start"));
    await r.walker.choose("report:detention");
    await r.walker.choose("witness");
    await r.walker.choose("person");
    await r.walker.type("Aliya Draftname");
    const raw = JSON.stringify(await storage.db.collection("conversations").find({}).toArray());
    expect(raw).not.toContain("Draftname");
    expect(raw).not.toContain(String(r.user.id));
  });
});

describe("a restart in the middle of the form", () => {
  it("lets the reporter continue where they were, with a new bot on the same database", async () => {
    const first = reporter("ru");
    await first.send(command(first.user, "start"));
    await first.walker.choose("report:detention");
    await first.walker.choose("relative");
    await first.walker.choose("person");
    await first.walker.type("Дана");

    // A new process: new storage connection (cold caches), new Bot, same database and keys.
    const reopened = await openTestStorage(storage.db.databaseName, storage.cipher);
    const second = createTestBot(reopened, { pseudonymKey: first.deps.pseudonymKey });
    const walker = new FormWalker(second.telegram, second.send, first.user);
    // The pending question was sent by the first bot: press its button on the new one.
    const pressOld = first.walker.lastQuestion();
    second.telegram.calls.push(pressOld.call);
    await walker.choose("30-49");
    expect(walker.question()).toContain(i18n.t("ru", "q-journalist"));
    expect(walker.question()).toContain(i18n.t("ru", "step-progress", { position: 5, total: 18 }));
    await reopened.close();
  });
});

describe("the conversation state", () => {
  it("stays small: each question is its own short conversation", async () => {
    const r = reporter("en");
    await walkDetention(r.context);
    const sizes = (await storage.db.collection("conversations").find({}).toArray()).map((doc) => String(doc.json).length);
    expect(Math.max(...sizes)).toBeLessThan(8_000);
    expect(r.deps.storage.conversations).toBeDefined();
    void REPORT_STEP;
  });
});
