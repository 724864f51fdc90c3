/** Renders a question of the report form: its text with "step k of n", and its buttons. */
import { InlineKeyboard, Keyboard } from "grammy";
import type { InlineKeyboardMarkup, ReplyKeyboardMarkup } from "grammy/types";
import { html, type Translate } from "../../shared/text.js";
import type { Draft } from "../../reports/draft.js";
import { DONE, SKIP } from "../../reports/input.js";
import { progress, type StepDef } from "../../reports/steps.js";
import { LIMITS } from "../../reports/vocabulary.js";
import { formButton } from "./callback-data.js";
import { optionLabel } from "../../reports/option-labels.js";

export interface Question {
  text: string;
  markup: InlineKeyboardMarkup | ReplyKeyboardMarkup;
}

export function renderQuestion(step: StepDef, draft: Draft, t: Translate, state: { selected?: string[] } = {}): Question {
  const { position, total } = progress(draft, step);
  const text = html`<i>${t("step-progress", { position, total })}</i>
${t(`q-${step.id}`, { max: LIMITS.accountChars })}`;
  return { text: text.markup, markup: keyboardFor(step, draft, t, state.selected ?? []) };
}

function keyboardFor(step: StepDef, draft: Draft, t: Translate, selected: string[]): InlineKeyboardMarkup | ReplyKeyboardMarkup {
  const keyboard = new InlineKeyboard();
  switch (step.kind) {
    case "choice":
      // Options with short labels go two to a row; long lists stay readable on a phone.
      return InlineKeyboard.from([
        step.options!.map((option) => InlineKeyboard.text(optionLabel(step, option, draft.locale, t), formButton(step.id, option))),
      ]).toFlowed(step.paired ? 2 : 1);
    case "multi":
      for (const option of step.options!) {
        const mark = selected.includes(option) ? "☑️ " : "▫️ ";
        keyboard.text(mark + optionLabel(step, option, draft.locale, t), formButton(step.id, option)).row();
      }
      return keyboard.text(t("btn-done"), formButton(step.id, DONE));
    case "text":
      return step.skip ? keyboard.text(t(step.skip), formButton(step.id, SKIP)) : keyboard;
    case "place":
      // A location can only be asked for with a reply keyboard.
      return {
        keyboard: new Keyboard().requestLocation(t("btn-send-location")).row().text(t("skip-step")).build(),
        one_time_keyboard: true,
        resize_keyboard: true,
      };
    case "media":
      return keyboard.text(t("btn-done"), formButton(step.id, DONE));
    case "datetime":
      return keyboard;
  }
}
