/**
 * What the check-in job tells a person, outside any update: "Are you OK?"
 * with its buttons, and at the deadline what the alarm did. In the language
 * the timer was started in; recorded in the chat's trail like every other
 * message of the bot, so /clean and the clean-up after an alarm can delete it.
 */
import type { I18n } from "@grammyjs/i18n";
import type { Api } from "grammy";
import type { Logger } from "pino";
import type { CheckinNotices } from "../../../jobs/checkin-timers.js";
import type { Storage } from "../../../storage/database.js";
import { chatTrail } from "../../chat-trail.js";
import { createMessenger } from "../../messenger.js";
import { firedText, reminderText, timerKeyboard } from "./checkin-view.js";

export interface CheckinNoticesDeps {
  api: Api;
  storage: Pick<Storage, "leads" | "sessions" | "trails">;
  i18n: I18n;
  logger: Logger;
  pseudonym: (id: number) => string;
}

export function createCheckinNotices(deps: CheckinNoticesDeps): CheckinNotices {
  const trail = chatTrail(deps.storage.trails, deps.pseudonym, deps.logger);
  deps.api.config.use(trail.transformer);
  const messenger = createMessenger(deps);
  return {
    async remind(timer, now) {
      await trail.outside(() =>
        messenger.send(
          timer.chatId,
          (t) => reminderText(t, timer, now),
          { reply_markup: timerKeyboard(messenger.translator(timer.locale), timer.run, "safe") },
          timer.locale,
        ),
      );
    },
    async fired(timer, outcome, lateMs) {
      await trail.outside(() => messenger.send(timer.chatId, (t) => firedText(t, timer, outcome, lateMs), undefined, timer.locale));
    },
  };
}
