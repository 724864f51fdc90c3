/**
 * The witness's quick alert: "someone is being detained now", in at most
 * three answers — how many people, where (a location or a region), who is
 * detaining (skippable). It becomes an ordinary, valid detention report
 * (so routing, priority and the lead's buttons work unchanged): what was not
 * asked is "unknown", the time is "now", the reporter a witness. The report
 * carries a `quick` mark the lead's alert shows. "Add details" continues the
 * full form for the same report with only the given answers filled in.
 */
import { buildReport } from "./build-report.js";
import { newDraft, NOT_ASKED, withAnswers, type Answers, type Draft, type Place } from "./draft.js";
import type { Report } from "./report.js";
import { AUTHORITIES, GROUP_SIZES, type Authority } from "./vocabulary.js";
import type { Locale } from "../shared/locales.js";
import { REGION_IDS, type RegionId } from "../shared/regions.js";

/** "How many people?": one person, or a group's size (the report's group sizes). */
export const QUICK_COUNTS = ["1", ...GROUP_SIZES] as const;
export type QuickCount = (typeof QUICK_COUNTS)[number];
export const QUICK_AUTHORITIES = AUTHORITIES;

export interface QuickAnswers {
  count: QuickCount;
  /** A shared location, or none (a region was chosen instead). */
  place: Extract<Place, { lat: number }> | null;
  region: RegionId;
  /** True when the region was worked out from the location, not chosen: "Add details" asks it. */
  regionFromLocation: boolean;
  /** Null when skipped. */
  authority: Authority | null;
}

/** The mark a quick report carries (`detailsAt`: when the witness added the details, null until then). */
export type QuickMark = NonNullable<Report["quick"]>;

/** The answers the witness gave, as the full form's answers (what "Add details" does not ask again). */
export function givenAnswers(quick: QuickAnswers): Partial<Answers> {
  const one = quick.count === "1";
  return {
    role: "witness",
    subject: one ? "person" : "group",
    ...(one ? {} : { groupSize: quick.count as Exclude<QuickCount, "1"> }),
    when: "now",
    ...(quick.regionFromLocation ? { place: quick.place } : { place: quick.place, region: quick.region }),
    ...(quick.authority ? { authority: quick.authority } : {}),
  };
}

/** The quick report: a valid detention report from three answers, marked quick. */
export function buildQuickReport(input: { id: string; code: string; locale: Locale; now: number; answers: QuickAnswers }): Report {
  const draft = newDraft({ id: input.id, code: input.code, flow: "detention", locale: input.locale, now: input.now });
  // What the quick alert does not ask: unknown, not said, no files, and no way back unless the details say so.
  const answers = { ...NOT_ASKED, region: input.answers.region, ...givenAnswers(input.answers) };
  const report = buildReport(withAnswers(draft, answers, input.now), input.now);
  const quick: QuickMark = {
    regionFromLocation: input.answers.regionFromLocation,
    authorityGiven: input.answers.authority !== null,
    detailsAt: null,
  };
  return { ...report, quick };
}

/** The full form's draft for "Add details": the same id and code, only what the witness said filled in. */
export function detailsDraft(report: Report, now: number): Draft {
  if (!report.quick) throw new Error("not a quick report");
  const draft = newDraft({ id: report.id, code: report.code, flow: "detention", locale: report.locale, now });
  const place = report.where.place && "lat" in report.where.place ? report.where.place : null;
  const count: QuickCount = report.subject.type === "person" ? "1" : report.subject.size;
  const answers = givenAnswers({
    count,
    place,
    region: report.where.region,
    regionFromLocation: report.quick.regionFromLocation,
    authority: report.quick.authorityGiven && report.detention ? report.detention.authority : null,
  });
  return { ...withAnswers(draft, answers, Date.parse(report.submittedAt)), amends: report.code };
}

/**
 * The stored report once the details are in: the detailed answers, the
 * original submission time, and every sector it was already sent for (a lead
 * who received the quick alert keeps the case it opened) with those the
 * details add.
 */
export function withDetails(quick: Report, detailed: Report, now: number): Report {
  const union = [...new Set([...quick.derived.sectors, ...detailed.derived.sectors])];
  // "Coordinator" means "no sector claims it": not once a sector already has the case.
  const sectors = union.length > 1 && !quick.derived.sectors.includes("coordinator") ? union.filter((s) => s !== "coordinator") : union;
  return {
    ...detailed,
    submittedAt: quick.submittedAt,
    derived: { ...detailed.derived, sectors },
    quick: { ...quick.quick!, detailsAt: new Date(now).toISOString() },
  };
}

/**
 * The administrative centres of the regions (latitude, longitude). A shared
 * location is routed to the region of the nearest one: approximate near a
 * border, so the lead also sees the pin, and "Add details" asks the region.
 */
const CENTRES: Record<RegionId, [number, number]> = {
  astana: [51.17, 71.45],
  almaty: [43.24, 76.89],
  shymkent: [42.34, 69.59],
  abai: [50.41, 80.23], // Semey
  akmola: [53.28, 69.38], // Kokshetau
  aktobe: [50.28, 57.17],
  "almaty-region": [43.87, 77.07], // Konaev
  atyrau: [47.12, 51.88],
  "east-kazakhstan": [49.95, 82.63], // Oskemen
  jambyl: [42.9, 71.37], // Taraz
  jetisu: [45.02, 78.37], // Taldykorgan
  karaganda: [49.8, 73.11],
  kostanay: [53.21, 63.62],
  kyzylorda: [44.85, 65.51],
  mangystau: [43.65, 51.15], // Aktau
  "north-kazakhstan": [54.87, 69.15], // Petropavl
  pavlodar: [52.28, 76.97],
  turkistan: [43.3, 68.25],
  ulytau: [47.78, 67.7], // Zhezkazgan
  "west-kazakhstan": [51.23, 51.37], // Oral
};

/** The region whose centre is nearest to a point (equirectangular distance: good enough at this scale). */
export function regionNear(lat: number, lon: number): RegionId {
  const distance = ([clat, clon]: [number, number]) => {
    const x = (lon - clon) * Math.cos(((lat + clat) / 2) * (Math.PI / 180));
    return x * x + (lat - clat) ** 2;
  };
  return REGION_IDS.reduce((best, id) => (distance(CENTRES[id]) < distance(CENTRES[best]) ? id : best));
}
