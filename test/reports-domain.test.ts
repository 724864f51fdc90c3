import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { priorityOf, priorityRank, sectorsOf } from "../src/reports/derive.js";
import { newDraft, withAnswer, type Draft } from "../src/reports/draft.js";
import { dateAnswer, interpret } from "../src/reports/input.js";
import { normalizeCode, referenceCode } from "../src/reports/reference-code.js";
import { joinSensitive, splitSensitive, type ReportBody } from "../src/reports/report.js";
import { buildReport, IncompleteDraftError } from "../src/reports/build-report.js";
import { applicableSteps, FLOW_ORDER, nextStep, progress, STEPS } from "../src/reports/steps.js";

const base: ReportBody = {
  kind: "detention",
  reporterRole: "witness",
  subject: { type: "person", name: null, ageGroup: "30-49", journalist: "no" },
  when: { choice: "today", at: null, approximate: true },
  where: { place: null, region: "astana" },
  detention: {
    authority: "police",
    takenTo: "Station 1",
    takenToKnown: true,
    toldReason: "yes",
    protocol: "copy-given",
    lawyer: "admitted",
    relativesInformed: "yes",
  },
  illTreatment: null,
  account: null,
  evidence: [],
  contact: "bot",
};
const ill = { kinds: ["beating"], visibleInjuries: "no", medical: "not-needed", medicalBy: null, by: "police", lifeThreat: "no" } as const;
const photo = { kind: "photo", messageId: 1, fileId: "f", fileUniqueId: "u", size: 1, mime: null, receivedAt: 0 } as const;

describe("sectors a report concerns (routing rules as a table)", () => {
  it.each<[string, Partial<ReportBody>, string[]]>([
    ["nothing special → the coordinator", {}, ["coordinator"]],
    ["lawyer refused → lawyer", { detention: { ...base.detention!, lawyer: "refused" } }, ["lawyer"]],
    ["relatives not informed → right to a call", { detention: { ...base.detention!, relativesInformed: "no" } }, ["right-to-call"]],
    ["relatives unknown → not the right to a call", { detention: { ...base.detention!, relativesInformed: "unknown" } }, ["coordinator"]],
    ["whereabouts unknown → right to a call", { detention: { ...base.detention!, takenTo: null, takenToKnown: false } }, ["right-to-call"]],
    ["ill-treatment → torture", { illTreatment: { ...ill, kinds: ["beating"] } }, ["torture"]],
    [
      "a death → right to life and torture",
      { illTreatment: { ...ill, kinds: ["beating"], lifeThreat: "death" } },
      ["right-to-life", "torture"],
    ],
    [
      "a life-threatening injury → right to life",
      { illTreatment: { ...ill, kinds: ["other"], lifeThreat: "life-threatening" } },
      ["right-to-life", "torture"],
    ],
    ["a journalist → journalists", { subject: { ...base.subject, journalist: "yes" } as ReportBody["subject"] }, ["journalists"]],
    [
      "journalists in a group → journalists",
      { subject: { type: "group", size: "6-20", minors: "no", journalists: "yes" } },
      ["journalists"],
    ],
    ["evidence → documentation", { evidence: [photo] }, ["documentation"]],
    [
      "everything at once",
      {
        detention: { ...base.detention!, lawyer: "refused", relativesInformed: "no" },
        illTreatment: { ...ill, kinds: ["threats"], lifeThreat: "death" },
        subject: { ...base.subject, journalist: "yes" } as ReportBody["subject"],
        evidence: [photo],
      },
      ["right-to-life", "torture", "lawyer", "right-to-call", "journalists", "documentation"],
    ],
  ])("%s", (_name, change, sectors) => {
    expect(sectorsOf({ ...base, ...change })).toEqual(sectors);
  });
});

