# English. Every key here is also in the file of the same name in kk/ and ru/; `npm test` checks it.
# The clock on a detention (issue 10 §6): how long the person has been held, the lead's mark, reminders.
# Only the CPC's 48 hours (art. 131, confidence S in the legal brief) may be stated; no other limit.

clock-held = ⏱ Held { $duration } (since { $since }, Almaty time)
clock-held-approx = ⏱ Held about { $duration } (since about { $since }, Almaty time)
clock-duration = { $hours } h { $minutes } min
clock-past-limit = ⚠️ Over 48 hours. In a criminal case the CPC (art. 131) allows 48 hours without a court's authorisation: check whether a court has authorised it.
clock-past-limit-short = ⚠️ over 48 h (CPC art. 131)
clock-held-short = ⏱ held { $duration }
clock-held-short-approx = ⏱ held about { $duration }
clock-mark = Marked: { $mark }
custody-mark-held = still held
custody-mark-released = released
custody-mark-unknown = unknown
custody-button-held = 🔒 Still held
custody-button-released = 🔓 Released
custody-button-unknown = ❔ Unknown
custody-marked = Marked: { $mark }.
custody-marked-note = { $code }: marked "{ $mark }".
custody-reminder = ⏱ { $code }: the detained person is marked "still held". Is that still so? Update the mark below.
audit-marked-custody = marked the detained person: { $mark }
