import { CODE_PATTERN } from "../../../reports/reference-code.js";
import type { LeadRole, LeadScope } from "../../../routing/leads.js";
import { REGIONS, type RegionId } from "../../../shared/regions.js";
import { OUTCOMES, SECTORS } from "../../../shared/vocabulary.js";
import { defineButton, matching, oneOf } from "../../../telegram/callback-data.js";
import { CUSTODY_MARKS } from "../../../cases/custody-clock.js";
import { PERIODS } from "../../../stats/period.js";

/**
 * Buttons on alerts and on lead screens: `l:<action>:<code>[:<argument>]`.
 * The data names what to do and to which report, nothing more: who may do it
 * is decided on the server from the database at every press. The format is
 * the one alerts already sent carry: keep it.
 */
const code = matching(CODE_PATTERN);

export const LEAD = {
  take: defineButton("l:take", { code }),
  ask: defineButton("l:ask", { code }),
  evidence: defineButton("l:evidence", { code }),
  close: defineButton("l:close", { code }),
  outcome: defineButton("l:outcome", { code, outcome: oneOf(OUTCOMES) }),
  hand: defineButton("l:hand", { code }),
  handTo: defineButton("l:handto", { code, sector: oneOf(SECTORS) }),
  /** The detained person's custody: still held, released, unknown (the clock on a case). */
  custody: defineButton("l:custody", { code, mark: oneOf(CUSTODY_MARKS) }),
} as const;

/** Any lead button, including ones no longer made or understood (answered as out of date). */
export const ANY_LEAD_BUTTON = /^l:/;

/** The alert's own buttons (alert-view.ts). */
export const leadButton = (action: "take" | "ask" | "evidence" | "close" | "hand", reportCode: string) =>
  LEAD[action].pack({ code: reportCode });

/** The lead's "📄 Document" buttons: `ld:pick:<code>` lists the documents, `ld:send:<code>:<document>` sends one to the reporter. */
export const LEAD_DOCUMENT = {
  pick: defineButton("ld:pick", { code }),
  send: defineButton("ld:send", { code, document: matching("[a-z][a-z-]*") }),
} as const;

export const ANY_LEAD_DOCUMENT_BUTTON = /^ld:/;

/** Admin screens: inviting (sector → scope → role), confirming, removing leads. */
const sector = oneOf(SECTORS);
const scope = oneOf<LeadScope>(["national", ...(Object.keys(REGIONS) as RegionId[])]);
/** A pending enrolment's or a lead's id (base64url or a UUID). */
const id = matching("[A-Za-z0-9_-]+");

export const ADMIN = {
  sector: defineButton("adm:sector", { sector }),
  scope: defineButton("adm:scope", { sector, scope }),
  role: defineButton("adm:role", { sector, scope, role: oneOf<LeadRole>(["primary", "backup"]) }),
  confirm: defineButton("adm:ok", { id }),
  reject: defineButton("adm:no", { id }),
  remove: defineButton("adm:rm", { id }),
} as const;

export const ANY_ADMIN_BUTTON = /^adm:/;

/** /stats: the period to count (who may see it is decided at the press). */
export const STATS = defineButton("st:period", { period: oneOf(PERIODS) });
