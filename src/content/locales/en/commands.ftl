# English. Every key here is also in the file of the same name in kk/ and ru/; `npm test` checks it.
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
    /lockscreen — a rights card for your lock screen (an image)
    /language — change the language
    /clean — delete our messages from this chat (Telegram allows it for 48 hours)
    /forget — the bot forgets you
