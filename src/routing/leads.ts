/**
 * The alliance's responsible people as the routing rules see them: who leads
 * which sector, where, and whether they are on duty. No Telegram, no MongoDB.
 */
import type { RegionId } from "../shared/regions.js";
import type { Sector } from "../shared/vocabulary.js";

/** A sector lead for one region, or for the whole country. */
export type LeadScope = RegionId | "national";
export type LeadRole = "primary" | "backup";

export interface Lead {
  id: string;
  /** The private chat of a person, or a group chat of an on-call team. */
  chatId: number;
  kind: "person" | "group";
  sector: Sector;
  scope: LeadScope;
  role: LeadRole;
  onDuty: boolean;
  /** The language alerts are written in. */
  locale: "kk" | "ru" | "en";
  /** How admins know this lead (a Telegram name or group title); never shown to reporters. */
  label: string;
}

/** Levels an alert climbs when nobody takes it in time. */
export const ESCALATION_LEVELS = ["primary", "backup", "coordinator"] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];
