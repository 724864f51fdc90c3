# English. Keep every key in kk.ftl and ru.ftl too; `npm test` checks it.
# Second person, short sentences: the reader may be in a police van.

## Commands, as Telegram shows them in the menu (at most 256 characters each)
command-start = Main menu
command-report = Report a detention or ill-treatment
command-cancel = Cancel the report you are filling in
command-rights = Your rights at detention
command-card = Save a copy of your rights
command-language = Change the language
command-help = What this bot does
command-clean = Delete our messages from this chat
command-forget = Forget me: delete what the bot keeps about you

## Main menu
start-greeting =
    Hello. This bot helps at detention: know your rights, and what to do.
    Choose below.
menu-report-detention = 📝 Report a detention
menu-report-ill = 🩹 Report ill-treatment
menu-rights = ⚖️ My rights at detention
menu-save-copy = 📌 Save a rights card
menu-contacts = ☎️ Contacts
menu-language = 🌐 Тіл / Язык / Language
menu-clean = 🧹 Clear this chat
menu-forget = 🗑 Forget me
main-menu-title = Main menu. Choose below.

## Rights guide
rights-menu-title = Your rights. Choose a topic:
nav-back = ‹ Back
nav-main-menu = ≡ Main menu
card-basis = Legal basis: { $basis }
card-reviewed = Last reviewed: { $date }
card-unconfirmed = Some points await a lawyer's review. Ask your lawyer.
basis-article = art. { $article }
basis-part = part { $part }
basis-chapter = ch. { $chapter }
basis-article-part = art. { $article }({ $part })

## Rights menu: groups of topics, so that the menu stays one screen
rights-group-detention = At detention
rights-group-assembly = At an assembly
rights-group-afterwards = Afterwards: ill-treatment, court, summons
rights-group-choose = Choose a topic:

## "Save a copy": one compact message to pin or screenshot
rights-summary-title = YOUR RIGHTS AT DETENTION
summary-hotlines = Write down:
summary-footer = Reviewed { $date }. Not legal advice; ask a lawyer.
summary-sent = Sent below. Pin it or take a screenshot.

## Contacts from the deployment configuration
contacts-title = { $alliance }
contacts-hotlines = Hotlines:
contacts-public = Contacts:

## Language
language-choose = Choose your language:
language-set = Done: English.

## Help
help-text =
    This bot explains your rights at detention in Kazakhstan, in Kazakh, Russian and English.
    Each answer gives its legal basis. It is not legal advice: ask a lawyer.
    /start — main menu
    /report — report a detention or ill-treatment
    /cancel — cancel the report you are filling in
    /rights — your rights
    /card — a rights card to save
    /language — change the language
    /clean — delete our messages from this chat (Telegram allows it for 48 hours)
    /forget — the bot forgets you

## Replies to what the bot does not expect
unknown-command = I don't know this command. /start shows the menu.
stray-text = I answer with buttons. Please choose below.
stray-media = I can't use this here. Please choose below.
edited-message = I don't read edited messages. Please send a new one.
group-chat = I work only in a private chat. For your safety, write to me directly.
group-welcome = Hello. In a group I work only for the Alliance's on-call teams: if an Alliance admin gave you an invitation code, send /enrol with that code here. To report a detention or read about your rights, write to me in a private chat — for your safety, not here.
stale-button = This button is out of date. Here is the current menu.
error-generic = Sorry, something went wrong. Please try again, or send /start.

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

## Clearing the chat, and forgetting a person
clean-done = ✓ Deleted from this chat. The bot cannot delete messages older than 48 hours: delete those by hand, or the whole chat.
clean-partly = Some messages could not be deleted: Telegram lets the bot delete them only for 48 hours. Delete them by hand, or delete the whole chat.
clean-form-open = A form you started is still open: send /start to see its question again, or /cancel to drop it.
forget-confirm =
    The bot will forget you:
    • it deletes our messages in this chat that it can still delete;
    • it deletes any form you have not finished, and your language choice;
    • it removes its way back to you: the reports you sent stay with the alliance, but nobody can write to you about them any more.
    It cannot delete:
    • messages older than 48 hours: delete them by hand, or delete the whole chat;
    • what the alliance's responsible people have already received (reports, your answers, files): it stays with them, without your Telegram account.
    Forget you now?
forget-yes = 🗑 Yes, forget me
forget-no = No, keep everything
forget-kept = Nothing was deleted.
forget-done = Done: the bot has forgotten you.
forget-done-partly = Done: the bot has forgotten you. Some messages could not be deleted (Telegram allows it for 48 hours): delete them by hand, or delete the whole chat.

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

