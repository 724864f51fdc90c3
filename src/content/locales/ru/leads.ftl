# Русский. Все ключи этого файла есть и в файле с тем же именем в en/ и kk/; это проверяет `npm test`.
# Обращение на «вы», короткие предложения: читатель может быть в полицейской машине.

## Секторы альянса
sector-documentation = Документирование
sector-right-to-life = Право на жизнь
sector-torture = Пытки и жестокое обращение
sector-lawyer = Адвокат
sector-right-to-call = Право на звонок
sector-journalists = Журналисты и информация
sector-coordinator = Координатор

## Оповещения ответственным по секторам
alert-flag-lifeAtRisk = УГРОЗА ЖИЗНИ
alert-flag-detainedNow = ЗАДЕРЖАН СЕЙЧАС
alert-flag-minor = НЕСОВЕРШЕННОЛЕТНИЙ
alert-flag-injured = ТРАВМЫ
alert-flag-journalist = ЖУРНАЛИСТ
alert-placeholder = Новое обращение { $code }: подробности следуют.
alert-kind-detention = Задержание
alert-kind-ill-treatment = Жестокое обращение
alert-kind-both = Задержание и жестокое обращение
alert-sectors = Для
alert-no-name = имя не указано
alert-journalist = журналист
alert-minors = среди них несовершеннолетние
alert-journalists = среди них журналисты
alert-rights = Права
alert-harm = Вред
alert-source = Источник
alert-contact-bot = можно задать вопрос через бота
alert-contact-none = не хочет, чтобы с ним связывались
alert-take = ✋ Взять
alert-ask = ❓ Спросить
alert-close = ✔️ Закрыть
alert-hand-over = ↪️ Передать
alert-evidence = 📎 Материалы ({ $count })

## Что ответственный делает с оповещением
lead-not-allowed = Это может сделать только ответственный по секторам и региону этого обращения или координатор.
lead-already-taken = Это уже взял другой ответственный, или дело закрыто.
lead-taken = Взято.
lead-taken-note = Вы взяли обращение { $code } ({ $sectors }). Автору сообщили, без вашего имени.
lead-no-contact = Автор обращения { $code } решил, что с ним не нужно связываться.
lead-ask-prompt = Напишите вопрос автору обращения { $code } ответом на это сообщение. Он не узнает, кто вы.
lead-ask-placeholder = Ваш вопрос
lead-question-sent = Отправлено. Ответ придёт сюда.
lead-answer = Ответ автора обращения { $code }:
lead-close-prompt = С каким итогом закрыть { $code }?
lead-closed = Закрыто.
lead-already-closed = Уже закрыто.
lead-closed-note = Обращение { $code } закрыто: { $outcome }.
lead-hand-prompt = В какой сектор передать { $code }?
lead-handed = Передано.
lead-handed-note = Обращение { $code } передано: { $sector }.
lead-reporter-left = Автор обращения { $code } ушёл: он попросил бота забыть его. Обращение остаётся; написать автору через бота больше нельзя.
alert-closed = ✔️ { $code } — закрыто: { $outcome }
outcome-lawyer-provided = Предоставлен адвокат
outcome-released = Человека освободили
outcome-relatives-informed = Родственникам сообщили
outcome-complaint-filed = Подана жалоба
outcome-referred = Передано другой организации
outcome-no-action = Ничего сделать не удалось
outcome-duplicate = Повтор (уже известно)
outcome-handed-over = Передано другому сектору

## Что слышит автор обращения
reporter-taken = Человек из альянса занимается тем, что вы прислали.
reporter-closed = Альянс закончил работу с тем, что вы прислали: { $outcome }. Спасибо.
reporter-question = Вопрос от альянса о том, что вы прислали. Чтобы ответить, ответьте на этот вопрос; они не узнают, кто вы.
reporter-answer-placeholder = Ваш ответ
reporter-answer-sent = Ваш ответ передан.

