# English. Every key here must also be in the file of the same name in kk/ and ru/; `npm test` checks it.
# The alarm "I'm being detained" and trusted contacts. Short sentences: the reader may have seconds.

menu-sos = 🆘 I'm being detained
menu-trusted-contacts = 👥 Trusted contacts
command-sos = 🆘 I'm being detained: tell my trusted contacts now
command-safe = ✅ I'm safe: tell my trusted contacts
command-contacts = 👥 Trusted contacts: who is told if I am detained

## Trusted contacts: the person's screen
tc-title = 👥 Trusted contacts
tc-explain = If you are detained, one tap on 🆘 tells them at once: the name you chose, the time, where you are if you share it, and what to do. They learn nothing else about you.
tc-display-name = Name they see
tc-not-chosen = not chosen yet
tc-report-on = The alarm is also a "detained now" report to the alliance ({ $region })
tc-report-off = The alarm goes to your contacts only (no report to the alliance)
tc-clear-on = After the alarm the chat is cleared at once
tc-clear-off = After the alarm the bot offers to clear the chat
tc-list = Your contacts ({ $count } of { $max }):
tc-list-empty = None yet. Add someone who will act: a relative, a friend.
tc-accepted = accepted
tc-invited = link sent, works until { $until }
tc-contact-of = You are a trusted contact of:
tc-button-name = ✏️ Name they see
tc-button-add = ➕ Add a contact
tc-button-report-on = 📣 Also report to the alliance
tc-button-report-off = 📣 Stop reporting to the alliance
tc-button-clear-on = 🧹 Clear the chat at once after the alarm
tc-button-clear-off = 🧹 Ask me before clearing
tc-button-remove = ❌ Remove { $label }
tc-button-leave = 🚪 Leave the list of { $name }
tc-button-cancel = ✖️ Cancel
tc-region-ask = The alarm will also be a "detained now" report to the alliance's lawyers and right-to-call team. In which region are you usually? Choose:
tc-ask-display-name = Type the name your contacts will see in the alarm (for example "Aigerim" or "your brother"). It is all they learn about you. Up to 40 characters.
tc-ask-label = Type a name for this contact (for example "Mum"). Only you see it. Up to 40 characters.
tc-name-as-text = Please type the name as text.
tc-name-empty = The name is empty. Please type a name.
tc-name-too-long = That name is too long: at most 40 characters.
tc-name-command = A name cannot start with "/". Please type a name.
tc-name-saved = Saved: your contacts will see "{ $name }".
tc-full = You have 5 contacts already, the most the bot keeps. Remove one to add another.
tc-invite-link = Send the link below to { $label } by any messenger. It works once, for 7 days. When they open it, they see only "{ $name }" and can accept or decline.
tc-remove-ask = Remove { $label } from your trusted contacts? They will no longer be told if you raise the alarm.
tc-button-remove-yes = ❌ Yes, remove
tc-removed = Removed: { $label }.
tc-owner-accepted = ✅ { $label } accepted: they will be told if you raise the alarm.
tc-owner-declined = { $label } declined the invitation.
tc-owner-left = { $label } left your trusted contacts.

## Trusted contacts: the contact's side
tc-invitation = 👥 { $name } asks you to be their trusted contact. If they are detained, this bot tells you here at once, with what to do. You see only the name "{ $name }". Accept?
tc-button-accept = ✅ Accept
tc-button-decline = ✖️ Decline
tc-accepted-contact = ✅ Done. If { $name } raises the alarm, you get a message here. Keep this chat, and do not mute it. To leave the list: /contacts.
tc-declined-contact = You declined. { $name } is told.
tc-you-left = You left the list of { $name }.
tc-you-were-removed = { $name } removed you from their trusted contacts. You will not get their alarms any more.
tc-link-unknown = This link does not work: it is wrong or has expired. Ask for a new one.
tc-link-used = This link has been used already. Ask for a new one.
tc-link-expired = This link has expired. Ask for a new one.
tc-link-self = This is your own link: send it to the person you want as a contact.
tc-link-already = You are already on this person's list.

## The alarm: the person's side
alarm-not-set-up-title = The alarm is not set up yet
alarm-not-set-up = It needs the name your contacts will see and at least one contact who accepted your link. It takes two minutes: do it before a rally.
alarm-what-to-do = What to do now:
alarm-button-set-up = 👥 Set up trusted contacts
alarm-raised = 🆘 Alarm raised at { $time }. Your contacts ({ $count }) are being told now.
alarm-raised-with-alliance = 🆘 Alarm raised at { $time }. Your contacts ({ $count }) and the alliance are being told now.
alarm-already = 🆘 Your alarm is already raised ({ $time }). Your contacts ({ $count }) were told.
alarm-raised-cleared = ✅ Sent. The chat was cleared.
alarm-button-safe = ✅ I'm safe
alarm-button-clean = 🧹 Clear this chat
alarm-location-offer = If you can: share where you are with the button below. It goes to the same contacts.
alarm-share-location = 📍 Share my location
alarm-no-location = No location
alarm-location-sent = 📍 Sent to your contacts.
alarm-location-late = The alarm is older than 10 minutes: the location was not sent. Raise the alarm again if needed.
alarm-location-already = Your location was sent already; only the first one goes to your contacts.
alarm-location-skipped = OK, no location.
alarm-safe-none = There is no alarm to end.
alarm-safe-told = ✅ Your contacts ({ $count }) are being told that you are safe.
alarm-safe-told-alliance = ✅ Your contacts ({ $count }) and the alliance are being told that you are safe.
alarm-safe-timer-stopped = Your check-in timer is stopped too, and its location deleted.
alarm-contact-unreachable = ⚠️ { $label } could not be told of your alarm: they blocked the bot or deleted the chat. Remove them and invite someone else in /contacts.
alarm-report-account = Raised with the "I'm being detained" alarm (one tap). Nothing else is known yet.

## The alarm: what a contact or a lead receives
alarm-msg-title = { $name } is being detained
alarm-msg-when = When
alarm-msg-almaty = (Almaty time)
alarm-msg-checkin = They did not answer their check-in timer in time.
alarm-msg-where = Where
alarm-msg-no-location = Location not shared (yet).
alarm-msg-todo = What to do now:
alarm-msg-footer = You get this because { $name } named you a trusted contact.
alarm-msg-card-button = 📖 Looking for someone who was detained
alarm-msg-location-title = Where { $name } is
alarm-msg-safe-title = { $name } is safe
alarm-msg-lead-safe = The person of report { $code } says they are safe.
