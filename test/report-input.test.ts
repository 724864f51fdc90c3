import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createI18n } from "../src/telegram/i18n.js";
import { buttonsOf } from "./helpers/fake-telegram.js";
import { formSteps, formStepsBefore, PERSON_DETENTION, type FormInputs } from "./helpers/form-script.js";
import { FormWalker } from "./helpers/form-walker.js";
import { createTestBot } from "./helpers/harness.js";
import { answerSteps, walkDetention } from "./helpers/report-scripts.js";
import { openTestStorage } from "./helpers/test-storage.js";
import { command, edited, file, forwarded, person, photo, press, sticker, text } from "./helpers/updates.js";

/** The same witness and answers as PERSON_DETENTION, for a small group (and the place skipped). */
const GROUP_DETENTION: FormInputs = {
  ...PERSON_DETENTION,
  subject: "group",
  groupSize: "2-5",
  groupMinors: "no",
  groupJournalists: "no",
  place: "Skip",
};

const i18n = createI18n();
let storage: Awaited<ReturnType<typeof openTestStorage>>;
let nextUser = 70_000;

beforeAll(async () => {
  storage = await openTestStorage();
});
afterAll(() => storage.drop());
afterEach(() => vi.useRealTimers());

async function startReport(locale = "en") {
  const harness = createTestBot(storage);
  const user = person(nextUser++, locale);
  const walker = new FormWalker(harness.telegram, harness.send, user);
  await harness.send(command(user, "start"));
  await walker.choose("report:detention");
  return { ...harness, user, walker };
}

const walkOf = (r: Awaited<ReturnType<typeof startReport>>) => ({ walker: r.walker, send: r.send, user: r.user, locale: "en" });

/** The bot answered `key`, then asked the same question again. */
function expectComplaintThenQuestion(
  r: Awaited<ReturnType<typeof startReport>>,
  key: string,
  question: string,
  locale = "en",
  vars?: Record<string, string | number>,
) {
  const texts = r.telegram.texts();
  expect(texts.at(-2)).toBe(i18n.t(locale, key, vars));
  expect(texts.at(-1)).toBe(question);
}

