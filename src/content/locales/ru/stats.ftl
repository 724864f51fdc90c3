## Статистика (/stats)
stats-not-allowed = Статистика доступна администраторам, национальному координатору и ответственным сектора документирования.
stats-choose-period = За какой период показать статистику? Можно и написать даты: /stats 01.11–15.11
stats-range-unreadable = Не получилось прочитать даты. Напишите так: /stats 01.11–15.11 (день.месяц, не больше { $days } { $days ->
        [one] дня
       *[other] дней
    }).
stats-range-too-long = Слишком длинный период: не больше { $days } { $days ->
        [one] дня
       *[other] дней
    }. Например: /stats 01.11–15.11
stats-period-today = Сегодня
stats-period-7d = 7 дней
stats-period-30d = 30 дней
stats-title = Статистика: { $period }
stats-reports = Обращений: { $count }
stats-by-day = Обращения по дням
stats-by-region = По регионам
stats-by-kind = По виду
stats-by-sector = По секторам
stats-detained = Задержания: сейчас или раньше
stats-detained-now = задержан сейчас
stats-detained-later = раньше
stats-kind-detention = Задержание
stats-kind-ill-treatment = Жестокое обращение
stats-kind-both = Задержание и жестокое обращение
stats-cases = Дела
stats-closed-by-outcome = Закрытые дела по итогу
stats-median-close = Медиана до закрытия: { $hours } ч
stats-median-close-few = Медиана до закрытия: закрытых дел меньше 3
stats-small-note = «< 3» — одно или два: так никого нельзя узнать.
stats-hidden = скрыто
stats-hidden-note = «скрыто» — скрыто, чтобы «< 3» нельзя было вычислить из итога.
stats-withheld = не показано: слишком мало, чтобы никого не выделить
stats-signals = Нарушения прав при задержании
stats-signal-lawyerRefused = отказали в адвокате
stats-signal-relativesNotTold = родственникам не сообщили
stats-signal-whereaboutsUnknown = неизвестно, куда доставили
stats-ill-kinds = Виды жестокого обращения
stats-median-take = Медиана до взятия дела: { $time }
stats-median-take-few = Медиана до взятия дела: взятых дел меньше 3
stats-minutes = { $n } мин
stats-hours = { $n } ч
stats-none = За этот период обращений нет.
