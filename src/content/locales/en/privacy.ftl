# English. Every key here is also in the file of the same name in kk/ and ru/; `npm test` checks it.
# Second person, short sentences: the reader may be in a police van.

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
