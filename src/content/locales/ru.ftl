# Русский. Все ключи должны быть также в en.ftl и kk.ftl; это проверяет `npm test`.
# Обращение на «вы», короткие предложения: читатель может быть в полицейской машине.

## Команды, как Telegram показывает их в меню (не более 256 символов каждая)
command-start = Главное меню
command-report = Сообщить о задержании или жестоком обращении
command-cancel = Отменить заполняемое обращение
command-rights = Ваши права при задержании
command-card = Сохранить копию ваших прав
command-language = Сменить язык
command-help = Что умеет этот бот

## Главное меню
start-greeting =
    Здравствуйте. Этот бот помогает при задержании: узнайте свои права и что делать.
    Выберите ниже.
menu-report-detention = 📝 Сообщить о задержании
menu-report-ill = 🩹 Сообщить о жестоком обращении
menu-rights = ⚖️ Мои права при задержании
menu-save-copy = 📌 Сохранить карточку прав
menu-contacts = ☎️ Контакты
menu-language = 🌐 Тіл / Язык / Language
main-menu-title = Главное меню. Выберите ниже.

## Справочник прав
rights-menu-title = Ваши права. Выберите тему:
nav-back = ‹ Назад
nav-main-menu = ≡ Главное меню
card-basis = Правовое основание: { $basis }
card-reviewed = Последняя проверка: { $date }
card-unconfirmed = Некоторые пункты ещё ждут проверки юристом. Спросите своего адвоката.
basis-article = ст. { $article }
basis-part = ч. { $part }
basis-chapter = гл. { $chapter }
basis-article-part = ч. { $part } ст. { $article }

## Меню прав: группы тем, чтобы меню помещалось на один экран
rights-group-detention = При задержании
rights-group-assembly = На мирном собрании
rights-group-afterwards = После: жестокое обращение, суд, вызов
rights-group-choose = Выберите тему:

## «Сохранить копию»: одно короткое сообщение, чтобы закрепить его или сделать скриншот
rights-summary-title = ВАШИ ПРАВА ПРИ ЗАДЕРЖАНИИ
summary-hotlines = Запишите:
summary-footer = Проверено { $date }. Это не юридическая консультация; обратитесь к адвокату.
summary-sent = Отправлено ниже. Закрепите сообщение или сделайте скриншот.

## Контакты из настроек развёртывания
contacts-title = { $alliance }
contacts-hotlines = Горячие линии:
contacts-public = Контакты:

## Язык
language-choose = Выберите язык:
language-set = Готово: русский язык.

## Справка
help-text =
    Этот бот объясняет ваши права при задержании в Казахстане на казахском, русском и английском языках.
    В каждом ответе указано правовое основание. Это не юридическая консультация: обратитесь к адвокату.
    /start — главное меню
    /report — сообщить о задержании или жестоком обращении
    /cancel — отменить заполняемое обращение
    /rights — ваши права
    /card — карточка прав, чтобы сохранить её
    /language — сменить язык

## Ответы на то, чего бот не ожидает
unknown-command = Я не знаю этой команды. /start покажет меню.
stray-text = Я отвечаю кнопками. Пожалуйста, выберите ниже.
stray-media = Здесь я не могу это использовать. Пожалуйста, выберите ниже.
edited-message = Я не читаю отредактированные сообщения. Пожалуйста, отправьте новое.
group-chat = Я работаю только в личном чате. Ради вашей безопасности напишите мне напрямую.
group-welcome = Здравствуйте. В группе я работаю только для дежурных команд Альянса: если администратор Альянса дал вам код приглашения, отправьте здесь /enrol с этим кодом. Чтобы сообщить о задержании или узнать свои права, напишите мне в личный чат — ради вашей безопасности, не здесь.
stale-button = Эта кнопка устарела. Вот актуальное меню.
error-generic = Извините, что-то пошло не так. Попробуйте ещё раз или отправьте /start.

## Обращения: начало и то, что окружает вопросы
report-choose = О чём вы хотите сообщить?
report-already-active = Вы уже заполняете обращение. Ответьте на вопрос выше или отправьте /cancel, чтобы его отменить.
nothing-to-cancel = Отменять нечего.
step-progress = Шаг { $position } из { $total }
form-in-progress = Вы заполняете обращение (шаг { $position } из { $total }). Ответьте на вопрос ниже или отправьте /cancel, чтобы его отменить.
summary-in-progress = Ваше обращение готово к отправке. Проверьте его ниже или отправьте /cancel, чтобы его отменить.
welcome-back = С возвращением. Вы заполняли обращение: шаг { $position } из { $total }. Ваши ответы сохранены.
report-cancelled = Обращение отменено. Ничего не сохранено.
btn-done = ✅ Готово
btn-send-location = 📍 Отправить геопозицию
skip-step = Пропустить
skip-name = Не хочу называть
skip-unknown = Неизвестно
evidence-received = Получено: { $count } { $count ->
        [one] файл
        [few] файла
        [many] файлов
       *[other] файла
    }. Отправьте ещё или нажмите «Готово».