## Sectors of the alliance
sector-documentation = Documentation
sector-right-to-life = Right to life
sector-torture = Torture and ill-treatment
sector-lawyer = Lawyer
sector-right-to-call = Right to a call
sector-journalists = Journalists and information
sector-coordinator = Coordinator

## Alerts to sector leads
alert-flag-lifeAtRisk = LIFE AT RISK
alert-flag-detainedNow = DETAINED NOW
alert-flag-minor = MINOR
alert-flag-injured = INJURED
alert-flag-journalist = JOURNALIST
alert-placeholder = New report { $code }: details follow.
alert-kind-detention = Detention
alert-kind-ill-treatment = Ill-treatment
alert-kind-both = Detention and ill-treatment
alert-sectors = For
alert-no-name = name not given
alert-journalist = journalist
alert-minors = minors among them
alert-journalists = journalists among them
alert-rights = Rights
alert-harm = Harm
alert-source = Source
alert-contact-bot = can be asked through the bot
alert-contact-none = does not want to be contacted
alert-take = ✋ Take
alert-ask = ❓ Ask the reporter
alert-close = ✔️ Close
alert-hand-over = ↪️ Hand over
alert-evidence = 📎 Evidence ({ $count })

## What a lead does with an alert
lead-not-allowed = Only a lead of this report's sectors and region, or the coordinator, can do this.
lead-already-taken = Another lead has already taken this, or it is closed.
lead-taken = Taken.
lead-taken-note = You took report { $code } ({ $sectors }). The reporter has been told, without your name.
lead-no-contact = The reporter of { $code } chose not to be contacted.
lead-ask-prompt = Type your question for the reporter of { $code } as a reply to this message. They will not see who you are.
lead-ask-placeholder = Your question
lead-question-sent = Sent. The answer will come here.
lead-answer = Answer from the reporter of { $code }:
lead-close-prompt = Close { $code } with which outcome?
lead-closed = Closed.
lead-already-closed = Already closed.
lead-closed-note = Report { $code } closed: { $outcome }.
lead-hand-prompt = Hand { $code } over to which sector?
lead-handed = Handed over.
lead-handed-note = Report { $code } handed over to: { $sector }.
lead-reporter-left = The reporter of { $code } has left: they asked the bot to forget them. The report stays; nobody can write to them through the bot any more.
alert-closed = ✔️ { $code } — closed: { $outcome }
outcome-lawyer-provided = A lawyer was provided
outcome-released = The person was released
outcome-relatives-informed = Relatives were informed
outcome-complaint-filed = A complaint was filed
outcome-referred = Referred to another organisation
outcome-no-action = Nothing could be done
outcome-duplicate = A duplicate
outcome-handed-over = Handed over to another sector

## What the reporter hears
reporter-taken = Someone from the alliance is looking into what you sent.
reporter-closed = The alliance has finished with what you sent: { $outcome }. Thank you.
reporter-question = A question from the alliance about what you sent. To answer, reply to this question; they will not see who you are.
reporter-answer-placeholder = Your answer
reporter-answer-sent = Your answer was passed on.

## Cases and duty
cases-not-lead = This is for the alliance's sector leads.
cases-none = No open cases.
cases-title = Open cases: { $count }
cases-counts = { $total } open, { $untaken } not taken
case-open = not taken
case-taken = taken
case-closed = closed
age-minutes = { $minutes } min
age-hours = { $hours } h
duty-on = You are on duty: alerts will come here.
duty-off = You are off duty: alerts go to others until you send /onduty.

## Admins: enrolling leads
admin-only = This is for the alliance's admins.
invite-sector = Invite a lead for which sector?
invite-scope = { $sector }: for which region?
invite-role = Primary or backup?
invite-made = Invitation: { $what }. It works once, for 24 hours. Send this link to the person:
invite-group = Or, to enrol a group: add the bot to the group and send there:
scope-national = The whole country
role-primary = Primary
role-backup = Backup
lead-what = { $sector }, { $scope }, { $role }
invite-invalid = This invitation is not valid: it was used or has expired. Ask an admin for a new one.
enrol-in-group = Send this command in the group you want to enrol.
enrol-waiting = Thank you. An admin will confirm you shortly.
enrol-request = { $who } asks to become a lead: { $what }.
enrol-confirm = ✅ Confirm
enrol-reject = ✖️ Reject
enrol-already-decided = Another admin has already decided.
enrol-confirmed = You are now a lead: { $what }. Alerts will come here. /cases lists open cases; /offduty pauses alerts.
enrol-confirmed-admin = Confirmed: { $who }: { $what }.
enrol-rejected = Your enrolment was not confirmed.
enrol-rejected-admin = Rejected: { $who }: { $what }.
leads-none = No leads are enrolled yet. /invite makes an invitation.
leads-title = Leads: { $count }
leads-remove = Remove { $n }
off-duty = off duty
lead-removed = You are no longer a lead of the alliance's bot.
lead-removed-admin = Removed: { $who }.

