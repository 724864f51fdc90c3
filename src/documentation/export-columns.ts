/**
 * The columns of a report export, in the event–victim–act–perpetrator shape
 * human-rights documentation tools use (HURIDOCS): one declaration per column
 * with its meaning (the README's table is checked against these), and the
 * projection of a report onto them. Sealed columns (names, places, free text)
 * exist only in the sealed variant; the plain variant has no such column at all.
 * Never here: Telegram ids, file ids, anything about who reported.
 */
import type { Report } from "../reports/report.js";
import { EVIDENCE_KINDS, PRIORITY_FLAGS, type EvidenceKind } from "../reports/vocabulary.js";
import { SECTORS, type Outcome, type Sector } from "../shared/vocabulary.js";

/** A case as the export shows it: its sector's status and outcome. */
export interface ExportCase {
  sector: Sector;
  status: "open" | "taken" | "closed";
  outcome: Outcome | null;
}

/** One report with its cases: what a row is made from. */
export interface ExportRecord {
  report: Report;
  cases: ExportCase[];
}

/** A cell: text, a number, or nothing (an empty CSV field, JSON null). Several values are joined with ";". */
export type Cell = string | number | null;

export type ColumnGroup = "event" | "victim" | "act" | "perpetrator" | "case" | "evidence";

export interface Column {
  name: string;
  group: ColumnGroup;
  /** What the column means (the README table). */
  doc: string;
  /** Present only in the sealed variant: it can identify a person. */
  sealed?: true;
  value(record: ExportRecord): Cell;
}

const yn = (value: boolean) => (value ? "yes" : "no");
const list = (values: readonly string[]) => (values.length > 0 ? values.join(";") : null);
const person = (r: Report) => (r.subject.type === "person" ? r.subject : null);
const group = (r: Report) => (r.subject.type === "group" ? r.subject : null);
const place = (r: Report) => r.where.place;
const caseOf = (record: ExportRecord, sector: Sector) => record.cases.find((c) => c.sector === sector);

const col = (name: string, groupName: ColumnGroup, doc: string, value: (r: Report) => Cell): Column => ({
  name,
  group: groupName,
  doc,
  value: (record) => value(record.report),
});
const sealed = (name: string, groupName: ColumnGroup, doc: string, value: (r: Report) => Cell): Column => ({
  ...col(name, groupName, doc, value),
  sealed: true,
});

const snake = (id: string) => id.replace(/-/g, "_");
/** An ISO time rounded down to its hour. */
const hourOf = (iso: string) => new Date(Math.floor(Date.parse(iso) / 3_600_000) * 3_600_000).toISOString();

const caseColumns = SECTORS.flatMap((sector): Column[] => [
  {
    name: `case_${snake(sector)}_status`,
    group: "case",
    doc: `The ${sector} sector's case: open, taken or closed; empty when the report was not routed to it.`,
    value: (record) => caseOf(record, sector)?.status ?? null,
  },
  {
    name: `case_${snake(sector)}_outcome`,
    group: "case",
    doc: `How the ${sector} sector closed its case (outcome id, or handed-over); empty while it is not closed.`,
    value: (record) => caseOf(record, sector)?.outcome ?? null,
  },
]);

const evidenceColumns = EVIDENCE_KINDS.map((kind: EvidenceKind): Column =>
  col(`evidence_${kind}`, "evidence", `How many ${kind} files came with the report (the files stay in the bot).`, (r) =>
    r.evidence.reduce((n, item) => n + (item.kind === kind ? 1 : 0), 0),
  ),
);

