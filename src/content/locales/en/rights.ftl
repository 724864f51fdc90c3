# English. Every key here is also in the file of the same name in kk/ and ru/; `npm test` checks it.
# Second person, short sentences: the reader may be in a police van.

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
