/** Full walks through the report form, as a person answers it. Used by the flow tests. */
import type { Update } from "grammy/types";
import { createI18n } from "../../src/telegram/i18n.js";
import type { FormWalker } from "./form-walker.js";
import { command, file, location, photo, type Person } from "./updates.js";

const i18n = createI18n();

export interface WalkContext {
  walker: FormWalker;
  send: (update: Update) => Promise<void>;
  user: Person;
  locale: string;
}

/** A detention with ill-treatment of one person, a minor journalist, with a photo. */
export async function walkDetention({ walker: w, send, user }: WalkContext): Promise<void> {
  await send(command(user, "start"));
  await w.choose("report:detention");
  await w.choose("witness");
  await w.choose("person");
  await w.type("Serik Akhmetov, red jacket");
  await w.choose("minor");
  await w.choose("yes");
  await w.choose("now");
  await send(location(user, 43.2380123, 76.9458765));
  await w.choose("almaty");
  await w.choose("national-guard");
  await w.type("District police station No. 3");
  await w.choose("no");
  await w.choose("no-copy");
  await w.choose("refused");
  await w.choose("no");
  await w.choose("yes"); // also ill-treatment
  await w.choose("beating");
  await w.choose("threats");
  await w.choose("done");
  await w.choose("yes");
  await w.choose("needed-not-given");
  await w.choose("national-guard");
  await w.choose("no");
  await w.type("Three officers pushed him to the ground and kicked him. He shouted his name.");
  await send(photo(user));
  await w.choose("done");
  await w.choose("bot");
}

/** Ill-treatment of a group, kettled for hours, then detained, on a typed date; video and voice. */
export async function walkIllTreatment({ walker: w, send, user, locale }: WalkContext): Promise<void> {
  await send(command(user, "start"));
  await w.choose("report:ill-treatment");
  await w.choose("monitor");
  await w.choose("group");
  await w.choose("21-100");
  await w.choose("no");
  await w.choose("yes");
  await w.choose("exact");
  await w.type("16.01.2022 14:30");
  await w.type("Republic Square, near the monument");
  await w.choose("almaty-region");
  await w.choose("kettling");
  await w.choose("deprivation");
  await w.choose("done");
  await w.choose("unknown");
  await w.choose("given");
  await w.choose("ambulance");
  await w.choose("special-forces");
  await w.choose("life-threatening");
  await w.choose("yes"); // also detained
  await w.choose("special-forces");
  await w.choose("skip"); // taken to: unknown
  await w.choose("unknown");
  await w.choose("unknown");
  await w.choose("unknown");
  await w.choose("unknown");
  await w.choose("skip"); // no account
  await send(file(user, "video", { mime: "video/mp4", size: 3_000_000 }));
  await send(file(user, "voice", { mime: "audio/ogg", size: 40_000 }));
  await w.choose("done");
  await w.choose("none");
  void locale;
}

/** The place question's Skip is a reply-keyboard button: its text is in the user's language. */
export function skipText(locale: string): string {
  return i18n.t(locale, "skip-step");
}