## Обращения: вопросы
q-role = Кто вы в этой ситуации?
q-subject = О ком это обращение?
q-name = Имя человека или короткое описание (например, «молодой человек в красной куртке»). Можно пропустить.
q-age = Сколько человеку лет?
q-journalist = Этот человек — журналист?
q-groupSize = Примерно сколько людей?
q-groupMinors = Есть ли среди них люди младше 18 лет?
q-groupJournalists = Есть ли среди них журналисты?
q-when = Когда это произошло?
q-whenExact = Введите дату и время в виде ДД.ММ.ГГГГ ЧЧ:ММ, например 16.12.2026 14:30 (время Казахстана).
q-place = Где это произошло? Отправьте геопозицию кнопкой ниже или напишите место (улица, ориентир). Можно пропустить.
q-region = В какой области или городе?
q-authority = Кто задержал человека?
q-takenTo = Куда доставили человека (отдел полиции, адрес)? Если никто не знает, нажмите «Неизвестно».
q-toldReason = Сообщили ли человеку причину задержания?
q-protocol = Был ли составлен протокол задержания?
q-lawyer = Просил ли человек адвоката?
q-relatives = Сообщили ли родственникам, где находится человек?
q-alsoIll = Было ли насилие или другое жестокое обращение?
q-illKinds = Что произошло? Отметьте всё, что подходит, затем нажмите «Готово».
q-injuries = Есть ли видимые травмы?
q-medical = Медицинская помощь?
q-medicalBy = Кто оказал медицинскую помощь?
q-illBy = Кто это сделал?
q-lifeThreat = Кто-то погиб или чья-то жизнь в опасности?
q-alsoDetained = Человека задержали?
q-account = Своими словами: что произошло? До { $max } символов. Можно пропустить.
q-evidence = Отправьте фото, видео, голосовые сообщения или документы, если они есть. Нажмите «Готово», когда закончите, или если их нет.
q-contact = Может ли альянс связаться с вами через этого бота по этому обращению? Они не узнают, кто вы.

## Обращения: варианты ответов
opt-role-self = Меня задержали или со мной жестоко обращались
opt-role-witness = Свидетель
opt-role-relative = Родственник
opt-role-monitor = Наблюдатель
opt-role-journalist = Журналист
opt-role-lawyer = Адвокат
opt-subject-person = Один человек
opt-subject-group = Группа людей
opt-age-minor = Младше 18
opt-age-18-29 = 18–29
opt-age-30-49 = 30–49
opt-age-50-plus = 50 и старше
opt-age-unknown = Не знаю
opt-ynu-yes = Да
opt-ynu-no = Нет
opt-ynu-unknown = Не знаю
opt-groupSize-2-5 = 2–5
opt-groupSize-6-20 = 6–20
opt-groupSize-21-100 = 21–100
opt-groupSize-100-plus = Больше 100
opt-groupSize-unknown = Не знаю
opt-when-now = Сейчас, в последний час
opt-when-today = Сегодня, больше часа назад
opt-when-yesterday = Вчера
opt-when-exact = Введу дату и время
opt-when-earlier = Раньше, точно не знаю
opt-authority-police = Полиция
opt-authority-national-guard = Национальная гвардия
opt-authority-special-forces = Спецподразделение
opt-authority-plain-clothes = Люди в штатском
opt-authority-unknown = Не знаю
opt-protocol-copy-given = Да, копию выдали
opt-protocol-no-copy = Да, но копию не выдали
opt-protocol-none = Протокола нет
opt-protocol-unknown = Не знаю
opt-lawyer-not-asked = Нет
opt-lawyer-admitted = Да, адвоката допустили
opt-lawyer-refused = Да, но отказали
opt-lawyer-unknown = Не знаю
opt-illKinds-beating = Избиение
opt-illKinds-threats = Угрозы
opt-illKinds-deprivation = Без воды, еды или туалета
opt-illKinds-stress-positions = Заставляли долго стоять или стоять на коленях
opt-illKinds-kettling = Часами держали в оцеплении
opt-illKinds-sexual-violence = Сексуальное насилие
opt-illKinds-other = Другое
opt-medical-needed-not-given = Нужна, но не оказана
opt-medical-given = Оказана
opt-medical-not-needed = Не нужна
opt-medical-unknown = Не знаю
opt-medicalBy-ambulance = Скорая помощь
opt-medicalBy-custody-doctor = Врач там, где содержат человека
opt-medicalBy-hospital = Больница
opt-medicalBy-other = Кто-то другой
opt-medicalBy-unknown = Не знаю
opt-lifeThreat-death = Человек погиб
opt-lifeThreat-life-threatening = Опасная для жизни травма
opt-lifeThreat-no = Нет
opt-lifeThreat-unknown = Не знаю
opt-contact-bot = Да, через этого бота
opt-contact-none = Нет, не связывайтесь со мной

