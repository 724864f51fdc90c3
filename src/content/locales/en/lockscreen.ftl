# English. Every key here is also in the file of the same name in kk/ and ru/; `npm test` checks it.
# The lock-screen card (📱, /lockscreen): a PNG with the core rights, made to be read without internet.

menu-lockscreen = 📱 Lock-screen card
command-lockscreen = A rights card for your lock screen
lockscreen-intro =
    📱 A rights card for your phone's lock screen: it can be read without internet and without unlocking the phone.
    To add your own lawyer's number, type it now. It is only drawn on the image: the bot does not keep it and deletes your message.
    Or make the card without a number:
lockscreen-without-number = Make it without a number
lockscreen-not-a-number = That does not look like a phone number (digits, spaces and + - ( ) only). I deleted your message. Type the number again, or make the card without it.
lockscreen-photo-caption = Your lock-screen card. Below is the same image as a file, in full quality.
lockscreen-file-caption = To set it: save the image, then choose it as the lock-screen wallpaper (Android: Gallery → ⋮ → Set as wallpaper; iPhone: Photos → Share → Use as Wallpaper).
lockscreen-number-deleted = The number is only on the image: your message with it was deleted from this chat.
lockscreen-delete-failed = I could not delete your message with the number: please delete it yourself.

## Drawn on the image
lockscreen-title = YOUR RIGHTS AT DETENTION
lockscreen-hotlines = Hotline
lockscreen-lawyer = My lawyer
lockscreen-footer = Reviewed { $date }. Not legal advice.
