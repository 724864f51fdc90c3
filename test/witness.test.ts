/**
 * The witness's quick alert: from /start to a stored, routed report in at
 * most five updates, the lead's alert marked QUICK in the lead's language;
 * "Add details" completes the same report and edits the alerts already sent
 * in place; bad input gets polite replies.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Update } from "grammy/types";
import { NO_ALLIANCE, type AllianceConfig } from "../src/config/alliance.js";
import type { Locale } from "../src/shared/locales.js";
import { nextStep } from "../src/reports/steps.js";
import { withAnswer, type Answers, type StepId } from "../src/reports/draft.js";
import { detailsDraft, regionNear } from "../src/reports/quick-report.js";
import { buttonsOf, type ApiCall } from "./helpers/fake-telegram.js";
import { FormWalker } from "./helpers/form-walker.js";
import { kept } from "./helpers/form-script.js";
import { createTestBot } from "./helpers/harness.js";
import { leadSteps } from "./helpers/lead-steps.js";
import { openTestStorage } from "./helpers/test-storage.js";
import { command, location, person, photo, press, text, type Person } from "./helpers/updates.js";

const ADMIN = person(1_000_001, "en", "Admin");
const alliance: AllianceConfig = { ...NO_ALLIANCE, admins: [ADMIN.id] };

let storage: Awaited<ReturnType<typeof openTestStorage>>;
let now = Date.parse("2026-12-16T10:00:00Z");
beforeEach(async () => {
  storage = await openTestStorage();
  now = Date.parse("2026-12-16T10:00:00Z");
});
afterEach(() => storage.drop());

function harness() {
  const h = createTestBot(storage, { alliance }, { now: () => now });
  let updates = 0;
  const send = async (update: Update) => {
    updates++;
    await h.send(update);
  };
  return { ...h, send, updates: () => updates, steps: leadSteps(h, ADMIN) };
}
type Harness = ReturnType<typeof harness>;

/** What a person reads, and what the lead reads, per language (literal words). */
const WORDS: Record<Locale, { menu: string; quick: string; detailed: string; stored: string; cleanup: string; details: string }> = {
  en: {
    menu: "👀 Someone is being detained now",
    quick: "⚡ QUICK ALERT from a witness: 3 answers only, details may follow",
    detailed: "⚡ Quick alert from a witness — details added",
    stored: "The Alliance has been alerted. Reference code:",
    cleanup: "Your phone may be checked.",
    details: "➕ Add details",
  },
  ru: {
    menu: "👀 Человека задерживают сейчас",
    quick: "⚡ БЫСТРЫЙ СИГНАЛ от свидетеля: только 3 ответа, подробности могут последовать",
    detailed: "⚡ Быстрый сигнал от свидетеля — подробности добавлены",
    stored: "Альянс оповещён. Номер обращения:",
    cleanup: "Ваш телефон могут проверить.",
    details: "➕ Добавить подробности",
  },
  kk: {
    menu: "👀 Біреуді қазір ұстап жатыр",
    quick: "⚡ КУӘНІҢ ЖЕДЕЛ ДАБЫЛЫ: тек 3 жауап, толығырақ кейін болуы мүмкін",
    detailed: "⚡ Куәнің жедел дабылы — толығырақ мәлімет қосылды",
    stored: "Альянсқа хабар берілді. Хабарлама нөмірі:",
    cleanup: "Телефоныңызды тексеруі мүмкін.",
    details: "➕ Толығырақ қосу",
  },
};

const sentTo = (h: Harness, chatId: number) => h.telegram.callsOf("sendMessage").filter((c) => c.payload.chat_id === chatId);
const textsTo = (h: Harness, chatId: number) =>
  h.telegram.calls.filter((c) => c.payload.chat_id === chatId && String(c.payload.text ?? "") !== "").map((c) => String(c.payload.text));
const lastWithButtons = (h: Harness, chatId: number): ApiCall =>
  sentTo(h, chatId).findLast((c) => c.payload.reply_markup?.inline_keyboard)!;

