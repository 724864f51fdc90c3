/**
 * The submitted report: a versioned schema a documentation team recognises —
 * who, what, when, where, which authority, rights signals, ill-treatment,
 * the account, the evidence, and how to reach the source — plus what is
 * derived from it. `build-report.ts` turns a finished draft into one.
 */
import { z } from "zod";
import { LOCALES } from "../shared/locales.js";
import { REGION_IDS } from "../shared/regions.js";
import { PRIORITY_FLAGS } from "./vocabulary.js";
import { SECTORS } from "../shared/vocabulary.js";
import { CODE_PATTERN } from "./reference-code.js";
import { sectionShape } from "./sections.js";
import { EVIDENCE_KINDS, LIMITS, REPORT_KINDS, WHEN_CHOICES } from "./vocabulary.js";

export const REPORT_SCHEMA_VERSION = 1;

export const evidenceSchema = z.object({
  kind: z.enum(EVIDENCE_KINDS),
  messageId: z.number().int(),
  fileId: z.string().min(1),
  fileUniqueId: z.string().min(1),
  size: z.number().int().nonnegative().nullable(),
  mime: z.string().nullable(),
  receivedAt: z.number().int(),
});

const placeSchema = z.union([
  z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }),
  z.object({ text: z.string().min(1).max(LIMITS.shortTextChars) }),
]);

export const reportBodySchema = z.object({
  kind: z.enum(REPORT_KINDS),
  ...sectionShape("top"),
  subject: z.discriminatedUnion("type", [
    z.object({ type: z.literal("person"), ...sectionShape("person") }),
    z.object({ type: z.literal("group"), ...sectionShape("group") }),
  ]),
  when: z.object({ choice: z.enum(WHEN_CHOICES), at: z.iso.datetime().nullable(), approximate: z.boolean() }),
  where: z.object({ place: placeSchema.nullable(), region: z.enum(REGION_IDS) }),
  detention: z
    .object({
      ...sectionShape("detention"),
      /** "Where was the person taken?" — false when nobody knows: the right-to-call sector acts. */
      takenToKnown: z.boolean(),
    })
    .nullable(),
  illTreatment: z.object(sectionShape("illTreatment")).nullable(),
  evidence: z.array(evidenceSchema).max(LIMITS.evidenceItems),
});

export const reportSchema = reportBodySchema.extend({
  schema: z.literal(REPORT_SCHEMA_VERSION),
  id: z.string().min(8),
  code: z.string().regex(new RegExp(`^${CODE_PATTERN}$`)),
  locale: z.enum(LOCALES),
  submittedAt: z.iso.datetime(),
  derived: z.object({
    priority: z.object(
      Object.fromEntries(PRIORITY_FLAGS.map((flag) => [flag, z.boolean()])) as Record<(typeof PRIORITY_FLAGS)[number], z.ZodBoolean>,
    ),
    sectors: z.array(z.enum(SECTORS)).min(1),
  }),
  /** A witness's quick alert (quick-report.ts); null for a report made with the full form. */
  quick: z
    .object({ regionFromLocation: z.boolean(), authorityGiven: z.boolean(), detailsAt: z.iso.datetime().nullable() })
    .nullable()
    .default(null),
});

export type ReportBody = z.infer<typeof reportBodySchema>;
export type Report = z.infer<typeof reportSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;

/** The parts of a report that could identify someone; storage encrypts them. */
export interface SensitiveParts {
  name: string | null;
  place: ReportBody["where"]["place"];
  takenTo: string | null;
  account: string | null;
  evidence: Evidence[];
}

/** What may be stored readable: the report without names, places, free text and file ids. */
export type OpenReport = Omit<Report, "subject" | "where" | "detention" | "account" | "evidence"> & {
  subject: Omit<Extract<Report["subject"], { type: "person" }>, "name"> | Extract<Report["subject"], { type: "group" }>;
  where: { region: Report["where"]["region"] };
  detention: Omit<NonNullable<Report["detention"]>, "takenTo"> | null;
  evidence: Array<Pick<Evidence, "kind" | "size" | "receivedAt">>;
};

export function splitSensitive(report: Report): { open: OpenReport; sensitive: SensitiveParts } {
  const { subject, where, detention, account, evidence, ...rest } = report;
  const { name = null, ...openSubject } = subject as Extract<Report["subject"], { type: "person" }>;
  const sensitive: SensitiveParts = { name, place: where.place, takenTo: detention?.takenTo ?? null, account, evidence };
  const open: OpenReport = {
    ...rest,
    subject: subject.type === "person" ? openSubject : subject,
    where: { region: where.region },
    detention: detention ? (({ takenTo: _takenTo, ...d }) => d)(detention) : null,
    evidence: evidence.map(({ kind, size, receivedAt }) => ({ kind, size, receivedAt })),
  };
  return { open, sensitive };
}

export function joinSensitive(open: OpenReport, sensitive: SensitiveParts): Report {
  return reportSchema.parse({
    ...open,
    subject: open.subject.type === "person" ? { ...open.subject, name: sensitive.name } : open.subject,
    where: { ...open.where, place: sensitive.place },
    detention: open.detention ? { ...open.detention, takenTo: sensitive.takenTo } : null,
    account: sensitive.account,
    evidence: sensitive.evidence,
  });
}