describe("bad input gets a clear reply and the question again", () => {
  it("a photo where a choice is expected", async () => {
    const r = await startReport("ru");
    const question = r.walker.question();
    await r.send(photo(r.user));
    expectComplaintThenQuestion(r, "err-choose-button", question, "ru");
  });

  it("text where a choice is expected", async () => {
    const r = await startReport("kk");
    const question = r.walker.question();
    await r.send(text(r.user, "witness"));
    expectComplaintThenQuestion(r, "err-choose-button", question, "kk");
  });

  it("a sticker", async () => {
    const r = await startReport();
    const question = r.walker.question();
    await r.send(sticker(r.user));
    expectComplaintThenQuestion(r, "err-sticker", question);
  });

  it("a forwarded message", async () => {
    const r = await startReport();
    await r.walker.choose("witness");
    await r.walker.choose("person");
    const question = r.walker.question();
    await r.send(forwarded(r.user, "Name from a forwarded chat"));
    expectComplaintThenQuestion(r, "err-forwarded", question);
  });

  it("an edited message", async () => {
    const r = await startReport();
    const question = r.walker.question();
    await r.send(edited(r.user, "changed"));
    expectComplaintThenQuestion(r, "err-edited", question);
  });

  it("a 10,000-character text", async () => {
    const r = await startReport();
    await r.walker.choose("witness");
    await r.walker.choose("person");
    const question = r.walker.question();
    await r.send(text(r.user, "x".repeat(10_000)));
    expectComplaintThenQuestion(r, "err-text-too-long", question, "en", { max: 200 });
  });

  it("an account longer than the limit", async () => {
    const r = await startReport();
    await answerSteps(walkOf(r), formStepsBefore("detention", { ...GROUP_DETENTION, takenTo: "Unknown station" }, "account"));
    const question = r.walker.question();
    expect(question).toContain(i18n.t("en", "q-account", { max: 2000 }));
    await r.send(text(r.user, "y".repeat(10_000)));
    expectComplaintThenQuestion(r, "err-text-too-long", question, "en", { max: 2000 });
  });

  it("a date in the future, and a date that cannot be read", async () => {
    const r = await startReport();
    for (const answer of ["witness", "person"]) await r.walker.choose(answer);
    await r.walker.choose("skip");
    for (const answer of ["30-49", "no", "exact"]) await r.walker.choose(answer);
    const question = r.walker.question();
    const nextYear = new Date().getUTCFullYear() + 1;
    await r.send(text(r.user, `01.01.${nextYear} 10:00`));
    expectComplaintThenQuestion(r, "err-future-date", question);
    await r.send(text(r.user, "31.02.2025 10:00"));
    expectComplaintThenQuestion(r, "err-bad-date", question);
    await r.send(text(r.user, "yesterday evening"));
    expectComplaintThenQuestion(r, "err-bad-date", question);
  });

  it("an unsupported file, and a text, where evidence is expected", async () => {
    const r = await startReport();
    await answerSteps(walkOf(r), formStepsBefore("detention", GROUP_DETENTION, "evidence"));
    const question = r.walker.question();
    expect(question).toContain(i18n.t("en", "q-evidence"));
    await r.send(file(r.user, "document", { mime: "application/zip" }));
    expectComplaintThenQuestion(r, "err-unsupported-file", question);
    await r.send(file(r.user, "animation", { mime: "video/mp4" }));
    expectComplaintThenQuestion(r, "err-unsupported-file", question);
    await r.send(text(r.user, "no files"));
    expectComplaintThenQuestion(r, "err-need-media", question);
    // A PDF is fine, and the count is shown in one message that is edited as files come.
    await r.send(file(r.user, "document", { mime: "application/pdf" }));
    expect(r.telegram.texts().at(-1)).toBe(i18n.t("en", "evidence-received", { count: 1 }));
    await r.send(photo(r.user));
    expect(r.telegram.last("editMessageText").payload.text).toBe(i18n.t("en", "evidence-received", { count: 2 }));
  });

  it("a button of an earlier question", async () => {
    const r = await startReport();
    await r.walker.choose("witness");
    const question = r.walker.question();
    await r.send(press(r.user, "f:role:monitor"));
    expectComplaintThenQuestion(r, "err-stale-button", question);
    expect(r.telegram.last("answerCallbackQuery")).toBeDefined();
  });

  it("a button of an older summary", async () => {
    const r = await startReport();
    const user = r.user;
    // Finish a report up to its summary, then change an answer: the first summary is now old.
    const walker = r.walker;
    void user;
    await walkToSummary(r);
    const oldSummary = buttonsOf(walker.lastQuestion().call).find((b) => b.data.endsWith(":submit"))!.data;
    const editName = buttonsOf(walker.lastQuestion().call).find((b) => b.data.endsWith(":edit:name"))!.data;
    await r.send(press(r.user, editName));
    await walker.type("Another name");
    expect(walker.question()).toContain("Another name");
    await r.send(press(r.user, oldSummary));
    const texts = r.telegram.texts();
    expect(texts.at(-2)).toBe("That summary is out of date. Here is the current one.");
    expect(texts.at(-1)).toContain("<b>Please check your report</b>");
    expect(await storage.reports.count()).toBe(0);
  });
});

async function walkToSummary(r: Awaited<ReturnType<typeof startReport>>) {
  await answerSteps(walkOf(r), formSteps("detention", { ...PERSON_DETENTION, name: "First name", place: "Skip", contact: "none" }));
  expect(r.walker.question()).toContain("<b>Please check your report</b>");
  expect(r.walker.question()).not.toContain("YOUR RIGHTS AT DETENTION");
}