/** /start, the menu button, one person, a region, who detains: five updates. */
async function quickAlert(h: Harness, witness: Person, where: Update | string = "almaty", by = "police") {
  await h.send(command(witness, "start"));
  const menu = buttonsOf(lastWithButtons(h, witness.id));
  await h.send(press(witness, menu[0]!.data));
  await h.send(press(witness, "w:count:1"));
  await h.send(typeof where === "string" ? press(witness, `w:region:${where}`) : where);
  await h.send(press(witness, `w:by:${by}`));
  return menu[0]!.text;
}

const codeIn = (message: string) => /[2-9A-Z]{4}-[2-9A-Z]{4}/.exec(message)![0];

/** Answers the rest of the full form as a person would, from what the form asks next. */
async function addDetails(h: Harness, witness: Person, code: string, answers: Partial<Record<StepId, unknown>>) {
  const report = (await storage.reports.findByCode(code))!;
  let draft = detailsDraft(report, now);
  const walker = new FormWalker(h.telegram, h.send, witness);
  for (let step = nextStep(draft); step; step = nextStep(draft)) {
    const input = step.id in answers ? answers[step.id] : step.example;
    if (step.kind === "text" && input !== null) await walker.type(input as string);
    else if (step.kind === "text" || step.kind === "place") await walker.choose("skip");
    else if (step.kind === "media") await walker.choose("done");
    else if (step.kind === "multi") {
      for (const option of input as string[]) await walker.choose(option);
      await walker.choose("done");
    } else await walker.choose(input as string);
    draft = withAnswer(draft, step.id, kept(step, input as never) as Answers[StepId], now);
  }
  await walker.choose("submit");
}