## Who may act, for how long, and the audit trail of lead actions
lead-case-closed = { $code } is closed: nothing more goes to or from its reporter.
reporter-conversation-ended = This conversation has ended, and your answer was not passed on. If something new has happened, send /report.
invite-private-only = Invitation links work only in a private chat with me: open the link yourself. To enrol a group, send /enrol with the token in that group.
enrol-request-person = Private chat with a person. Telegram id: { $id }.
enrol-request-group = Chat: { $type }, Telegram id: { $id }.
enrol-request-sender = Sent by { $who }, Telegram id: { $id }.
enrol-chat-group = a group
enrol-chat-supergroup = a supergroup
enrol-profile = Open the profile
enrol-request-check = The name is what the sender chose: check the id and the profile before you confirm.
duty-group-admins-only = In a group, only the group's admins can switch duty. Anyone here can take, ask and close cases.
audit-usage = Send /audit with a reference code, for example: /audit 7KQM-4XTD
audit-none = No one has acted on { $code } yet.
audit-title = Who did what with { $code } (Kazakhstan time):
audit-more = Earlier actions not shown: { $count }.
audit-line = { $time } — { $who } (id { $id }, { $where }): { $action }
audit-in-private = private chat
audit-in-group = group { $id }
audit-took = took it
audit-asked = asked the reporter a question
audit-closed = closed it
audit-handed-over = handed it over to { $to }
audit-opened-evidence = opened the evidence
audit-sent-document = sent the reporter a document: { $document }

## documents
command-documents = Documents to hand in: fill in, get a file
menu-documents = 📄 Documents to hand in
documents-menu-title = Documents you can hand in. Choose one: I ask a few questions and give you the text and a Word file to print. Nothing you type is kept after the document is sent.
documents-unknown = This document is no longer available. Choose another one.
doc-busy-report = You are filling in a report. Finish it or send /cancel, then open Documents.
doc-step = Step { $step } of { $total }
doc-language-question = In which language should the document be? Documents are handed in in Kazakh or Russian.
doc-language-kk = Қазақша
doc-language-ru = Русский
doc-ask-name = Your full name, as in your ID. Or press Skip and write it by hand.
doc-ask-protocol = Which protocol is it? For example: protocol of administrative detention. Or press Skip.
doc-ask-date = The date of what happened. Type it (for example 16.12.2026 14:30) or press a button.
doc-ask-place = Where did it happen? An address or a place. Or press Skip.
doc-ask-authority = Which body or officers? For example: the police department of the district. Or press Skip and write it by hand.
doc-ask-lawyer = Your lawyer's full name. Or press Skip.
doc-ask-relative = Whom should they inform? Name and phone number. Or press Skip and write it by hand.
doc-ask-events = What happened? Short and factual: when, who, what they did. At most { $max } characters.
doc-btn-skip = Skip
doc-btn-today = Today
doc-btn-yesterday = Yesterday
doc-btn-cancel = ✖️ Cancel
doc-err-text-only = Please answer with text, or press a button.
doc-err-forwarded = Please type the answer yourself: a forwarded message can show where it came from.
doc-err-button-only = Please choose one of the buttons.
doc-err-too-long = That is too long: at most { $max } characters. Please shorten it.
doc-err-edited = I can't take edits. Please send the answer again as a new message.
doc-err-stale-button = That button belongs to an earlier question. Here is the current one.
doc-err-in-progress = You are filling in a document. Answer the question, or send /cancel.
doc-cancelled = Cancelled. Nothing you typed is kept.
doc-ready = Above: the text to copy and the Word file to print. Fill in the blanks (____) by hand. I have kept nothing you typed.
doc-checklist-title = What to do with it
doc-cleanup-note = Your phone may be checked. When you have saved or printed the document, you can delete it and your answers from this chat with the button below.
doc-btn-clean = 🧹 Delete it all from this chat
doc-cleaned = ✓ Deleted from this chat.
alert-document = 📄 Document for the reporter
lead-document-pick = Which document should the reporter of { $code } get, pre-filled from the report?
lead-document-sent = Sent to the reporter of { $code }: { $title }.
lead-document-failed = The document could not be sent to the reporter of { $code }. Try again later.
reporter-document = Someone from the alliance sent you a document, pre-filled from what you wrote. Check every line and fill in the blanks before you hand it in.
