/**
 * The alliance's own words, shared by routing, storage, delivery and the bot. Their ids are
 * stored and used in button data: never rename one that is in use. Labels are in the .ftl files
 * (`sector-<id>`, `outcome-<id>`).
 */

/** The alliance's sectors: who acts on which kind of report. */
export const SECTORS = ["documentation", "right-to-life", "torture", "lawyer", "right-to-call", "journalists", "coordinator"] as const;
export type Sector = (typeof SECTORS)[number];

/** How a lead closes a case. */
export const OUTCOMES = [
  "lawyer-provided",
  "released",
  "relatives-informed",
  "complaint-filed",
  "referred",
  "no-action",
  "duplicate",
] as const;
/** "handed-over" is recorded when a case moves to another sector, never chosen as an outcome. */
export type Outcome = (typeof OUTCOMES)[number] | "handed-over";