describe("a witness's quick alert", () => {
  it.each(["en", "ru", "kk"] as const)(
    "%s: stored and routed in ≤ 5 updates from /start, marked QUICK for the lead; Add details edits the same alert",
    async (locale) => {
      const h = harness();
      const lead = person(3001, locale, "Call Lead");
      await h.steps.enrol(lead, "right-to-call", "national", "primary");
      const witness = person(5001, locale);
      const before = h.updates();

      const menuLabel = await quickAlert(h, witness);
      expect(menuLabel).toBe(WORDS[locale].menu);
      expect(h.updates() - before).toBeLessThanOrEqual(5);
      // Stored at the fifth update, and queued for routing, before anything else happens.
      expect(await storage.reports.count()).toBe(1);
      const stored = textsTo(h, witness.id).find((t) => t.includes(WORDS[locale].stored))!;
      expect(stored).toBeDefined();
      const code = codeIn(stored);
      expect(textsTo(h, witness.id).some((t) => t.startsWith(WORDS[locale].cleanup))).toBe(true);

      await h.steps.deliver();
      const alert = h.steps.alertIn(lead.id, code);
      expect(alert).toHaveLength(1);
      expect(String(alert[0]!.payload.text)).toContain(WORDS[locale].quick);
      const alertMessageId = alert[0]!.payload.message_id as number;
      const leadSendsBefore = sentTo(h, lead.id).length;
      // The placeholder's notification says it is a quick one too.
      expect(String(sentTo(h, lead.id).at(-1)!.payload.text)).toContain(WORDS[locale].quick);

      // Add details: the same code, the answers already given are not asked again.
      const offer = sentTo(h, witness.id).find((c) => buttonsOf(c).some((b) => b.text === WORDS[locale].details))!;
      const firstDetail = h.telegram.calls.length;
      await h.send(press(witness, buttonsOf(offer).find((b) => b.text === WORDS[locale].details)!.data));
      await addDetails(h, witness, code, { name: "Askar Nurlanov", takenTo: "Station 5", lawyer: "refused", account: "Grey van" });
      const asked = h.telegram.calls
        .slice(firstDetail)
        .filter((c) => c.method === "sendMessage" && c.payload.chat_id === witness.id)
        .map((c) => String(c.payload.text));
      for (const id of ["role", "subject", "when", "region", "authority"] as const) {
        expect(asked.some((t) => t.includes(questionText(locale, id)))).toBe(false);
      }
      expect(asked.some((t) => t.includes(questionText(locale, "takenTo")))).toBe(true);
      expect(await storage.reports.count()).toBe(1);
      const report = (await storage.reports.findByCode(code))!;
      expect(report.subject).toMatchObject({ type: "person", name: "Askar Nurlanov" });
      expect(report.detention).toMatchObject({ takenTo: "Station 5", lawyer: "refused", authority: "police" });
      expect(report.quick?.detailsAt).not.toBeNull();

      await h.steps.deliver();
      const edits = h.steps.alertIn(lead.id, code);
      expect(edits).toHaveLength(2);
      expect(edits[1]!.payload.message_id).toBe(alertMessageId);
      expect(String(edits[1]!.payload.text)).toContain("Askar Nurlanov");
      expect(String(edits[1]!.payload.text)).toContain(WORDS[locale].detailed);
      expect(String(edits[1]!.payload.text)).not.toContain(WORDS[locale].quick);
      // No second alert in the lead's chat.
      expect(sentTo(h, lead.id)).toHaveLength(leadSendsBefore);
      expect(await storage.outbox.pendingCount()).toBe(0);
    },
  );

  it("a skipped authority is asked in the details; a sector the details add gets its own alert; the button works once, in its chat only", async () => {
    const h = harness();
    const callLead = person(3001, "en", "Call Lead");
    const lawyer = person(3002, "en", "Lawyer");
    await h.steps.enrol(callLead, "right-to-call", "national", "primary");
    await h.steps.enrol(lawyer, "lawyer", "national", "primary");
    await quickAlert(h, person(5002, "en"), "astana", "skip");
    await h.steps.deliver();
    const code = codeIn(textsTo(h, 5002).find((t) => t.includes(WORDS.en.stored))!);
    expect(h.steps.alertIn(lawyer.id, code)).toHaveLength(0);
    const report = (await storage.reports.findByCode(code))!;
    expect(report).toMatchObject({ where: { region: "astana", place: null }, derived: { sectors: ["right-to-call"] } });
    expect(report.detention?.authority).toBe("unknown");
    expect(report.derived.priority.detainedNow).toBe(true);

    const offer = sentTo(h, 5002).find((c) => buttonsOf(c).some((b) => b.data.startsWith("wd:")))!;
    await h.send(press(person(5002, "en"), buttonsOf(offer)[0]!.data));
    await addDetails(h, person(5002, "en"), code, { lawyer: "refused", takenTo: null });
    // The authority was skipped, so the details ask it.
    expect(textsTo(h, 5002).some((t) => t.includes("Who detained the person?"))).toBe(true);
    await h.steps.deliver();
    expect(h.steps.alertIn(lawyer.id, code)).toHaveLength(1);
    expect(h.steps.alertIn(callLead.id, code)).toHaveLength(2);
    expect((await storage.reports.findByCode(code))!.derived.sectors.sort()).toEqual(["lawyer", "right-to-call"]);
    expect(textsTo(h, 5002).some((t) => t.includes(`The details are added to ${code}.`))).toBe(true);

    // Pressed again: already added, nothing asked.
    await h.send(press(person(5002, "en"), buttonsOf(offer)[0]!.data));
    expect(textsTo(h, 5002).at(-1)).toBe(`The details of ${code} are already added.`);
    // Another chat cannot complete it, even with the button's data.
    await h.send(press(person(5003, "en"), buttonsOf(offer)[0]!.data));
    expect(textsTo(h, 5003).at(-1)).toBe("This report can no longer be completed here.");
  });

  it("a shared location gives the region of the nearest centre; the details ask the region, not the place", async () => {
    expect(regionNear(43.238, 76.945)).toBe("almaty");
    expect(regionNear(51.128, 71.43)).toBe("astana");
    expect(regionNear(47.1, 51.9)).toBe("atyrau");
    const h = harness();
    const witness = person(5010, "ru");
    await quickAlert(h, witness, location(witness, 43.238, 76.945), "unknown");
    const code = codeIn(textsTo(h, witness.id).find((t) => t.includes(WORDS.ru.stored))!);
    const report = (await storage.reports.findByCode(code))!;
    expect(report.where).toEqual({ place: { lat: 43.238, lon: 76.945 }, region: "almaty" });
    const offer = sentTo(h, witness.id).find((c) => buttonsOf(c).some((b) => b.data.startsWith("wd:")))!;
    await h.send(press(witness, buttonsOf(offer)[0]!.data));
    await addDetails(h, witness, code, { region: "almaty-region" });
    const asked = textsTo(h, witness.id);
    expect(asked.some((t) => t.includes("В какой области или городе?"))).toBe(true);
    expect(asked.some((t) => t.includes("Где это произошло?"))).toBe(false);
    expect((await storage.reports.findByCode(code))!.where).toEqual({ place: { lat: 43.238, lon: 76.945 }, region: "almaty-region" });
  });

  it("after the code, 🧹 Delete them deletes every message of the alert, the code included", async () => {
    const h = harness();
    const witness = person(5025, "en");
    await quickAlert(h, witness);
    const sent = sentTo(h, witness.id).map((c) => (c as ApiCall & { result: { message_id: number } }).result.message_id);
    const cleanup = sentTo(h, witness.id).at(-1)!;
    expect(String(cleanup.payload.text)).toContain(WORDS.en.cleanup);
    await h.send(press(witness, buttonsOf(cleanup).find((b) => b.text === "🧹 Delete them")!.data));
    const deleted = h.telegram
      .callsOf("deleteMessages")
      .filter((c) => c.payload.chat_id === witness.id)
      .flatMap((c) => c.payload.message_ids as number[]);
    const codeMessage = sentTo(h, witness.id).find((c) => String(c.payload.text).includes(WORDS.en.stored))!;
    expect(deleted).toContain((codeMessage as ApiCall & { result: { message_id: number } }).result.message_id);
    for (const id of sent) expect(deleted).toContain(id);
  });

  it("cancelling the details leaves the quick report as it was sent", async () => {
    const h = harness();
    const witness = person(5020, "en");
    await quickAlert(h, witness);
    const code = codeIn(textsTo(h, witness.id).find((t) => t.includes(WORDS.en.stored))!);
    const offer = sentTo(h, witness.id).find((c) => buttonsOf(c).some((b) => b.data.startsWith("wd:")))!;
    await h.send(press(witness, buttonsOf(offer)[0]!.data));
    await h.send(command(witness, "cancel"));
    expect(textsTo(h, witness.id).some((t) => t === `No details were added. Report ${code} stays with the Alliance as it was sent.`)).toBe(
      true,
    );
    expect((await storage.reports.findByCode(code))!.quick).toMatchObject({ detailsAt: null });
  });
});