## Дела и дежурство
cases-not-lead = Это для ответственных по секторам альянса.
cases-none = Открытых дел нет.
cases-title = Открытые дела: { $count }
cases-counts = открыто { $total }, не взято { $untaken }
case-open = не взято
case-taken = взято
case-closed = закрыто
age-minutes = { $minutes } мин
age-hours = { $hours } ч
duty-on = Вы на дежурстве: оповещения будут приходить сюда.
duty-off = Вы не на дежурстве: оповещения идут другим, пока вы не отправите /onduty.

## Администраторы: назначение ответственных
admin-only = Это для администраторов альянса.
invite-sector = Пригласить ответственного для какого сектора?
invite-scope = { $sector }: для какого региона?
invite-role = Основной или резервный?
invite-made = Приглашение: { $what }. Работает один раз, 24 часа. Отправьте эту ссылку человеку:
invite-group = Или, чтобы назначить группу: добавьте бота в группу и отправьте там:
scope-national = Вся страна
role-primary = Основной
role-backup = Резервный
lead-what = { $sector }, { $scope }, { $role }
invite-invalid = Это приглашение недействительно: оно уже использовано или истекло. Попросите у администратора новое.
enrol-in-group = Отправьте эту команду в группе, которую нужно назначить.
enrol-waiting = Спасибо. Администратор скоро подтвердит вас.
enrol-request = { $who } просит назначить его ответственным: { $what }.
enrol-confirm = ✅ Подтвердить
enrol-reject = ✖️ Отклонить
enrol-already-decided = Другой администратор уже решил.
enrol-confirmed = Теперь вы ответственный: { $what }. Оповещения будут приходить сюда. /cases — открытые дела; /offduty — приостановить оповещения.
enrol-confirmed-admin = Подтверждено: { $who }: { $what }.
enrol-rejected = Ваше назначение не подтверждено.
enrol-rejected-admin = Отклонено: { $who }: { $what }.
leads-none = Ответственных пока нет. /invite создаёт приглашение.
leads-title = Ответственные: { $count }
leads-remove = Убрать { $n }
off-duty = не на дежурстве
lead-removed = Вы больше не ответственный в боте Альянса.
lead-removed-admin = Убран: { $who }.

## Who may act, for how long, and the audit trail of lead actions
lead-case-closed = Обращение { $code } закрыто: заявителю и от него больше ничего не передаётся.
reporter-conversation-ended = Этот разговор завершён, ваш ответ не передан. Если произошло что-то новое, отправьте /report.
invite-private-only = Ссылки-приглашения работают только в личном чате со мной: откройте ссылку сами. Чтобы назначить группу, отправьте в ней /enrol с кодом приглашения.
enrol-request-person = Личный чат с человеком. Telegram id: { $id }.
enrol-request-group = Чат: { $type }, Telegram id: { $id }.
enrol-request-sender = Отправил(а): { $who }, Telegram id: { $id }.
enrol-chat-group = группа
enrol-chat-supergroup = супергруппа
enrol-profile = Открыть профиль
enrol-request-check = Имя выбрал сам отправитель: проверьте id и профиль, прежде чем подтвердить.
duty-group-admins-only = В группе переключать дежурство могут только администраторы группы. Брать обращения, задавать вопросы и закрывать может любой участник.
audit-usage = Отправьте /audit с кодом обращения, например: /audit 7KQM-4XTD
audit-none = По обращению { $code } пока никто ничего не делал.
audit-title = Кто что делал с обращением { $code } (время Казахстана):
audit-more = Более ранние действия не показаны: { $count }.
audit-line = { $time } — { $who } (id { $id }, { $where }): { $action }
audit-in-private = личный чат
audit-in-group = группа { $id }
audit-took = взял(а) в работу
audit-asked = задал(а) вопрос заявителю
audit-closed = закрыл(а)
audit-handed-over = передал(а) сектору: { $to }
audit-opened-evidence = открыл(а) доказательства
audit-sent-document = отправил(а) заявителю документ: { $document }
