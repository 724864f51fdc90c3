/** Full walks through the report form, as a person answers it. Used by the flow tests. */
import type { Update } from "grammy/types";
import { createI18n } from "../../src/telegram/i18n.js";
import type { Draft } from "../../src/reports/draft.js";
import { DONE, SKIP } from "../../src/reports/input.js";
import { START_REPORT } from "../../src/flows/report/callback-data.js";
import type { FormWalker } from "./form-walker.js";
import { formSteps, type FormInputs } from "./form-script.js";
import { command, file, location, photo, text, type Person } from "./updates.js";

const i18n = createI18n();

export interface WalkContext {
  walker: FormWalker;
  send: (update: Update) => Promise<void>;
  user: Person;
  locale: string;
}

/** A detention with ill-treatment of one person, a minor journalist, with a photo. */
export async function walkDetention(context: WalkContext): Promise<void> {
  await walkForm(
    context,
    "detention",
    {
      role: "witness",
      subject: "person",
      name: "Serik Akhmetov, red jacket",
      age: "minor",
      journalist: "yes",
      when: "now",
      place: { lat: 43.2380123, lon: 76.9458765 },
      region: "almaty",
      authority: "national-guard",
      takenTo: "District police station No. 3",
      toldReason: "no",
      protocol: "no-copy",
      lawyer: "refused",
      relatives: "no",
      alsoIll: "yes",
      illKinds: ["beating", "threats"],
      injuries: "yes",
      medical: "needed-not-given",
      illBy: "national-guard",
      lifeThreat: "no",
      account: "Three officers pushed him to the ground and kicked him. He shouted his name.",
      contact: "bot",
    },
    [(user) => photo(user)],
  );
}

/** Ill-treatment of a group, kettled for hours, then detained, on a typed date; video and voice. */
export async function walkIllTreatment(context: WalkContext): Promise<void> {
  await walkForm(
    context,
    "ill-treatment",
    {
      role: "monitor",
      subject: "group",
      groupSize: "21-100",
      groupMinors: "no",
      groupJournalists: "yes",
      when: "exact",
      whenExact: "16.01.2022 14:30",
      place: "Republic Square, near the monument",
      region: "almaty-region",
      illKinds: ["kettling", "deprivation"],
      injuries: "unknown",
      medical: "given",
      medicalBy: "ambulance",
      illBy: "special-forces",
      lifeThreat: "life-threatening",
      alsoDetained: "yes",
      authority: "special-forces",
      takenTo: null,
      toldReason: "unknown",
      protocol: "unknown",
      lawyer: "unknown",
      relatives: "unknown",
      account: null,
      contact: "none",
    },
    [
      (user) => file(user, "video", { mime: "video/mp4", size: 3_000_000 }),
      (user) => file(user, "voice", { mime: "audio/ogg", size: 40_000 }),
    ],
  );
}

/**
 * Answers every question the form asks, as a person does (pressing the
 * button it shows, typing, sending a location or files); a question not in
 * `inputs` gets its declared example (src/reports/questions.ts).
 */
export async function walkForm(
  { walker: w, send, user, locale }: WalkContext,
  flow: Draft["flow"],
  inputs: FormInputs,
  files: Array<(user: Person) => Update> = [],
): Promise<void> {
  await send(command(user, "start"));
  await w.choose(flow === "detention" ? START_REPORT.detention : START_REPORT.illTreatment);
  await answerSteps({ walker: w, send, user, locale }, formSteps(flow, inputs), files);
}

/** Answers these questions (from formSteps), in order, as a person does. */
export async function answerSteps(
  { walker: w, send, user, locale }: WalkContext,
  steps: ReturnType<typeof formSteps>,
  files: Array<(user: Person) => Update> = [],
): Promise<void> {
  for (const { step, input } of steps) {
    switch (step.kind) {
      case "choice":
        await w.choose(input as string);
        break;
      case "multi":
        for (const option of input as string[]) await w.choose(option);
        await w.choose(DONE);
        break;
      case "text":
      case "datetime":
        await (input === null ? w.choose(SKIP) : w.type(input as string));
        break;
      case "place":
        if (input === null) await send(text(user, skipText(locale)));
        else if (typeof input === "string") await w.type(input);
        else {
          const { lat, lon } = input as { lat: number; lon: number };
          await send(location(user, lat, lon));
        }
        break;
      case "media":
        for (const update of files) await send(update(user));
        await w.choose(DONE);
        break;
    }
  }
}

/** The place question's Skip is a reply-keyboard button: its text is in the user's language. */
export function skipText(locale: string): string {
  return i18n.t(locale, "skip-step");
}
