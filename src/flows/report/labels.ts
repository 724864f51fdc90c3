import type { Locale } from "../../content/locales.js";
import { REGIONS, type RegionId } from "../../content/regions.js";
import type { Translate } from "../../content/render-rights.js";
import type { StepDef } from "../../reports/steps.js";

/** The label of one option: regions come from the content module, the rest from the .ftl files. */
export function optionLabel(step: StepDef, option: string, locale: Locale, t: Translate): string {
  if (step.id === "region") return REGIONS[option as RegionId][locale];
  return t(`opt-${step.optionSet ?? step.id}-${option.replace("+", "-plus")}`);
}