/** Every column, in file order; the plain variant leaves out the sealed ones. */
export const EXPORT_COLUMNS: readonly Column[] = [
  // Event
  col("code", "event", "The report's reference code (e.g. 7KQM-4XTD): the key to ask the alliance about it.", (r) => r.code),
  // Exact times only with the names: beside the role, age group and region, a time to the second could single out a self-report.
  col("submitted_hour", "event", "The hour the report was submitted (ISO 8601, UTC, rounded down to the hour).", (r) =>
    hourOf(r.submittedAt),
  ),
  sealed("submitted_at", "event", "When the report was submitted, exactly (ISO 8601, UTC).", (r) => r.submittedAt),
  col("kind", "event", "detention, ill-treatment or both.", (r) => r.kind),
  col("quick", "event", "yes when it came as a witness's quick alert, no for the full form.", (r) => yn(r.quick !== null)),
  col("event_when", "event", "When it happened, as chosen: now, today, yesterday, exact or earlier.", (r) => r.when.choice),
  col("event_hour", "event", "The hour it is dated to (ISO 8601, UTC, rounded down to the hour); empty for earlier.", (r) =>
    r.when.at ? hourOf(r.when.at) : null,
  ),
  sealed("event_at", "event", "The time it is dated to, exactly as given (ISO 8601, UTC); empty for earlier.", (r) => r.when.at),
  col("event_at_approximate", "event", "yes when the time is only the day (today, yesterday), no when exact.", (r) =>
    yn(r.when.approximate),
  ),
  col("region", "event", "The region id (e.g. almaty, astana, atyrau).", (r) => r.where.region),
  sealed("place_text", "event", "The place as typed (sealed).", (r) => {
    const p = place(r);
    return p && "text" in p ? p.text : null;
  }),
  sealed("place_lat", "event", "Latitude of a shared location (sealed).", (r) => {
    const p = place(r);
    return p && "lat" in p ? p.lat : null;
  }),
  sealed("place_lon", "event", "Longitude of a shared location (sealed).", (r) => {
    const p = place(r);
    return p && "lon" in p ? p.lon : null;
  }),
  col(
    "source_role",
    "event",
    "How the source relates to it: self, witness, relative, monitor, journalist or lawyer.",
    (r) => r.reporterRole,
  ),
  col("priority_flags", "event", `What made it urgent, ";"-separated: ${PRIORITY_FLAGS.join(", ")}.`, (r) =>
    list(PRIORITY_FLAGS.filter((flag) => r.derived.priority[flag])),
  ),
  col("sectors", "event", 'The sectors it was routed to, ";"-separated.', (r) => list(r.derived.sectors)),
  // Victim
  col("victim_type", "victim", "person or group.", (r) => r.subject.type),
  sealed(
    "victim_name",
    "victim",
    "The person's name as given (sealed); empty for a group or when skipped.",
    (r) => person(r)?.name ?? null,
  ),
  col("victim_age_group", "victim", "A person's age group: minor, 18-29, 30-49, 50+ or unknown.", (r) => person(r)?.ageGroup ?? null),
  col("victim_journalist", "victim", "Whether the person is a journalist: yes, no or unknown.", (r) => person(r)?.journalist ?? null),
  col("group_size", "victim", "A group's size: 2-5, 6-20, 21-100, 100+ or unknown.", (r) => group(r)?.size ?? null),
  col("group_minors", "victim", "Minors among the group: yes, no or unknown.", (r) => group(r)?.minors ?? null),
  col("group_journalists", "victim", "Journalists among the group: yes, no or unknown.", (r) => group(r)?.journalists ?? null),
  // Act: detention
  col("detention", "act", "yes when the report describes a detention.", (r) => yn(r.detention !== null)),
  col("detention_reason_told", "act", "Told the reason: yes, no or unknown.", (r) => r.detention?.toldReason ?? null),
  col("detention_protocol", "act", "The detention protocol: copy-given, no-copy, none or unknown.", (r) => r.detention?.protocol ?? null),
  col("detention_lawyer", "act", "A lawyer: not-asked, admitted, refused or unknown.", (r) => r.detention?.lawyer ?? null),
  col("detention_relatives_informed", "act", "Relatives informed: yes, no or unknown.", (r) => r.detention?.relativesInformed ?? null),
  col("detention_whereabouts_known", "act", "yes when it is known where the person was taken.", (r) =>
    r.detention ? yn(r.detention.takenToKnown) : null,
  ),
  sealed("detention_taken_to", "act", "Where the person was taken, as typed (sealed).", (r) => r.detention?.takenTo ?? null),
  // Act: ill-treatment
  col("ill_treatment", "act", "yes when the report describes ill-treatment.", (r) => yn(r.illTreatment !== null)),
  col(
    "ill_treatment_kinds",
    "act",
    'Kinds, ";"-separated: beating, threats, deprivation, stress-positions, kettling, sexual-violence, other.',
    (r) => (r.illTreatment ? list(r.illTreatment.kinds) : null),
  ),
  col("injuries_visible", "act", "Visible injuries: yes, no or unknown.", (r) => r.illTreatment?.visibleInjuries ?? null),
  col("medical_help", "act", "Medical help: needed-not-given, given, not-needed or unknown.", (r) => r.illTreatment?.medical ?? null),
  col(
    "medical_help_by",
    "act",
    "Who gave it: ambulance, custody-doctor, hospital, other or unknown.",
    (r) => r.illTreatment?.medicalBy ?? null,
  ),
  col("life_threat", "act", "death, life-threatening, no or unknown.", (r) => r.illTreatment?.lifeThreat ?? null),
  sealed("account", "act", "The account in the source's words (sealed).", (r) => r.account),
  // Perpetrator
  col(
    "detention_authority",
    "perpetrator",
    "Who detained: police, national-guard, special-forces, plain-clothes or unknown.",
    (r) => r.detention?.authority ?? null,
  ),
  col("ill_treatment_by", "perpetrator", "Who ill-treated: the same list.", (r) => r.illTreatment?.by ?? null),
  // Case handling and evidence
  ...caseColumns,
  ...evidenceColumns,
];

/** The columns of a variant: sealed ones only when asked for. */
export const exportColumns = (withSealed: boolean): readonly Column[] =>
  withSealed ? EXPORT_COLUMNS : EXPORT_COLUMNS.filter((column) => !column.sealed);

/** A report's row: its cells in column order. */
export const rowOf = (record: ExportRecord, columns: readonly Column[]): Cell[] => columns.map((column) => column.value(record));
