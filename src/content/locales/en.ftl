# English. Keep every key in kk.ftl and ru.ftl too; `npm test` checks it.
# Second person, short sentences: the reader may be in a police van.

## Commands, as Telegram shows them in the menu (at most 256 characters each)
command-start = Main menu
command-rights = Your rights at detention
command-card = Save a copy of your rights
command-language = Change the language
command-help = What this bot does

## Main menu
start-greeting =
    Hello. This bot helps at detention: know your rights, and what to do.
    Choose below.
menu-rights = ⚖️ My rights at detention
menu-save-copy = 📌 Save a rights card
menu-contacts = ☎️ Contacts
menu-language = 🌐 Тіл / Язык / Language
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

## "Save a copy": one compact message to pin or screenshot
summary-title = YOUR RIGHTS AT DETENTION
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
    /rights — your rights
    /card — a rights card to save
    /language — change the language

## Replies to what the bot does not expect
unknown-command = I don't know this command. /start shows the menu.
stray-text = I answer with buttons. Please choose below.
stray-media = I can't use this here. Please choose below.
edited-message = I don't read edited messages. Please send a new one.
group-chat = I work only in a private chat. For your safety, write to me directly.
stale-button = This button is out of date. Here is the current menu.
error-generic = Sorry, something went wrong. Please try again, or send /start.
