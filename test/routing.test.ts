import { describe, expect, it } from "vitest";
import type { RegionId } from "../src/shared/regions.js";
import { RateLimiter } from "../src/delivery/rate-limiter.js";
import { retryDecision } from "../src/delivery/retry-policy.js";
import type { Sector } from "../src/shared/vocabulary.js";
import { escalationDue, nextEscalation } from "../src/routing/escalation.js";
import type { Lead, LeadRole, LeadScope } from "../src/routing/leads.js";
import { recipientsFor } from "../src/routing/recipients.js";

let nextChat = 1;
function lead(sector: Sector, scope: LeadScope, role: LeadRole = "primary", extra: Partial<Lead> = {}): Lead {
  const chatId = extra.chatId ?? nextChat++;
  return {
    id: `${sector}/${scope}/${role}/${chatId}`,
    chatId,
    kind: "person",
    sector,
    scope,
    role,
    onDuty: true,
    locale: "ru",
    label: "L",
    ...extra,
  };
}

const almatyLawyer = lead("lawyer", "almaty", "primary", { chatId: 101 });
const nationalLawyer = lead("lawyer", "national", "primary", { chatId: 102 });
const lawyerBackup = lead("lawyer", "almaty", "backup", { chatId: 103 });
const callNational = lead("right-to-call", "national", "primary", { chatId: 104 });
const coordinator = lead("coordinator", "national", "primary", { chatId: 105 });
const astanaCoordinator = lead("coordinator", "astana", "primary", { chatId: 106 });
const tortureGroup = lead("torture", "national", "primary", { chatId: -100200, kind: "group" });
const offDutyLife = lead("right-to-life", "almaty", "primary", { chatId: 107, onDuty: false });
const all = [almatyLawyer, nationalLawyer, lawyerBackup, callNational, coordinator, astanaCoordinator, tortureGroup, offDutyLife];

describe("who receives a report (routing as a table)", () => {
  it.each<[string, Sector[], RegionId, Array<[number, Sector[]]>]>([
    ["the regional lead before the national one", ["lawyer"], "almaty", [[101, ["lawyer"]]]],
    ["the national lead where the region has none", ["lawyer"], "shymkent", [[102, ["lawyer"]]]],
    ["the coordinator where a sector has no lead", ["journalists"], "almaty", [[105, ["journalists"]]]],
    ["the regional coordinator before the national one", ["journalists"], "astana", [[106, ["journalists"]]]],
    ["a group chat as a lead", ["torture"], "almaty", [[-100200, ["torture"]]]],
    ["nobody off duty: right to life goes to the coordinator", ["right-to-life"], "almaty", [[105, ["right-to-life"]]]],
    ["one alert per chat, listing its sectors", ["right-to-life", "journalists"], "almaty", [[105, ["right-to-life", "journalists"]]]],
    [
      "several sectors, several chats",
      ["lawyer", "right-to-call", "torture"],
      "almaty",
      [
        [101, ["lawyer"]],
        [104, ["right-to-call"]],
        [-100200, ["torture"]],
      ],
    ],
    ["what no sector claims goes to the coordinator", ["coordinator"], "almaty", [[105, ["coordinator"]]]],
  ])("%s", (_name, sectors, region, expected) => {
    expect(recipientsFor(all, sectors, region).map((r) => [r.chatId, r.sectors])).toEqual(expected);
  });

  it("sends nothing when nobody at all is enrolled (the router then falls back to admins)", () => {
    expect(recipientsFor([], ["lawyer"], "almaty")).toEqual([]);
  });
});

describe("escalation", () => {
  it.each<[string, Sector, RegionId, "primary" | "backup", number[] | undefined]>([
    ["primary → backup", "lawyer", "almaty", "primary", [103]],
    ["backup → coordinator", "lawyer", "almaty", "backup", [105]],
    ["no backup: straight to the coordinator", "right-to-call", "almaty", "primary", [105]],
  ])("%s", (_name, sector, region, level, chats) => {
    expect(nextEscalation(all, sector, region, level)?.leads.map((l) => l.chatId)).toEqual(chats);
  });

  it("stops at the coordinator", () => {
    expect(nextEscalation(all, "lawyer", "almaty", "coordinator")).toBeUndefined();
  });

  it("is due after the sector's delay", () => {
    expect(escalationDue(0, 10, 9 * 60_000)).toBe(false);
    expect(escalationDue(0, 10, 10 * 60_000)).toBe(true);
  });
});

describe("Telegram's limits", () => {
  it("one message a second per chat", () => {
    const limiter = new RateLimiter();
    expect(limiter.earliest(1, 0)).toBe(0);
    limiter.book(1, 0);
    expect(limiter.earliest(1, 10)).toBe(1_000);
    expect(limiter.earliest(2, 10)).toBe(10);
  });

  it("thirty a second overall", () => {
    const limiter = new RateLimiter();
    for (let chat = 1; chat <= 30; chat++) limiter.book(chat, 0);
    expect(limiter.earliest(31, 0)).toBe(1_000);
  });

  it("twenty a minute per group", () => {
    const limiter = new RateLimiter();
    for (let i = 0; i < 20; i++) limiter.book(-5, limiter.earliest(-5, i * 1_000));
    expect(limiter.earliest(-5, 20_000)).toBeGreaterThanOrEqual(60_000);
  });

  it("a 429 pauses the chat for retry_after", () => {
    const limiter = new RateLimiter();
    limiter.pause(7, 5_000);
    expect(limiter.earliest(7, 0)).toBe(5_000);
    expect(limiter.earliest(8, 0)).toBe(0);
  });
});

describe("retries", () => {
  it("honours retry_after, backs off on server and network errors, gives up on refusals", () => {
    expect(retryDecision({ kind: "rate-limited", retryAfterSeconds: 3 }, 0)).toEqual({ retry: true, delayMs: 3_000 });
    const first = retryDecision({ kind: "server-error", status: 502 }, 0, () => 1);
    const fifth = retryDecision({ kind: "network" }, 5, () => 1);
    expect(first).toEqual({ retry: true, delayMs: 1_000 });
    expect(fifth).toEqual({ retry: true, delayMs: 32_000 });
    expect(retryDecision({ kind: "network" }, 20, () => 1)).toEqual({ retry: true, delayMs: 60_000 });
    expect(retryDecision({ kind: "rejected", status: 403, description: "Forbidden: bot was blocked by the user" }, 0)).toEqual({
      retry: false,
    });
  });
});
