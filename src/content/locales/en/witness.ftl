# English. Every key here is also in the file of the same name in kk/ and ru/; `npm test` checks it.
# The witness's quick alert: at most three questions, said in seconds.

menu-witness = 👀 Someone is being detained now
command-witness = Someone is being detained now: alert the Alliance in 30 seconds

## The three questions
witness-q-count = 1/3 · How many people are being detained?
witness-count-one = One person
witness-q-where = 2/3 · Where? Tap «📍 Send my location» below, or choose the region.
witness-q-region = Region or city:
witness-q-by = 3/3 · Who is detaining them? If you are not sure, skip.
witness-skip = Skip
witness-err-where = Please send the location with the «📍 Send my location» button, or choose the region.
witness-in-progress = You are sending an alert that someone is being detained. Answer the question below, or send /cancel.
witness-already-active = You are already sending an alert. Answer the question above, or send /cancel.
witness-cancelled = The alert was cancelled. Nothing was sent.
witness-save-failed = The alert could not be saved. Please press the button again.

## After the alert
witness-stored = 🚨 The Alliance has been alerted. Reference code: { $code }. Write it down: you can give it to a lawyer.
witness-details-offer = If you can, add what you know: names, where they were taken, what you saw, photos. It goes into the same report.
btn-witness-details = ➕ Add details
witness-details-stored = The details are added to { $code }. The Alliance sees the updated report.
witness-details-cancelled = No details were added. Report { $code } stays with the Alliance as it was sent.
witness-details-already = The details of { $code } are already added.
witness-details-unavailable = This report can no longer be completed here.

## In the lead's alert
alert-quick = ⚡ QUICK ALERT from a witness: 3 answers only, details may follow
alert-quick-detailed = ⚡ Quick alert from a witness — details added
