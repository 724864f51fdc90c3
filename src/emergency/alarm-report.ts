/**
 * The alarm as a report to the alliance: a person detained now, told by
 * themselves in one tap. Built from the alarm alone, so building it again
 * after a crash gives the same report (same id, code and time).
 */
import { newDraft, NOT_ASKED, withAnswers, type Answers } from "../reports/draft.js";
import { buildReport } from "../reports/build-report.js";
import type { Report } from "../reports/report.js";
import type { Sector } from "../shared/vocabulary.js";
import type { Alarm } from "./alarm.js";

/** The alarm asks for a lawyer and for the people close to the person to be told. */
export const ALARM_SECTORS: Sector[] = ["lawyer", "right-to-call"];

/** `account` is one line in the person's language saying the report came from the alarm. */
export function alarmReport(alarm: Alarm, account: string): Report {
  if (!alarm.report) throw new Error("this alarm has no report");
  const { code, region, locale } = alarm.report;
  const answers: Partial<Answers> = {
    ...NOT_ASKED,
    role: "self",
    subject: "person",
    name: alarm.displayName,
    when: "now",
    place: alarm.location ? { lat: alarm.location.latitude, lon: alarm.location.longitude } : null,
    region,
    alsoIll: "no",
    account,
    contact: "bot",
  };
  const draft = newDraft({ id: `alarm-${alarm.id}`, code, flow: "detention", locale, now: alarm.raisedAt });
  const report = buildReport(withAnswers(draft, answers, alarm.raisedAt), alarm.raisedAt);
  return { ...report, derived: { ...report.derived, sectors: ALARM_SECTORS } };
}