describe("bad input during the quick alert", () => {
  it("text, a photo, a stale button, /witness again, /start: polite replies and the question again; /cancel sends nothing", async () => {
    const h = harness();
    const witness = person(5030, "en");
    await h.send(command(witness, "witness"));
    expect(textsTo(h, witness.id).at(-1)).toBe("1/3 · How many people are being detained?");
    await h.send(text(witness, "two"));
    expect(textsTo(h, witness.id).slice(-2)).toEqual(["Please choose one of the buttons.", "1/3 · How many people are being detained?"]);
    await h.send(command(witness, "witness"));
    expect(textsTo(h, witness.id).at(-2)).toBe(
      "You are sending an alert that someone is being detained. Answer the question below, or send /cancel.",
    );
    await h.send(press(witness, "w:count:6-20"));
    expect(textsTo(h, witness.id).at(-1)).toBe("Region or city:");
    await h.send(photo(witness));
    expect(textsTo(h, witness.id).at(-3)).toBe("Please send the location with the «📍 Send my location» button, or choose the region.");
    await h.send(text(witness, "Abai avenue"));
    expect(textsTo(h, witness.id).at(-3)).toBe("Please send the location with the «📍 Send my location» button, or choose the region.");
    // A button of the first question, pressed again.
    await h.send(press(witness, "w:count:1"));
    expect(textsTo(h, witness.id).at(-3)).toBe("That button belongs to an earlier question. Here is the current one.");
    // The menu's button while the alert runs.
    await h.send(press(witness, "witness:start"));
    expect(textsTo(h, witness.id).at(-1)).toBe("You are already sending an alert. Answer the question above, or send /cancel.");
    await h.send(command(witness, "start"));
    expect(textsTo(h, witness.id).at(-3)).toContain("You are sending an alert");
    // Four bad answers in a row: the question starts over and still works.
    for (let i = 0; i < 4; i++) await h.send(text(witness, `bad ${i}`));
    await h.send(press(witness, "w:region:shymkent"));
    expect(textsTo(h, witness.id).at(-1)).toBe("3/3 · Who is detaining them? If you are not sure, skip.");
    await h.send(command(witness, "cancel"));
    expect(textsTo(h, witness.id).slice(-2)[0]).toBe("The alert was cancelled. Nothing was sent.");
    expect(await storage.reports.count()).toBe(0);
    // A forged "Add details" button.
    await h.send(press(witness, "wd:7KQM-4XTD:AAAAAAAAAAAAAAAA"));
    expect(textsTo(h, witness.id).at(-1)).toBe("This report can no longer be completed here.");
  });

  it("in Russian and Kazakh too", async () => {
    const h = harness();
    const ru = person(5040, "ru");
    await h.send(command(ru, "witness"));
    await h.send(text(ru, "двое"));
    expect(textsTo(h, ru.id).at(-2)).toBe("Пожалуйста, выберите одну из кнопок.");
    const kk = person(5041, "kk");
    await h.send(command(kk, "witness"));
    await h.send(press(kk, "w:count:1"));
    await h.send(photo(kk));
    expect(textsTo(h, kk.id).at(-3)).toBe(
      "Орналасқан жеріңізді «📍 Орналасқан жерімді жіберу» батырмасымен жіберіңіз немесе өңірді таңдаңыз.",
    );
  });
});

