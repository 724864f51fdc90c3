/**
 * What follows from a report's answers: its priority flags and the
 * alliance's sectors it concerns. Both are rule tables, so that a
 * coordinator can read them and a test can check them row by row.
 */
import type { ReportBody } from "./report.js";
import type { Sector } from "../shared/vocabulary.js";
import { PRIORITY_FLAGS, type Priority, type PriorityFlag } from "./vocabulary.js";

const subjectIs = (report: ReportBody, predicate: (s: ReportBody["subject"]) => boolean) => predicate(report.subject);

export const PRIORITY_RULES: Record<PriorityFlag, (report: ReportBody) => boolean> = {
  lifeAtRisk: (r) => r.illTreatment?.lifeThreat === "death" || r.illTreatment?.lifeThreat === "life-threatening",
  detainedNow: (r) => r.detention !== null && r.when.choice === "now",
  minor: (r) => subjectIs(r, (s) => (s.type === "person" ? s.ageGroup === "minor" : s.minors === "yes")),
  injured: (r) => r.illTreatment !== null && (r.illTreatment.visibleInjuries === "yes" || r.illTreatment.medical === "needed-not-given"),
  journalist: (r) => subjectIs(r, (s) => (s.type === "person" ? s.journalist === "yes" : s.journalists === "yes")),
};

/** Which sector must act, and why (the routing issue adds who in which region). */
export const SECTOR_RULES: Array<{ sector: Exclude<Sector, "coordinator">; when: string; applies: (report: ReportBody) => boolean }> = [
  { sector: "right-to-life", when: "a death or a life-threatening injury", applies: PRIORITY_RULES.lifeAtRisk },
  { sector: "torture", when: "ill-treatment was reported", applies: (r) => r.illTreatment !== null },
  { sector: "lawyer", when: "a lawyer was asked for and refused", applies: (r) => r.detention?.lawyer === "refused" },
  {
    sector: "right-to-call",
    when: "relatives not informed, or where the person was taken is unknown",
    applies: (r) => r.detention !== null && (r.detention.relativesInformed === "no" || r.detention.takenToKnown === false),
  },
  { sector: "journalists", when: "a journalist was detained or ill-treated", applies: PRIORITY_RULES.journalist },
  { sector: "documentation", when: "evidence was attached", applies: (r) => r.evidence.length > 0 },
];

export function priorityOf(report: ReportBody): Priority {
  return Object.fromEntries(PRIORITY_FLAGS.map((flag) => [flag, PRIORITY_RULES[flag](report)])) as Priority;
}

/** The sectors a report concerns; the coordinator takes what no sector claims. */
export function sectorsOf(report: ReportBody): Sector[] {
  const sectors: Sector[] = SECTOR_RULES.filter((rule) => rule.applies(report)).map((rule) => rule.sector);
  return sectors.length > 0 ? sectors : ["coordinator"];
}

/** Higher first: life at risk outranks everything, then detained now, minor, injured, journalist. */
export function priorityRank(priority: Priority): number {
  return PRIORITY_FLAGS.reduce((rank, flag, index) => (priority[flag] ? rank + 2 ** (PRIORITY_FLAGS.length - index) : rank), 0);
}