## Обращения: сводка
report-check-title = Пожалуйста, проверьте ваше обращение
summary-none = —
summary-location = 📍 геопозиция отправлена
summary-files = { $count }
summary-edit = ✏️ { $field }
summary-submit = ✅ Отправить
summary-cancel = ✖️ Отменить
summary-outdated = Эта сводка устарела. Вот актуальная.
field-role = Вы
field-subject = О ком
field-name = Имя
field-age = Возраст
field-journalist = Журналист
field-groupSize = Сколько людей
field-groupMinors = Младше 18 среди них
field-groupJournalists = Журналисты среди них
field-when = Когда
field-whenExact = Дата и время
field-place = Место
field-region = Регион
field-authority = Кто задержал
field-takenTo = Куда доставили
field-toldReason = Сообщили причину
field-protocol = Протокол
field-lawyer = Адвокат
field-relatives = Родственникам сообщили
field-alsoIll = Жестокое обращение
field-illKinds = Что произошло
field-injuries = Видимые травмы
field-medical = Медицинская помощь
field-medicalBy = Кто оказал
field-illBy = Кто сделал
field-lifeThreat = Угроза жизни
field-alsoDetained = Задержан
field-account = Рассказ
field-evidence = Файлы
field-contact = Связаться с вами

## Обращения: после отправки
submitted = Ваше обращение сохранено. Номер: { $code }. Запишите его: его можно передать адвокату.
submitted-next-contact = Ответственный человек альянса возьмёт его в работу. Вы получите от него сообщения здесь, и он не узнает, кто вы.
submitted-next-none = Вы решили, что с вами не нужно связываться. Альянс будет работать по обращению.
report-save-failed = Сейчас не удалось сохранить ваше обращение. Ваши ответы сохранены: нажмите «Отправить» ещё раз через минуту.
cleanup-offer = Ваш телефон могут проверить. Удалить из этого чата сообщения по этому обращению? Номер выше тоже удалится: сначала запишите его.
btn-clean = 🧹 Удалить
btn-keep = Оставить
cleanup-kept = Сообщения остаются.
cleaned = ✓

## Обращения: ответы, которые форма не может принять
err-choose-button = Пожалуйста, выберите одну из кнопок.
err-stale-button = Эта кнопка относится к предыдущему вопросу. Вот текущий.
err-text-too-long = Слишком длинно: не больше { $max } символов. Пожалуйста, сократите.
err-need-text = Пожалуйста, ответьте текстом.
err-bad-date = Не удалось прочитать дату. Введите её в виде ДД.ММ.ГГГГ ЧЧ:ММ, например 16.12.2026 14:30.
err-future-date = Эта дата в будущем. Пожалуйста, проверьте её.
err-need-place = Отправьте геопозицию кнопкой или напишите место.
err-need-media = Пожалуйста, отправьте фото, видео, голосовое сообщение, аудио или документ или нажмите «Готово».
err-unsupported-file = Такой файл я не могу сохранить. Подойдут фото, видео, голосовые сообщения, аудио, изображения и PDF-документы.
err-sticker = Стикеры здесь использовать нельзя.
err-forwarded = Пожалуйста, не пересылайте сюда сообщения: пересланное сообщение может показать, откуда оно. Напишите своими словами или сохраните файл и отправьте его.
err-edited = Я не принимаю правки. Чтобы изменить ответ, нажмите ✏️ в сводке в конце.
err-too-many-files = Это предел: { $max } файлов. Пожалуйста, нажмите «Готово».

## Потоки и ограничения: что слышит человек, отправивший слишком много, и отклонённые сообщения
err-duplicate-file = Этот файл уже приложен к обращению.
limit-messages = Вы отправляете сообщения очень быстро. Пожалуйста, подождите минуту: последние не были прочитаны. Потом продолжите с того же места.
limit-reports = За последний час вы отправили обращений: { $max }. Следующее можно начать через { $minutes } мин. Ваши обращения получены.
relay-too-long = Ваше сообщение не отправлено: оно слишком длинное. Допустимо не больше { $max } символов. Пожалуйста, сократите его или отправьте частями.
alert-refused-notice = ⚠️ Telegram отклонил оповещение об обращении { $code } для ответственного, и оно не дошло. Пожалуйста, откройте его через /cases и проследите, чтобы его кто-то взял.

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
outcome-lawyer-provided = Предоставлен адвокат
outcome-released = Человека освободили
outcome-relatives-informed = Родственникам сообщили
outcome-complaint-filed = Подана жалоба
outcome-referred = Передано другой организации
outcome-no-action = Ничего сделать не удалось
outcome-duplicate = Повторное обращение
outcome-handed-over = Передано другому сектору

