/** What a document can take from a stored report: the lead's pre-filled document. */
import { clipText } from "../shared/text.js";
import type { Report } from "../reports/report.js";
import { FIELD_MAX_CHARS, documentDate, type DocumentValues } from "./fields.js";

export function valuesFromReport(report: Report): DocumentValues {
  const place = report.where.place && "text" in report.where.place ? report.where.place.text : null;
  return {
    name: report.subject.type === "person" ? cut(report.subject.name, FIELD_MAX_CHARS.short) : null,
    date: report.when.at ? documentDate(Date.parse(report.when.at)) : null,
    place: cut(place, FIELD_MAX_CHARS.short),
    events: cut(report.account, FIELD_MAX_CHARS.long),
  };
}

/** Cuts on whole characters (an emoji cut in half makes Telegram refuse the message). */
function cut(text: string | null, max: number): string | null {
  return text ? clipText(text, max) : null;
}
