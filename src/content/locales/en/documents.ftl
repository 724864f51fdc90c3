# English. Every key here is also in the file of the same name in kk/ and ru/; `npm test` checks it.
# Second person, short sentences: the reader may be in a police van.

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
