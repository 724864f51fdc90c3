/**
 * The closed answer lists of a report. Their ids are stored and used in
 * callback data (keep them short and never rename one that is in use);
 * their labels live in the .ftl files as `opt-<list>-<id>`.
 */
export const REPORT_KINDS = ["detention", "ill-treatment", "both"] as const;
export const FLOWS = ["detention", "ill-treatment"] as const;
export const REPORTER_ROLES = ["self", "witness", "relative", "monitor", "journalist", "lawyer"] as const;
export const SUBJECT_TYPES = ["person", "group"] as const;
export const AGE_GROUPS = ["minor", "18-29", "30-49", "50+", "unknown"] as const;
export const GROUP_SIZES = ["2-5", "6-20", "21-100", "100+", "unknown"] as const;
export const YES_NO_UNKNOWN = ["yes", "no", "unknown"] as const;
export const WHEN_CHOICES = ["now", "today", "yesterday", "exact", "earlier"] as const;
export const AUTHORITIES = ["police", "national-guard", "special-forces", "plain-clothes", "unknown"] as const;
export const PROTOCOL_STATES = ["copy-given", "no-copy", "none", "unknown"] as const;
export const LAWYER_STATES = ["not-asked", "admitted", "refused", "unknown"] as const;
export const ILL_TREATMENT_KINDS = [
  "beating",
  "threats",
  "deprivation",
  "stress-positions",
  "kettling",
  "sexual-violence",
  "other",
] as const;
export const MEDICAL_STATES = ["needed-not-given", "given", "not-needed", "unknown"] as const;
export const MEDICAL_PROVIDERS = ["ambulance", "custody-doctor", "hospital", "other", "unknown"] as const;
export const LIFE_THREAT = ["death", "life-threatening", "no", "unknown"] as const;
export const EVIDENCE_KINDS = ["photo", "video", "voice", "audio", "document"] as const;
export const CONTACT_CHOICES = ["bot", "none"] as const;

/** What makes a report urgent, most urgent first (the order ranks them). */
export const PRIORITY_FLAGS = ["lifeAtRisk", "detainedNow", "minor", "injured", "journalist"] as const;

export type PriorityFlag = (typeof PRIORITY_FLAGS)[number];
export type Priority = Record<PriorityFlag, boolean>;
export type ReportKind = (typeof REPORT_KINDS)[number];
export type Flow = (typeof FLOWS)[number];
export type ReporterRole = (typeof REPORTER_ROLES)[number];
export type AgeGroup = (typeof AGE_GROUPS)[number];
export type GroupSize = (typeof GROUP_SIZES)[number];
export type YesNoUnknown = (typeof YES_NO_UNKNOWN)[number];
export type WhenChoice = (typeof WHEN_CHOICES)[number];
export type Authority = (typeof AUTHORITIES)[number];
export type ProtocolState = (typeof PROTOCOL_STATES)[number];
export type LawyerState = (typeof LAWYER_STATES)[number];
export type IllTreatmentKind = (typeof ILL_TREATMENT_KINDS)[number];
export type MedicalState = (typeof MEDICAL_STATES)[number];
export type MedicalProvider = (typeof MEDICAL_PROVIDERS)[number];
export type LifeThreat = (typeof LIFE_THREAT)[number];
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export type ContactChoice = (typeof CONTACT_CHOICES)[number];

/** Limits that keep a report readable and storable. */
export const LIMITS = {
  accountChars: 2000,
  shortTextChars: 200,
  evidenceItems: 20,
  /** Telegram lets a bot download files up to this size; larger ones get no hash. */
  downloadableBytes: 20 * 1024 * 1024,
} as const;