describe("commands in the middle of the form", () => {
  it("/start reminds where they are and asks again; /rights works and the form waits", async () => {
    const r = await startReport("ru");
    await r.walker.choose("witness");
    const question = r.walker.question();
    await r.send(command(r.user, "start"));
    expectComplaintThenQuestion(r, "form-in-progress", question, "ru", { position: 2, total: 18 });

    await r.send(command(r.user, "rights"));
    expect(r.telegram.texts().at(-1)).toBe("Ваши права. Выберите тему:");
    await r.send(press(r.user, "f:subject:person")); // the form's button, above the rights menu

    expect(r.walker.question()).toContain(i18n.t("ru", "q-name"));
  });

  it("/cancel discards the draft, stores nothing, and offers to clear the chat", async () => {
    const r = await startReport();
    await r.walker.choose("witness");
    const before = await storage.reports.count();
    await r.send(command(r.user, "cancel"));
    const texts = r.telegram.texts();
    expect(texts.at(-2)).toBe("The report was cancelled. Nothing was stored.");
    expect(texts.at(-1)).toBe(i18n.t("en", "cleanup-offer"));
    expect(await storage.reports.count()).toBe(before);
    // The form is gone: text now gets the ordinary answer.
    await r.send(text(r.user, "hello"));
    expect(r.telegram.texts().at(-1)).toBe(i18n.t("en", "stray-text"));
    await r.send(command(r.user, "cancel"));
    expect(r.telegram.texts().at(-1)).toBe("There is nothing to cancel.");
  });

  it("starting a second report while one is open is refused politely", async () => {
    const r = await startReport();
    await r.send(press(r.user, "report:ill-treatment"));
    expect(r.telegram.texts().at(-1)).toBe(
      "You are already filling in a report. Answer the question above, or send /cancel to discard it.",
    );
  });
});

describe("a returning reporter", () => {
  it("is told where they were after hours of silence, and the draft is intact", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-12-16T08:00:00Z"));
    const r = await startReport("kk");
    await r.walker.choose("witness");
    await r.walker.choose("person");
    vi.setSystemTime(new Date("2026-12-17T02:00:00Z")); // the internet was off for a night
    await r.send(text(r.user, "Асқар"));
    expect(r.telegram.texts()).toContain(i18n.t("kk", "welcome-back", { position: 3, total: 18 }));
    expect(r.walker.question()).toContain(i18n.t("kk", "q-age"));
  });
});

describe("after submission", () => {
  it("the chat can be cleared of every message of the report, leaving one neutral line", async () => {
    const r = await startReport();
    const sentBefore = r.telegram.callsOf("sendMessage").length;
    await walkToSummary(r);
    await r.walker.choose("submit");
    await r.walker.choose("clean");
    const deleted = r.telegram.callsOf("deleteMessages").flatMap((call) => call.payload.message_ids as number[]);
    const botMessages = r.telegram
      .callsOf("sendMessage")
      .slice(sentBefore, -1) // the last one is the neutral line
      .map((call) => (call as { result?: { message_id: number } }).result!.message_id);
    for (const id of botMessages) expect(deleted).toContain(id);
    expect(r.telegram.texts().at(-1)).toBe(i18n.t("en", "cleaned"));
  });

  it("keeping the messages leaves them", async () => {
    const r = await startReport();
    await walkToSummary(r);
    await r.walker.choose("submit");
    await r.walker.choose("keep");
    expect(r.telegram.callsOf("deleteMessages")).toHaveLength(0);
    expect(r.telegram.last("editMessageText").payload.text).toBe(i18n.t("en", "cleanup-kept"));
  });

  it("anything else after submission is handled as usual", async () => {
    const r = await startReport();
    await walkToSummary(r);
    await r.walker.choose("submit");
    await r.send(command(r.user, "rights"));
    expect(r.telegram.texts().at(-1)).toBe("Your rights. Choose a topic:");
  });

  it("a failed write is not acknowledged, and Submit works again", async () => {
    const r = await startReport();
    await walkToSummary(r);
    const original = storage.reports.save.bind(storage.reports);
    let failures = 1;
    storage.reports.save = async (...args) => {
      if (failures-- > 0) throw new Error("database unavailable");
      return original(...args);
    };
    try {
      await r.walker.choose("submit");
      expect(r.telegram.texts().at(-2)).toBe(i18n.t("en", "report-save-failed"));
      expect(r.telegram.texts().some((t) => t.startsWith(i18n.t("en", "submitted", { code: "" }).slice(0, 10)))).toBe(false);
      await r.walker.choose("submit");
      expect(r.telegram.texts().some((t) => t.includes(i18n.t("en", "submitted-next-none")))).toBe(true);
    } finally {
      storage.reports.save = original;
    }
  });
});

describe("the whole detention walk", () => {
  it("is at most one question per message and every button press is answered", async () => {
    const harness = createTestBot(storage);
    const user = person(nextUser++, "en");
    const walker = new FormWalker(harness.telegram, harness.send, user);
    await walkDetention({ walker, send: harness.send, user, locale: "en" });
    const presses = harness.telegram.callsOf("answerCallbackQuery").length;
    expect(presses).toBeGreaterThanOrEqual(20);
  });
});
