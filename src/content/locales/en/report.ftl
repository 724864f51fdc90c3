# English. Every key here is also in the file of the same name in kk/ and ru/; `npm test` checks it.
# Second person, short sentences: the reader may be in a police van.

## Reports: starting, and what surrounds the questions
report-choose = What do you want to report?
report-already-active = You are already filling in a report. Answer the question above, or send /cancel to discard it.
nothing-to-cancel = There is nothing to cancel.
step-progress = Step { $position } of { $total }
form-in-progress = You are filling in a report (step { $position } of { $total }). Answer the question below, or send /cancel to discard it.
summary-in-progress = Your report is ready to submit. Check it below, or send /cancel to discard it.
welcome-back = Welcome back. You were filling in a report: step { $position } of { $total }. Your answers are kept.
report-cancelled = The report was cancelled. Nothing was stored.
btn-done = ✅ Done
btn-send-location = 📍 Send my location
skip-step = Skip
skip-name = Prefer not to say
skip-unknown = Unknown
evidence-received = Received: { $count } { $count ->
        [one] file
       *[other] files
    }. Send more, or press Done.

## Reports: the questions
q-role = Who are you in this situation?
q-subject = Who is the report about?
q-name = The person's name, or a short description (for example "young man in a red jacket"). You may skip this.
q-age = How old is the person?
q-journalist = Is the person a journalist?
q-groupSize = About how many people?
q-groupMinors = Are there people under 18 among them?
q-groupJournalists = Are there journalists among them?
q-when = When did it happen?
q-whenExact = Type the date and time as DD.MM.YYYY HH:MM, for example 16.12.2026 14:30 (Kazakhstan time).
q-place = Where did it happen? Send a location with the button below, or type the place (street, landmark). You may skip this.
q-region = Which region or city?
q-authority = Who detained the person?
q-takenTo = Where was the person taken (police station, address)? If nobody knows, press Unknown.
q-toldReason = Was the person told the reason for the detention?
q-protocol = Was a detention protocol drawn up?
q-lawyer = Did the person ask for a lawyer?
q-relatives = Were relatives told where the person is?
q-alsoIll = Was there violence or other ill-treatment?
q-illKinds = What happened? Choose all that apply, then press Done.
q-injuries = Are there visible injuries?
q-medical = Medical help?
q-medicalBy = Who gave medical help?
q-illBy = Who did it?
q-lifeThreat = Did someone die, or is someone's life in danger?
q-alsoDetained = Was the person detained?
q-account = In your own words: what happened? Up to { $max } characters. You may skip this.
q-evidence = Send photos, videos, voice notes or documents, if you have any. Press Done when you have finished, or if you have none.
q-contact = May the alliance contact you through this bot about this report? They will not see who you are.

## Reports: answer options
opt-role-self = I was detained or ill-treated
opt-role-witness = A witness
opt-role-relative = A relative
opt-role-monitor = A monitor
opt-role-journalist = A journalist
opt-role-lawyer = A lawyer
opt-subject-person = One person
opt-subject-group = A group of people
opt-age-minor = Under 18
opt-age-18-29 = 18–29
opt-age-30-49 = 30–49
opt-age-50-plus = 50 or older
opt-age-unknown = Don't know
opt-ynu-yes = Yes
opt-ynu-no = No
opt-ynu-unknown = Don't know
opt-groupSize-2-5 = 2–5
opt-groupSize-6-20 = 6–20
opt-groupSize-21-100 = 21–100
opt-groupSize-100-plus = More than 100
opt-groupSize-unknown = Don't know
opt-when-now = Now, in the last hour
opt-when-today = Earlier today
opt-when-yesterday = Yesterday
opt-when-exact = I'll type the date and time
opt-when-earlier = Earlier, not sure when
opt-authority-police = Police
opt-authority-national-guard = National Guard
opt-authority-special-forces = Special forces
opt-authority-plain-clothes = People in plain clothes
opt-authority-unknown = Don't know
opt-protocol-copy-given = Yes, and a copy was given
opt-protocol-no-copy = Yes, but no copy was given
opt-protocol-none = No protocol
opt-protocol-unknown = Don't know
opt-lawyer-not-asked = No
opt-lawyer-admitted = Yes, and the lawyer was let in
opt-lawyer-refused = Yes, but it was refused
opt-lawyer-unknown = Don't know
opt-illKinds-beating = Beating
opt-illKinds-threats = Threats
opt-illKinds-deprivation = No water, food or toilet
opt-illKinds-stress-positions = Forced to stand or kneel for long
opt-illKinds-kettling = Held for hours in a cordon
opt-illKinds-sexual-violence = Sexual violence
opt-illKinds-other = Other
opt-medical-needed-not-given = Needed, but not given
opt-medical-given = Given
opt-medical-not-needed = Not needed
opt-medical-unknown = Don't know
opt-medicalBy-ambulance = Ambulance
opt-medicalBy-custody-doctor = A doctor where the person is held
opt-medicalBy-hospital = A hospital
opt-medicalBy-other = Someone else
opt-medicalBy-unknown = Don't know
opt-lifeThreat-death = Someone died
opt-lifeThreat-life-threatening = A life-threatening injury
opt-lifeThreat-no = No
opt-lifeThreat-unknown = Don't know
opt-contact-bot = Yes, through this bot
opt-contact-none = No, don't contact me