describe("priority flags", () => {
  it.each<[string, Partial<ReportBody>, string[]]>([
    ["none", {}, []],
    ["detained now", { when: { choice: "now", at: null, approximate: false } }, ["detainedNow"]],
    [
      "ill-treated now without detention is not 'detained now'",
      { detention: null, illTreatment: { ...ill, kinds: ["beating"] }, when: { choice: "now", at: null, approximate: false } },
      [],
    ],
    ["a minor", { subject: { ...base.subject, ageGroup: "minor" } as ReportBody["subject"] }, ["minor"]],
    ["minors in a group", { subject: { type: "group", size: "2-5", minors: "yes", journalists: "no" } }, ["minor"]],
    ["visible injuries", { illTreatment: { ...ill, kinds: ["beating"], visibleInjuries: "yes" } }, ["injured"]],
    ["medical help needed, not given", { illTreatment: { ...ill, kinds: ["beating"], medical: "needed-not-given" } }, ["injured"]],
    ["life at risk", { illTreatment: { ...ill, kinds: ["beating"], lifeThreat: "life-threatening" } }, ["lifeAtRisk"]],
  ])("%s", (_name, change, flags) => {
    const priority = priorityOf({ ...base, ...change });
    expect(
      Object.entries(priority)
        .filter(([, on]) => on)
        .map(([flag]) => flag),
    ).toEqual(flags);
  });

  it("ranks life at risk above everything else together", () => {
    const all = { lifeAtRisk: false, detainedNow: true, minor: true, injured: true, journalist: true };
    expect(priorityRank({ ...all, detainedNow: false, minor: false, injured: false, journalist: false, lifeAtRisk: true })).toBeGreaterThan(
      priorityRank(all),
    );
    expect(priorityRank({ ...all, lifeAtRisk: false, detainedNow: false, minor: false, injured: false, journalist: false })).toBe(0);
  });
});

describe("reading answers", () => {
  const now = Date.parse("2026-12-16T10:00:00Z");
  it.each([
    ["16.12.2026 14:30", "2026-12-16T09:30:00.000Z"],
    ["1.2.2024 9:05", "2024-02-01T04:05:00.000Z"],
    ["16/12/2026, 14.30", "2026-12-16T09:30:00.000Z"],
  ])("reads %s as Kazakhstan time", (input, iso) => {
    expect(dateAnswer(input, now)).toEqual({ kind: "answer", value: iso });
  });

  it.each([
    ["17.12.2026 10:00", "future-date"],
    ["30.02.2026 10:00", "bad-date"],
    ["16.13.2026 10:00", "bad-date"],
    ["16.12.2026 25:00", "bad-date"],
    ["01.01.1980 10:00", "bad-date"],
    ["tomorrow", "bad-date"],
  ])("rejects %s (%s)", (input, error) => {
    expect(dateAnswer(input, now)).toEqual({ kind: "error", error });
  });

  it("accepts a date a few minutes ahead: phone clocks differ", () => {
    expect(dateAnswer("16.12.2026 15:03", now).kind).toBe("answer");
  });

  it("keeps a location to about a metre and a typed place as text", () => {
    expect(interpret(STEPS.place, { type: "location", lat: 43.123456789, lon: 76.987654321 }, { now })).toEqual({
      kind: "answer",
      value: { lat: 43.12346, lon: 76.98765 },
    });
    expect(interpret(STEPS.place, { type: "text", text: "  Abai avenue  " }, { now })).toEqual({
      kind: "answer",
      value: { text: "Abai avenue" },
    });
    expect(interpret(STEPS.place, { type: "sticker" }, { now })).toEqual({ kind: "error", error: "sticker" });
  });

  it("toggles several options and needs at least one", () => {
    const step = STEPS.illKinds;
    expect(interpret(step, { type: "button", step: "illKinds", value: "threats" }, { now, selected: ["beating"] })).toEqual({
      kind: "progress",
      value: ["beating", "threats"],
    });
    expect(interpret(step, { type: "button", step: "illKinds", value: "beating" }, { now, selected: ["beating"] })).toEqual({
      kind: "progress",
      value: [],
    });
    expect(interpret(step, { type: "button", step: "illKinds", value: "done" }, { now, selected: [] })).toEqual({
      kind: "error",
      error: "choose-button",
    });
  });

  it("limits the files of one report", () => {
    const media = { type: "media", item: { kind: "photo", messageId: 1, fileId: "f", fileUniqueId: "u", size: 1, mime: null } } as const;
    const kept = (n: number) => Array.from({ length: n }, (_, i) => `kept-${i}`);
    expect(interpret(STEPS.evidence, media, { now, files: kept(19) }).kind).toBe("progress");
    expect(interpret(STEPS.evidence, media, { now, files: kept(20) })).toEqual({ kind: "error", error: "too-many-files" });
  });

  it("tells a button of another question from a wrong value", () => {
    expect(interpret(STEPS.age, { type: "button", step: "role", value: "witness" }, { now })).toEqual({
      kind: "error",
      error: "stale-button",
    });
    expect(interpret(STEPS.age, { type: "button", step: "age", value: "ancient" }, { now })).toEqual({
      kind: "error",
      error: "stale-button",
    });
  });
});

