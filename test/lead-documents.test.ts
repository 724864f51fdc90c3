import JSZip from "jszip";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { NO_ALLIANCE, type AllianceConfig } from "../src/config/alliance.js";
import { buttonsOf, type UploadedFile } from "./helpers/fake-telegram.js";
import { createTestBot } from "./helpers/harness.js";
import { sampleReport } from "./helpers/sample-report.js";
import { openTestStorage } from "./helpers/test-storage.js";
import { person, press } from "./helpers/updates.js";

const ADMIN = person(1_100_001, "en", "Admin");
const STRANGER = person(1_100_002, "en", "Stranger");
const REPORTER = 2_100_001;
const alliance: AllianceConfig = { ...NO_ALLIANCE, admins: [ADMIN.id] };

let storage: Awaited<ReturnType<typeof openTestStorage>>;
beforeEach(async () => {
  storage = await openTestStorage();
});
afterEach(() => storage.drop());

/** A Kazakh report of ill-treatment with a name, a place and an account; the alert reaches the admin (no leads enrolled). */
async function alertedReport(contact: "bot" | "none") {
  const h = createTestBot(storage, { alliance });
  const report = {
    ...sampleReport({
      name: "Әлия Қасымқызы",
      place: { text: "Абай даңғылы, Алматы" },
      account: "Полиция қызметкерлері мені ұрды, қолымды қайырды.",
      contact,
    }),
    locale: "kk" as const,
  };
  await storage.reports.save(report, REPORTER);
  await h.delivery.router.runOnce();
  await h.delivery.dispatcher.drain();
  const alert = h.telegram
    .callsOf("editMessageText")
    .find((c) => c.payload.chat_id === ADMIN.id && String(c.payload.text).includes(report.code))!;
  expect(alert).toBeDefined();
  return { h, report, alert };
}

describe("a lead sends the reporter a document pre-filled from the report", () => {
  it("📄 on the alert → pick → the reporter gets the Kazakh complaint and its file; the lead sees no identity", async () => {
    const { h, report, alert } = await alertedReport("bot");
    // The admin never chose a language: the alert is in the default one (messenger.test.ts has a chosen one).
    const documentButton = buttonsOf(alert).find((b) => b.text === "📄 Document for the reporter")!;
    expect(documentButton.data).toBe(`ld:pick:${report.code}`);

    await h.send(press(ADMIN, documentButton.data));
    const pick = h.telegram.last("sendMessage");
    expect(pick.payload.text).toBe(`Which document should the reporter of ${report.code} get, pre-filled from the report?`);
    expect(buttonsOf(pick).map((b) => b.text)).toContain("Complaint of torture to the prosecutor");
    h.telegram.clear();

    await h.send(press(ADMIN, `ld:send:${report.code}:torture-complaint`));
    const toReporter = h.telegram
      .callsOf("sendMessage")
      .filter((c) => c.payload.chat_id === REPORTER)
      .map((c) => String(c.payload.text));
    // Neutral on the reporter's phone: no reference code, no "report" (issue 9 §1).
    expect(toReporter[0]).toContain("Альянстан бір адам сіз жазғанның негізінде толтырылған құжат жіберді.");
    expect(toReporter[0]).not.toContain(report.code);
    const complaint = toReporter.find((t) => t.includes("АЗАПТАУ ЖӘНЕ ҚАТЫГЕЗ ҚАРЫМ-ҚАТЫНАС ТУРАЛЫ ШАҒЫМ"))!;
    expect(complaint).toContain("Кімнен: Әлия Қасымқызы");
    expect(complaint).toContain("Орны: Абай даңғылы, Алматы.");
    expect(complaint).toContain("Не болды: Полиция қызметкерлері мені ұрды, қолымды қайырды.");
    expect(complaint).toContain("____________________ ауданының (қаласының) прокуратурасына");

    const upload = h.telegram.callsOf("sendDocument").find((c) => c.payload.chat_id === REPORTER)!;
    const file = Object.values(upload.payload).find((v): v is UploadedFile => typeof v === "object" && v !== null && "bytes" in v)!;
    const xml = await (await JSZip.loadAsync(file.bytes)).file("word/document.xml")!.async("string");
    expect(xml).toContain("Әлия Қасымқызы");
    expect(xml).toContain("Полиция қызметкерлері мені ұрды");

    const toLead = h.telegram.calls.filter((c) => c.payload.chat_id === ADMIN.id).map((c) => JSON.stringify(c.payload));
    expect(toLead.at(-1)).toContain(`Sent to the reporter of ${report.code}: Complaint of torture to the prosecutor.`);
    for (const seen of toLead) {
      expect(seen).not.toContain("Әлия");
      expect(seen).not.toContain(String(REPORTER));
    }
  });

  it("no Document button when the reporter chose no contact, and a forged press writes to nobody", async () => {
    const { h, report, alert } = await alertedReport("none");
    expect(buttonsOf(alert).some((b) => b.data.startsWith("ld:"))).toBe(false);
    h.telegram.clear();
    await h.send(press(ADMIN, `ld:send:${report.code}:lawyer-request`));
    expect(h.telegram.last("sendMessage").payload.text).toBe(`The reporter of ${report.code} chose not to be contacted.`);
    expect(h.telegram.calls.filter((c) => c.payload.chat_id === REPORTER)).toEqual([]);
  });

  it("someone who is not a lead of the report is refused", async () => {
    const { h, report } = await alertedReport("bot");
    h.telegram.clear();
    await h.send(press(STRANGER, `ld:send:${report.code}:lawyer-request`));
    const answer = h.telegram.last("answerCallbackQuery");
    expect(answer.payload.text).toBe("Only a lead of this report's sectors and region, or the coordinator, can do this.");
    expect(h.telegram.calls.filter((c) => c.payload.chat_id === REPORTER)).toEqual([]);
  });
});