## Reports: the summary
report-check-title = Please check your report
summary-none = —
summary-location = 📍 location sent
summary-files = { $count }
summary-edit = ✏️ { $field }
summary-submit = ✅ Submit
summary-cancel = ✖️ Cancel
summary-outdated = That summary is out of date. Here is the current one.
field-role = You are
field-subject = About
field-name = Name
field-age = Age
field-journalist = Journalist
field-groupSize = How many
field-groupMinors = Under 18 among them
field-groupJournalists = Journalists among them
field-when = When
field-whenExact = Date and time
field-place = Place
field-region = Region
field-authority = Detained by
field-takenTo = Taken to
field-toldReason = Told the reason
field-protocol = Protocol
field-lawyer = Lawyer
field-relatives = Relatives told
field-alsoIll = Ill-treatment
field-illKinds = What happened
field-injuries = Visible injuries
field-medical = Medical help
field-medicalBy = Given by
field-illBy = Done by
field-lifeThreat = Life in danger
field-alsoDetained = Detained
field-account = Account
field-evidence = Files
field-contact = Contact you

## Reports: after submitting
submitted = Your report is stored. Reference code: { $code }. Write it down: you can give it to a lawyer.
submitted-next-contact = A responsible person of the alliance will take it. You will hear from them here, without them seeing who you are.
submitted-next-none = You chose not to be contacted. The alliance will act on the report.
report-save-failed = I could not store your report just now. Your answers are kept: press Submit again in a minute.
cleanup-offer = Your phone may be checked. Delete this report and our other messages of the last 48 hours from this chat now? The reference code above will be deleted too: write it down first. You can also do it later with /clean.
btn-clean = 🧹 Delete them
btn-keep = Keep them
cleanup-kept = The messages stay.
cleaned = ✓

## Reports: answers the form cannot take
err-choose-button = Please choose one of the buttons.
err-stale-button = That button belongs to an earlier question. Here is the current one.
err-text-too-long = That is too long: at most { $max } characters. Please shorten it.
err-need-text = Please answer with text.
err-bad-date = I could not read that date. Please type it as DD.MM.YYYY HH:MM, for example 16.12.2026 14:30.
err-future-date = That date is in the future. Please check it.
err-need-place = Send a location with the button, or type the place.
err-need-media = Please send a photo, video, voice note, audio or document, or press Done.
err-unsupported-file = I can't keep this kind of file. Photos, videos, voice notes, audio, pictures and PDF documents are fine.
err-sticker = Stickers can't be used here.
err-forwarded = Please don't forward messages here: a forwarded message can show where it came from. Write in your own words, or save the file and send it.
err-edited = I can't take edits. To change an answer, use ✏️ in the summary at the end.
err-too-many-files = That is the limit of { $max } files. Please press Done.

## Floods and limits: what a person hears when they send too much, and refused messages
err-duplicate-file = This file is already attached to the report.
limit-messages = You are sending messages very fast. Please wait a minute: the last ones were not read. Then go on where you were.
limit-reports = You have sent { $max } reports in the last hour. You can start another in { $minutes } min. Your reports were received.
relay-too-long = Your message was not sent: it is too long. It may be at most { $max } characters. Please shorten it or send it in parts.
alert-refused-notice = ⚠️ Telegram refused the alert of report { $code } to a responsible person, so it did not arrive. Please open it with /cases and see that someone takes it.
