/**
 * /export's buttons: `ex:p:<period>` (a period of /stats), then the period as
 * days with the format, the variant, and the confirmation of a sealed export.
 * They name what to export; who may is decided on the server at every press.
 */
import { EXPORT_FORMATS } from "../../../documentation/export-writer.js";
import { PERIODS } from "../../../stats/period.js";
import { defineButton, matching, oneOf } from "../../../telegram/callback-data.js";

const from = matching("\\d{8}");
const to = matching("\\d{8}");
const format = oneOf(EXPORT_FORMATS);

export const EXPORT_BUTTON = {
  period: defineButton("ex:p", { period: oneOf(PERIODS) }),
  format: defineButton("ex:f", { from, to, format }),
  /** "plain": without names and places, sent at once; "sealed": the confirmation screen first. */
  variant: defineButton("ex:v", { from, to, format, variant: oneOf(["plain", "sealed"] as const) }),
  confirmSealed: defineButton("ex:ok", { from, to, format }),
} as const;

/** Any export button, including ones no longer made (answered as out of date). */
export const ANY_EXPORT_BUTTON = /^ex:/;
