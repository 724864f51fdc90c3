# Русский. Каждый ключ есть и в файле с тем же именем в kk/ и en/; `npm test` это проверяет.
# Часы задержания (issue 10 §6): сколько человек удерживается, отметка ведущего, напоминания.
# Называть можно только 48 часов УПК (ст. 131, уровень S в правовой справке); других сроков не называть.

clock-held = ⏱ Удерживается { $duration } (с { $since } по времени Алматы)
clock-held-approx = ⏱ Удерживается около { $duration } (примерно с { $since } по времени Алматы)
clock-duration = { $hours } ч { $minutes } мин
clock-past-limit = ⚠️ Больше 48 часов. По уголовному делу УПК (ст. 131) допускает 48 часов без санкции суда: проверьте, санкционировал ли суд задержание.
clock-past-limit-short = ⚠️ больше 48 ч (ст. 131 УПК)
clock-held-short = ⏱ удерживается { $duration }
clock-held-short-approx = ⏱ удерживается около { $duration }
clock-mark = Отметка: { $mark }
custody-mark-held = всё ещё задержан
custody-mark-released = освобождён
custody-mark-unknown = неизвестно
custody-button-held = 🔒 Всё ещё задержан
custody-button-released = 🔓 Освобождён
custody-button-unknown = ❔ Неизвестно
custody-marked = Отмечено: { $mark }.
custody-marked-note = { $code }: отмечено «{ $mark }».
custody-reminder = ⏱ { $code }: задержанный отмечен как «всё ещё задержан». Это так? Обновите отметку ниже.
audit-marked-custody = отметил(а) задержанного: { $mark }
