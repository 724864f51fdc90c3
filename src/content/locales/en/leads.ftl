# English. Every key here is also in the file of the same name in kk/ and ru/; `npm test` checks it.
# Second person, short sentences: the reader may be in a police van.

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
