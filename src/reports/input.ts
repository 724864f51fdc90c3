/**
 * What a person sent, in terms the report form understands, and how each
 * kind of question interprets it. No Telegram types here: the bot adapter
 * turns an update into an {@link Input}.
 */
import type { EvidenceItem, Place } from "./draft.js";
import type { StepDef } from "./steps.js";
import { LIMITS } from "./vocabulary.js";

export type Input =
  /** A button of a question: which step it belongs to and the value. */
  | { type: "button"; step: string; value: string }
  | { type: "text"; text: string }
  | { type: "location"; lat: number; lon: number }
  | { type: "media"; item: Omit<EvidenceItem, "receivedAt"> }
  | { type: "sticker" }
  /** A file of a kind the form does not keep (an animation, an archive, a program…). */
  | { type: "unsupported-file" }
  | { type: "forwarded" }
  | { type: "edited" }
  | { type: "other" };

/** Why an input was not accepted; each has a reply `err-<code>` in the .ftl files. */
export type InputError =
  | "choose-button"
  | "stale-button"
  | "text-too-long"
  | "need-text"
  | "bad-date"
  | "future-date"
  | "need-place"
  | "need-media"
  | "unsupported-file"
  | "sticker"
  | "forwarded"
  | "edited"
  | "too-many-files"
  | "duplicate-file";

/** The button values every question understands besides its options. */
export const SKIP = "skip";
export const DONE = "done";

export type Interpretation =
  | { kind: "answer"; value: unknown }
  /** multi: an option switched on or off; media: one more file. Not finished yet. */
  | { kind: "progress"; value: unknown }
  | { kind: "error"; error: InputError };

const error = (e: InputError): Interpretation => ({ kind: "error", error: e });

/** Kazakhstan keeps one time zone, UTC+5, since 1 March 2024. */
const KZ_OFFSET = "+05:00";
/** Clock differences between a phone and the server. */
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

export interface InterpretContext {
  now: number;
  selected?: string[];
  /** Files kept so far: their `file_unique_id`s (a file sent twice is kept once). */
  files?: string[];
  /** Files a report may keep (configurable, at most LIMITS.evidenceItems). */
  maxFiles?: number;
}

export function interpret(step: StepDef, input: Input, context: InterpretContext): Interpretation {
  // Problems that are the same whatever the question.
  if (input.type === "forwarded") return error("forwarded");
  if (input.type === "edited") return error("edited");
  if (input.type === "sticker") return error("sticker");
  if (input.type === "button" && input.step !== step.id) return error("stale-button");

  switch (step.kind) {
    case "choice":
      if (input.type === "button" && step.options!.includes(input.value)) return { kind: "answer", value: input.value };
      return input.type === "button" ? error("stale-button") : error("choose-button");

    case "multi": {
      if (input.type !== "button") return error("choose-button");
      const selected = context.selected ?? [];
      if (input.value === DONE) return selected.length > 0 ? { kind: "answer", value: selected } : error("choose-button");
      if (!step.options!.includes(input.value)) return error("stale-button");
      const next = selected.includes(input.value) ? selected.filter((v) => v !== input.value) : [...selected, input.value];
      return { kind: "progress", value: step.options!.filter((option) => next.includes(option)) };
    }

    case "text":
      if (input.type === "button") return input.value === SKIP && step.skip ? { kind: "answer", value: null } : error("stale-button");
      if (input.type !== "text")
        return input.type === "media" || input.type === "unsupported-file" ? error("need-text") : error("need-text");
      return textAnswer(input.text, step.maxChars ?? LIMITS.shortTextChars);

    case "datetime": {
      if (input.type !== "text") return error("bad-date");
      return dateAnswer(input.text, context.now);
    }

    case "place":
      if (input.type === "location") return { kind: "answer", value: { lat: round(input.lat), lon: round(input.lon) } satisfies Place };
      if (input.type === "button") return input.value === SKIP ? { kind: "answer", value: null } : error("stale-button");
      if (input.type === "text") {
        const text = textAnswer(input.text, LIMITS.shortTextChars);
        return text.kind === "answer" ? { kind: "answer", value: { text: text.value as string } satisfies Place } : text;
      }
      return error("need-place");

    case "media": {
      const files = context.files ?? [];
      if (input.type === "button") {
        if (input.value === DONE || input.value === SKIP) return { kind: "answer", value: null };
        return error("stale-button");
      }
      if (input.type === "unsupported-file") return error("unsupported-file");
      if (input.type !== "media") return error("need-media");
      if (files.includes(input.item.fileUniqueId)) return error("duplicate-file");
      if (files.length >= Math.min(context.maxFiles ?? LIMITS.evidenceItems, LIMITS.evidenceItems)) return error("too-many-files");
      return { kind: "progress", value: input.item };
    }
  }
}

function textAnswer(raw: string, limit: number): Interpretation {
  const text = raw.trim();
  if (text.length === 0) return error("need-text");
  if (text.length > limit) return error("text-too-long");
  return { kind: "answer", value: text };
}

/** Five decimals: about a metre, as precise as a phone's location is anyway. */
function round(coordinate: number): number {
  return Math.round(coordinate * 1e5) / 1e5;
}

/** Accepts DD.MM.YYYY HH:MM (also with / or - and without leading zeros), in Kazakhstan time. */
export function dateAnswer(raw: string, now: number): Interpretation {
  const match = /^\s*(\d{1,2})[./-](\d{1,2})[./-](\d{4})[\s,T]+(\d{1,2})[:.](\d{2})\s*$/.exec(raw);
  if (!match) return error("bad-date");
  const [, d, m, y, hh, mm] = match.map(Number) as [number, number, number, number, number, number];
  if (m < 1 || m > 12 || d < 1 || d > 31 || hh > 23 || mm > 59 || y < 1991) return error("bad-date");
  const iso = `${y}-${pad(m)}-${pad(d)}T${pad(hh)}:${pad(mm)}:00${KZ_OFFSET}`;
  const at = Date.parse(iso);
  // 31.02 parses into March: reject dates that do not exist.
  const check = new Date(at + 5 * 3600 * 1000);
  if (Number.isNaN(at) || check.getUTCDate() !== d || check.getUTCMonth() + 1 !== m) return error("bad-date");
  if (at > now + FUTURE_TOLERANCE_MS) return error("future-date");
  return { kind: "answer", value: new Date(at).toISOString() };
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
