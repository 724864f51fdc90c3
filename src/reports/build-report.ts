/** Turns a finished draft into a report: the answers that still apply, and what follows from them. */
import { priorityOf, sectorsOf } from "./derive.js";
import type { Draft } from "./draft.js";
import { REPORT_SCHEMA_VERSION, reportSchema, type Report, type ReportBody } from "./report.js";
import { sectionOf } from "./sections.js";
import { applicableSteps, hasDetention, hasIllTreatment, isAnswered } from "./steps.js";

export class IncompleteDraftError extends Error {
  override name = "IncompleteDraftError";
}

const DAY_MS = 24 * 3600 * 1000;

/** The report a finished draft describes; answers to questions that no longer apply are left out. */
export function buildReport(draft: Draft, now: number): Report {
  const missing = applicableSteps(draft)
    .filter((step) => !isAnswered(draft, step.id))
    .map((step) => step.id);
  if (missing.length > 0) throw new IncompleteDraftError(`unanswered: ${missing.join(", ")}`);
  const x = draft.answers as Required<Draft["answers"]>;
  const person = x.role === "self" || x.subject === "person";
  const detention = hasDetention(draft);
  const illTreatment = hasIllTreatment(draft);
  const whenAnswered = draft.answeredAt.when ?? now;

  const body: ReportBody = {
    kind: detention && illTreatment ? "both" : detention ? "detention" : "ill-treatment",
    ...sectionOf(draft, "top"),
    subject: person ? { type: "person", ...sectionOf(draft, "person") } : { type: "group", ...sectionOf(draft, "group") },
    when: {
      choice: x.when,
      at:
        x.when === "exact"
          ? x.whenExact
          : x.when === "earlier"
            ? null
            : new Date(x.when === "yesterday" ? whenAnswered - DAY_MS : whenAnswered).toISOString(),
      approximate: x.when !== "exact" && x.when !== "now",
    },
    where: { place: x.place, region: x.region },
    detention: detention ? { ...sectionOf(draft, "detention"), takenToKnown: x.takenTo !== null } : null,
    illTreatment: illTreatment ? sectionOf(draft, "illTreatment") : null,
    evidence: x.evidence.items,
  };
  return reportSchema.parse({
    ...body,
    schema: REPORT_SCHEMA_VERSION,
    id: draft.id,
    code: draft.code,
    locale: draft.locale,
    submittedAt: new Date(now).toISOString(),
    derived: { priority: priorityOf(body), sectors: sectorsOf(body) },
  });
}
