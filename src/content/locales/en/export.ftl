## Exports (/export)
export-not-allowed = Exports are for the admins, the national coordinator and the documentation sector's leads.
export-choose-period = Export the reports of which period? You can also type the dates: /export 01.11–15.11
export-range-unreadable = I could not read the dates. Type them like this: /export 01.11–15.11 (day.month, at most { $days } days).
export-range-too-long = That period is too long: at most { $days } days. For example: /export 01.11–15.11
export-choose-format = Reports of { $first } – { $last }. Which format?
export-format-csv = CSV (spreadsheet)
export-format-json = JSON
export-choose-variant = Reports of { $first } – { $last }, { $format }. What should the file contain?
export-variant-plain = Without names and places
export-variant-sealed = With names, places and accounts
export-sealed-warning = Careful: this file will contain what the reports keep sealed — people's names, places and coordinates, where a person was taken, and the accounts in the reporters' own words — for { $first } – { $last }.
    Store it only encrypted, share it with no one outside the documentation sector, and delete it (and this chat's copy) as soon as you have used it. The export is recorded in the audit trail.
export-confirm-sealed = I understand — export with names and places
export-sealed-not-allowed = Exports with names, places and accounts are only for the documentation sector's leads and admins, in a private chat with the bot.
export-stale = This button is out of date. Send /export again.
export-none = No reports from { $first } to { $last }: there is nothing to export.
export-caption-plain = Reports of { $first } – { $last }: { $count }. Without names and places.
export-caption-sealed = Reports of { $first } – { $last }: { $count }. Contains names, places and accounts: store it encrypted and delete it after use.
export-audit-title = Exports (Kazakhstan time):
export-audit-none = No one has exported reports yet.
export-audit-plain = without names and places
export-audit-sealed = with names, places and accounts
audit-exported = exported the reports of { $first } – { $last }, { $format }, { $variant }: { $rows } rows
export-too-large = The file for this period ({ $count } reports) is larger than Telegram lets a bot send. Choose a shorter period, for example: /export 01.11–07.11
export-unrecorded = The export could not be written to the audit trail, so no file was sent. Please try again in a few minutes.
export-preparing = Preparing the file for { $first } – { $last }…
