# English. Every key here is also in the file of the same name in kk/ and ru/; `npm test` checks it.
# The check-in timer ("I'm going to an assembly"), issue 10 §3. Times are Almaty time.

## Menu and command
menu-checkin = ⏱ I'm going to an assembly
command-checkin = Check-in timer: the alarm goes off if you don't check in

## Choosing the time
checkin-choose =
    ⏱ Check-in timer. How long will you be at the assembly?
    Before the time runs out I will ask if you are OK. If you don't answer, I raise the alarm to your trusted contacts, with your last location if you shared one.
    Pick below or type a time: 3h, 90 min, 18:30.
checkin-hours = { $hours } h
checkin-duration =
    { $hours ->
        [0] { $minutes } min
       *[other]
            { $minutes ->
                [0] { $hours } h
               *[other] { $hours } h { $minutes } min
            }
    }
checkin-bad-time = I couldn't read this time. Type, for example, 3h, 90 min or 18:30 — or pick a button.
checkin-too-short = That is less than 5 minutes. Pick a longer time.
checkin-too-long = A timer runs at most 24 hours. Pick a shorter time.
checkin-impossible-time = There is no such time of day. Use hours 0–23 and minutes 00–59, for example 18:30.

## A running timer
checkin-started =
    ⏱ Timer set until { $until } (Almaty time), { $left } from now.
    { $before } min before the end I will ask: "Are you OK?"
    You can share a live location: 📎 → Location → Share my live location. I keep only the last point, encrypted, and delete it when the timer ends.
checkin-status =
    ⏱ Timer running until { $until } (Almaty time): { $left } left.
    { $location ->
        [yes] 📍 Your live location is shared; I keep only the last point.
       *[no] 📍 No location shared.
    }
checkin-already-running = You already have a timer running. One at a time: stop it or add an hour.
checkin-button-safe = ✅ I'm safe
checkin-button-extend = ➕ 1 hour
checkin-button-stop = ⏹ Stop the timer
checkin-reminder =
    Are you OK? Your timer runs out at { $until } (Almaty time), in { $left }.
    If you don't answer, I will raise the alarm.
checkin-ended = ✅ Glad you are safe. The timer is stopped and your location deleted. Nobody was told.
checkin-stopped = ⏹ The timer is stopped and your location deleted. Nobody was told.
checkin-extended = ➕ One more hour: the timer now runs until { $until } (Almaty time).
checkin-location-saved = 📍 Location received. I keep only the last point, encrypted, and delete it when the timer ends.

## The time ran out
checkin-fired-raised =
    ⏰ Your check-in time ran out at { $until } (Almaty time) and you did not answer.
    I raised the alarm: your trusted contacts are told, with your last location if you shared one.
checkin-fired-no-contacts =
    ⏰ Your check-in time ran out at { $until } (Almaty time) and you did not answer.
    You have no trusted contacts set up yet, so nobody was told. Set them up with /contacts.
checkin-fired-late = (The bot was offline: this comes { $late } after the deadline.)

## Out of place
checkin-no-timer = No check-in timer is running. Start one with /checkin.
checkin-stale-button = This timer has already ended.
checkin-location-no-timer = 📍 No check-in timer is running, so I did not keep this location. Start one with /checkin.
