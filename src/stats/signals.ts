/**
 * The rights signals and ill-treatment kinds of a report, as statistics count
 * them. They live in the sealed part of a report (with the region and the hour
 * they could help single out a self-report in a copy of the database), so the
 * store opens each report in memory, takes only these, and lets the rest go:
 * no name, place or text ever reaches the statistics. Pure.
 */
import type { Report } from "../reports/report.js";
import type { IllTreatmentKind } from "../reports/vocabulary.js";

export interface SignalFact {
  illKinds: IllTreatmentKind[];
  /** The person asked for a lawyer and was refused. */
  lawyerRefused: boolean;
  /** Relatives were not told of the detention. */
  relativesNotTold: boolean;
  /** Nobody knows where the person was taken. */
  whereaboutsUnknown: boolean;
}

export const RIGHTS_SIGNALS = ["lawyerRefused", "relativesNotTold", "whereaboutsUnknown"] as const;
export type RightsSignal = (typeof RIGHTS_SIGNALS)[number];

export function signalsOf(report: Pick<Report, "detention" | "illTreatment">): SignalFact {
  const detention = report.detention;
  return {
    illKinds: report.illTreatment?.kinds ?? [],
    lawyerRefused: detention?.lawyer === "refused",
    relativesNotTold: detention?.relativesInformed === "no",
    whereaboutsUnknown: detention?.takenToKnown === false,
  };
}
