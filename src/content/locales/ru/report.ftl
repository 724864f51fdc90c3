# Русский. Все ключи этого файла есть и в файле с тем же именем в en/ и kk/; это проверяет `npm test`.
# Обращение на «вы», короткие предложения: читатель может быть в полицейской машине.

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
cleanup-offer = Ваш телефон могут проверить. Удалить сейчас из этого чата это обращение и другие наши сообщения за последние 48 часов? Номер выше тоже удалится: сначала запишите его. Это можно сделать и позже командой /clean.
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
