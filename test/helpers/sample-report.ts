/** Reports made the way the form makes them, for tests of what happens after submission. */
import { randomBytes, randomUUID } from "node:crypto";
import { newDraft, withAnswer, type Answers, type Draft } from "../../src/reports/draft.js";
import { referenceCode } from "../../src/reports/reference-code.js";
import { type Report } from "../../src/reports/report.js";
import { buildReport } from "../../src/reports/build-report.js";
import type { Storage } from "../../src/storage/database.js";
import { nextStep } from "../../src/reports/steps.js";
import { kept } from "./form-script.js";

/** A detention in Almaty where the lawyer was refused: it concerns the lawyer sector only. */
export const LAWYER_ONLY: Partial<Answers> = {
  role: "witness",
  subject: "person",
  name: "Subject Person",
  age: "30-49",
  journalist: "no",
  when: "today",
  place: { text: "Abai avenue" },
  region: "almaty",
  authority: "police",
  takenTo: "Station 5",
  toldReason: "yes",
  protocol: "copy-given",
  lawyer: "refused",
  relatives: "yes",
  alsoIll: "no",
  account: "Account text",
  evidence: { items: [], done: true },
  contact: "bot",
};

export function sampleReport(answers: Partial<Answers> = {}, flow: Draft["flow"] = "detention", now = Date.now()): Report {
  let draft = newDraft({ id: randomUUID(), code: referenceCode(randomBytes), flow, locale: "en", now });
  for (const [step, value] of Object.entries({ ...LAWYER_ONLY, ...answers }))
    draft = withAnswer(draft, step as keyof Answers, value as never, now);
  // A question not named here gets its declared example.
  for (let step = nextStep(draft); step; step = nextStep(draft)) {
    draft = withAnswer(draft, step.id, kept(step, step.example, now) as never, now);
  }
  return buildReport(draft, now);
}

/** Stores a report as Submit does; returns it. */
export async function submit(storage: Storage, reporterChatId: number, answers: Partial<Answers> = {}, now = Date.now()): Promise<Report> {
  const report = sampleReport(answers, "detention", now);
  const result = await storage.reports.save(report, reporterChatId);
  if (result === "code-taken") throw new Error("code collision in a test");
  return report;
}
