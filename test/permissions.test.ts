/** Who may act on a case, as a table: sector × region (routing/permissions.ts). */
import { describe, expect, it } from "vitest";
import type { RegionId } from "../src/shared/regions.js";
import type { Sector } from "../src/shared/vocabulary.js";
import type { LeadScope } from "../src/routing/leads.js";
import { coveredCases, leadCovers, seesEverything } from "../src/routing/permissions.js";

describe("who may act on a case", () => {
  it.each<[string, Sector, LeadScope, Sector, RegionId, boolean]>([
    ["a regional lead, own sector and region", "lawyer", "almaty", "lawyer", "almaty", true],
    ["a regional lead, another region", "lawyer", "almaty", "lawyer", "atyrau", false],
    ["a regional lead, another sector", "lawyer", "almaty", "torture", "almaty", false],
    ["a national lead, any region", "lawyer", "national", "lawyer", "atyrau", true],
    ["a national lead, another sector", "lawyer", "national", "torture", "atyrau", false],
    ["a regional coordinator, any sector of the region", "coordinator", "astana", "torture", "astana", true],
    ["a regional coordinator, another region", "coordinator", "astana", "torture", "atyrau", false],
    ["the national coordinator, anything", "coordinator", "national", "journalists", "atyrau", true],
  ])("%s", (_, sector, scope, caseSector, region, allowed) => {
    expect(leadCovers({ sector, scope }, { sector: caseSector, region })).toBe(allowed);
  });

  it("admins cover every case; only admins and the national coordinator see everything", () => {
    const cases = [{ sector: "lawyer" as const, region: "atyrau" as const }];
    expect(coveredCases([], true, cases)).toEqual(cases);
    expect(coveredCases([{ sector: "lawyer", scope: "almaty" }], false, cases)).toEqual([]);
    expect(seesEverything([{ sector: "coordinator", scope: "almaty" }], false)).toBe(false);
    expect(seesEverything([{ sector: "coordinator", scope: "national" }], false)).toBe(true);
    expect(seesEverything([], true)).toBe(true);
  });
});