## Что слышит автор обращения
reporter-taken = Ответственный человек альянса ({ $sectors }) взял в работу ваше обращение { $code }.
reporter-closed = Ваше обращение { $code } закрыто: { $outcome }. Спасибо.
reporter-question = Вопрос от альянса по вашему обращению { $code }. Чтобы ответить, ответьте на это сообщение; они не узнают, кто вы.
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

## documents
command-documents = Документы для подачи: заполнить и получить файл
menu-documents = 📄 Документы для подачи
documents-menu-title = Документы, которые вы можете подать. Выберите: я задам несколько вопросов и пришлю текст и файл Word для печати. Ничего из того, что вы напишете, не сохраняется после отправки документа.
documents-unknown = Этого документа больше нет. Выберите другой.
doc-busy-report = Вы заполняете обращение. Закончите его или отправьте /cancel, затем откройте «Документы».
doc-step = Шаг { $step } из { $total }
doc-language-question = На каком языке составить документ? Документы подают на казахском или русском языке.
doc-language-kk = Қазақша
doc-language-ru = Русский
doc-ask-name = Ваши фамилия, имя, отчество, как в удостоверении. Или нажмите «Пропустить» и впишите от руки.
doc-ask-protocol = Какой протокол? Например: протокол об административном задержании. Или нажмите «Пропустить».
doc-ask-date = Дата того, что произошло. Напишите её (например, 16.12.2026 14:30) или нажмите кнопку.
doc-ask-place = Где это произошло? Адрес или место. Или нажмите «Пропустить».
doc-ask-authority = Какой орган или какие сотрудники? Например: отдел полиции района. Или нажмите «Пропустить» и впишите от руки.
doc-ask-lawyer = Фамилия, имя, отчество вашего адвоката. Или нажмите «Пропустить».
doc-ask-relative = Кому сообщить? Имя и номер телефона. Или нажмите «Пропустить» и впишите от руки.
doc-ask-events = Что произошло? Коротко и по фактам: когда, кто, что делали. Не больше { $max } символов.
doc-btn-skip = Пропустить
doc-btn-today = Сегодня
doc-btn-yesterday = Вчера
doc-btn-cancel = ✖️ Отменить
doc-err-text-only = Пожалуйста, ответьте текстом или нажмите кнопку.
doc-err-forwarded = Пожалуйста, напишите ответ сами: пересланное сообщение может показать, откуда оно.
doc-err-button-only = Пожалуйста, выберите одну из кнопок.
doc-err-too-long = Слишком длинно: не больше { $max } символов. Пожалуйста, сократите.
doc-err-edited = Я не могу принять исправление. Отправьте ответ ещё раз новым сообщением.
doc-err-stale-button = Эта кнопка относится к прошлому вопросу. Вот текущий.
doc-err-in-progress = Вы заполняете документ. Ответьте на вопрос или отправьте /cancel.
doc-cancelled = Отменено. Ничего из того, что вы написали, не сохранено.
doc-ready = Выше — текст, который можно скопировать, и файл Word для печати. Пропуски (____) заполните от руки. Я не сохранил ничего из того, что вы написали.
doc-checklist-title = Что с ним делать
doc-cleanup-note = Ваш телефон могут проверить. Когда сохраните или распечатаете документ, удалите его и ваши ответы из этого чата кнопкой ниже.
doc-btn-clean = 🧹 Удалить всё из этого чата
doc-cleaned = ✓ Удалено из этого чата.
doc-clean-partly = Некоторые сообщения удалить не удалось (Telegram позволяет это в течение 48 часов). Удалите их вручную.
alert-document = 📄 Документ заявителю
lead-document-pick = Какой документ отправить заявителю обращения { $code }, заполненный по обращению?
lead-document-sent = Отправлено заявителю обращения { $code }: { $title }.
lead-document-failed = Не удалось отправить документ заявителю обращения { $code }. Попробуйте позже.
reporter-document = Ответственный Альянса прислал вам документ по вашему обращению { $code }, заполненный по тому, что вы написали. Проверьте каждую строку и заполните пропуски, прежде чем подавать.