describe("rewriting an alert in place is durable", () => {
  it("an edit refused with 429, then 500, is retried; 'message is not modified' counts as done", async () => {
    const h = harness();
    const lead = person(3001, "en", "Call Lead");
    await h.steps.enrol(lead, "right-to-call", "national", "primary");
    const witness = person(5050, "en");
    await quickAlert(h, witness);
    await h.steps.deliver();
    const code = codeIn(textsTo(h, witness.id).find((t) => t.includes(WORDS.en.stored))!);
    const offer = sentTo(h, witness.id).find((c) => buttonsOf(c).some((b) => b.data.startsWith("wd:")))!;
    await h.send(press(witness, buttonsOf(offer)[0]!.data));
    const failures = [
      { ok: false as const, error_code: 429, description: "Too Many Requests: retry after 2", parameters: { retry_after: 2 } },
      { ok: false as const, error_code: 500, description: "Internal Server Error" },
    ];
    h.telegram.responder = (call) => (call.method === "editMessageText" && call.payload.chat_id === lead.id ? failures.shift() : undefined);
    await addDetails(h, witness, code, { name: "Askar" });
    await h.steps.deliver();
    expect(await storage.outbox.pendingCount()).toBe(1);
    now += 3_000;
    await h.steps.deliver();
    expect(await storage.outbox.pendingCount()).toBe(1);
    now += 5 * 60_000;
    await h.steps.deliver();
    expect(await storage.outbox.pendingCount()).toBe(0);
    const edits = h.steps.alertIn(lead.id, code);
    expect(String(edits.at(-1)!.payload.text)).toContain("Askar");
    expect(new Set(edits.map((e) => e.payload.message_id)).size).toBe(1);

    // Queued again (as after a crash before it was recorded): Telegram says "not modified", and that is done.
    const [alert] = await storage.outbox.alertsFor(code);
    await storage.outbox.rewrite(alert!, alert!.sectors, 0, new Date(now));
    h.telegram.responder = (call) =>
      call.method === "editMessageText" && call.payload.chat_id === lead.id
        ? { ok: false, error_code: 400, description: "Bad Request: message is not modified" }
        : undefined;
    await h.steps.deliver();
    expect(await storage.outbox.pendingCount()).toBe(0);
    expect(sentTo(h, lead.id).filter((c) => String(c.payload.text).includes(code))).toHaveLength(1);

    // The lead deleted the alert: the rewrite is dropped, the case does not escalate and nobody is told of a refused alert.
    const adminMessages = sentTo(h, ADMIN.id).length;
    await storage.outbox.rewrite(alert!, alert!.sectors, 0, new Date(now));
    h.telegram.responder = (call) =>
      call.method === "editMessageText" && call.payload.chat_id === lead.id
        ? { ok: false, error_code: 400, description: "Bad Request: message to edit not found" }
        : undefined;
    await h.steps.deliver();
    expect(await storage.outbox.pendingCount()).toBe(0);
    expect(sentTo(h, ADMIN.id)).toHaveLength(adminMessages);
    expect(await storage.cases.get(code, "right-to-call")).toMatchObject({ level: "primary", status: "open" });
  });
});

