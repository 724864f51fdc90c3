# Русский. Все ключи этого файла есть и в файле с тем же именем в en/ и kk/; это проверяет `npm test`.
# Обращение на «вы», короткие предложения: читатель может быть в полицейской машине.

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