describe("reference codes", () => {
  it("are 8 unambiguous characters in two groups, and read back however they are typed", () => {
    for (let i = 0; i < 200; i++) {
      const code = referenceCode(randomBytes);
      expect(code).toMatch(/^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/);
      expect(normalizeCode(code.toLowerCase().replace("-", " "))).toBe(code);
    }
    expect(normalizeCode("not a code")).toBeUndefined();
  });

  it("read back when typed on a Cyrillic keyboard, with stray spaces and dashes", () => {
    // К, М, Х, Т, Р, С, Е, Н, В, А typed in Cyrillic look like the Latin letters of the code.
    expect(normalizeCode("7кqм 4хтd")).toBe("7KQM-4XTD");
    expect(normalizeCode("РСЕН–ВА23")).toBe("PCEH-BA23");
    expect(normalizeCode(" 7KQM - 4XTD ")).toBe("7KQM-4XTD");
    // 0, O, 1, I, L and U are not in the alphabet: never guessed into another person's code.
    expect(normalizeCode("7KQ0-4XTD")).toBeUndefined();
    expect(normalizeCode("7KQI-4XTD")).toBeUndefined();
    expect(normalizeCode("7KQM-4XT")).toBeUndefined();
  });
});

describe("drafts and the report they make", () => {
  const fill = (draft: Draft, answers: object) =>
    Object.entries(answers).reduce((d, [step, value]) => withAnswer(d, step as keyof Draft["answers"], value as never, 1_000), draft);
  const start = (flow: Draft["flow"]) => newDraft({ id: "00000000-draft-id", code: "ABCD-EFGH", flow, locale: "en", now: 0 });
  const complete = {
    role: "witness",
    subject: "person",
    name: "N",
    age: "18-29",
    journalist: "no",
    when: "now",
    place: null,
    region: "astana",
    authority: "police",
    takenTo: null,
    toldReason: "no",
    protocol: "none",
    lawyer: "not-asked",
    relatives: "yes",
    alsoIll: "no",
    account: null,
    evidence: { items: [], done: true },
    contact: "bot",
  } as const;

  it("both flows ask the same blocks, in a different order", () => {
    const shared = (steps: string[]) => steps.filter((s) => s !== "alsoIll" && s !== "alsoDetained").sort();
    expect(shared(FLOW_ORDER.detention)).toEqual(shared(FLOW_ORDER["ill-treatment"]));
    expect(FLOW_ORDER.detention).toContain("alsoIll");
    expect(FLOW_ORDER["ill-treatment"]).toContain("alsoDetained");
    expect(FLOW_ORDER.detention.indexOf("authority")).toBeLessThan(FLOW_ORDER.detention.indexOf("illKinds"));
    expect(FLOW_ORDER["ill-treatment"].indexOf("illKinds")).toBeLessThan(FLOW_ORDER["ill-treatment"].indexOf("authority"));
  });

  it("counts 'step k of n' over the questions that apply", () => {
    const draft = fill(start("detention"), { role: "witness" });
    expect(progress(draft, nextStep(draft)!)).toEqual({ position: 2, total: 18 });
    const self = fill(start("detention"), { role: "self" });
    expect(nextStep(self)!.id).toBe("name");
    expect(applicableSteps(self).some((s) => s.id === "subject")).toBe(false);
  });

  it("will not build a report from an unfinished draft", () => {
    expect(() => buildReport(fill(start("detention"), { role: "witness" }), 0)).toThrow(IncompleteDraftError);
  });

  it("leaves out answers to questions that no longer apply", () => {
    const draft = fill(start("detention"), { ...complete, subject: "group", groupSize: "2-5", groupMinors: "no", groupJournalists: "no" });
    const report = buildReport(draft, 2_000);
    expect(report.subject).toEqual({ type: "group", size: "2-5", minors: "no", journalists: "no" });
    expect(report.illTreatment).toBeNull();
    expect(report.when).toEqual({ choice: "now", at: new Date(1_000).toISOString(), approximate: false });
  });

  it("splits what identifies people from the rest, and joins them back", () => {
    const report = buildReport(
      fill(start("detention"), { ...complete, name: "Secret Name", takenTo: "Station", account: "Story", place: { text: "Square" } }),
      0,
    );
    const { open, sensitive } = splitSensitive(report);
    expect(JSON.stringify(open)).not.toMatch(/Secret Name|Station|Story|Square/);
    expect(sensitive).toMatchObject({ name: "Secret Name", takenTo: "Station", account: "Story", place: { text: "Square" } });
    expect(joinSensitive(open, sensitive)).toEqual(report);
  });
});
