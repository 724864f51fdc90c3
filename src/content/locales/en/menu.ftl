# English. Every key here is also in the file of the same name in kk/ and ru/; `npm test` checks it.
# Second person, short sentences: the reader may be in a police van.

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

## Replies to what the bot does not expect
unknown-command = I don't know this command. /start shows the menu.
stray-text = I answer with buttons. Please choose below.
stray-media = I can't use this here. Please choose below.
edited-message = I don't read edited messages. Please send a new one.
group-chat = I work only in a private chat. For your safety, write to me directly.
group-welcome = Hello. In a group I work only for the Alliance's on-call teams: if an Alliance admin gave you an invitation code, send /enrol with that code here. To report a detention or read about your rights, write to me in a private chat — for your safety, not here.
stale-button = This button is out of date. Here is the current menu.
error-generic = Sorry, something went wrong. Please try again, or send /start.