describe("details added while the quick alert is being written", () => {
  it("the alert written with the quick version is rewritten once the details are in", async () => {
    const h = harness();
    const lead = person(3001, "en", "Call Lead");
    await h.steps.enrol(lead, "right-to-call", "national", "primary");
    const witness = person(5060, "en");
    await quickAlert(h, witness);
    const code = codeIn(textsTo(h, witness.id).find((t) => t.includes(WORDS.en.stored))!);
    const offer = sentTo(h, witness.id).find((c) => buttonsOf(c).some((b) => b.data.startsWith("wd:")))!;
    // The witness completes the report while Telegram is taking the quick alert's text, before it is recorded.
    h.telegram.during = async (call) => {
      if (call.method !== "editMessageText" || call.payload.chat_id !== lead.id) return;
      h.telegram.during = async () => {};
      await h.send(press(witness, buttonsOf(offer)[0]!.data));
      await addDetails(h, witness, code, { name: "Askar" });
    };
    await h.steps.deliver();
    await h.steps.deliver();
    const edits = h.steps.alertIn(lead.id, code);
    expect(String(edits[0]!.payload.text)).toContain(WORDS.en.quick);
    expect(String(edits.at(-1)!.payload.text)).toContain("Askar");
    expect(new Set(edits.map((e) => e.payload.message_id)).size).toBe(1);
    expect(sentTo(h, lead.id).filter((c) => String(c.payload.text).includes(code))).toHaveLength(1);
    expect(await storage.outbox.pendingCount()).toBe(0);
  });
});

function questionText(locale: Locale, id: StepId): string {
  const en: Partial<Record<StepId, string>> = {
    role: "Who are you in this situation?",
    subject: "Who is the report about?",
    when: "When did it happen?",
    region: "Which region or city?",
    authority: "Who detained the person?",
    takenTo: "Where was the person taken",
  };
  return locale === "en" ? en[id]! : TRANSLATED[locale][id]!;
}
const TRANSLATED: Record<"ru" | "kk", Partial<Record<StepId, string>>> = {
  ru: {
    role: "Кто вы в этой ситуации?",
    subject: "О ком это обращение?",
    when: "Когда это произошло?",
    region: "В какой области или городе?",
    authority: "Кто задержал человека?",
    takenTo: "Куда доставили человека",
  },
  kk: {
    role: "Бұл жағдайда сіз кімсіз?",
    subject: "Хабарлама кім туралы?",
    when: "Бұл қашан болды?",
    region: "Қай облыс немесе қала?",
    authority: "Адамды кім ұстап алды?",
    takenTo: "Адамды қайда апарды",
  },
};
