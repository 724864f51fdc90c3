import type { Locale } from "../shared/locales.js";
import { REGIONS, type RegionId } from "../shared/regions.js";
import type { Translate } from "../shared/text.js";
import type { StepDef } from "./steps.js";
import { optionKey } from "./questions.js";

/** The label of one option: regions come from the content module, the rest from the .ftl files. */
export function optionLabel(step: StepDef, option: string, locale: Locale, t: Translate): string {
  if (step.id === "region") return REGIONS[option as RegionId][locale];
  return t(optionKey(step.id, option));
}
