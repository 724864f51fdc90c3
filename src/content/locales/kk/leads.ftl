# Қазақша. Бұл файлдың әр кілті en/ және ru/ қалталарындағы аттас файлда да болуы керек; мұны `npm test` тексереді.
# «Сіз» деп екінші жақта, қысқа сөйлемдермен жазыңыз: оқырман полиция көлігінде болуы мүмкін.

## Альянстың секторлары
sector-documentation = Құжаттау
sector-right-to-life = Өмір сүру құқығы
sector-torture = Азаптау және қатыгез қарым-қатынас
sector-lawyer = Адвокат
sector-right-to-call = Қоңырау шалу құқығы
sector-journalists = Журналистер және ақпарат
sector-coordinator = Үйлестіруші

## Сектор жауаптыларына ескертулер
alert-flag-lifeAtRisk = ӨМІРГЕ ҚАУІП
alert-flag-detainedNow = ҚАЗІР ҰСТАП АЛЫНҒАН
alert-flag-minor = КӘМЕЛЕТКЕ ТОЛМАҒАН
alert-flag-injured = ЖАРАҚАТ
alert-flag-journalist = ЖУРНАЛИСТ
alert-placeholder = Жаңа хабарлама { $code }: толығырақ кейін.
alert-kind-detention = Ұстап алу
alert-kind-ill-treatment = Қатыгез қарым-қатынас
alert-kind-both = Ұстап алу және қатыгез қарым-қатынас
alert-sectors = Кімге
alert-no-name = аты көрсетілмеген
alert-journalist = журналист
alert-minors = арасында кәмелетке толмағандар бар
alert-journalists = арасында журналистер бар
alert-rights = Құқықтар
alert-harm = Зиян
alert-source = Дереккөз
alert-contact-bot = бот арқылы сұрауға болады
alert-contact-none = байланысқысы келмейді
alert-take = ✋ Алу
alert-ask = ❓ Сұрау
alert-close = ✔️ Жабу
alert-hand-over = ↪️ Тапсыру
alert-evidence = 📎 Материалдар ({ $count })

## Жауапты ескертумен не істейді
lead-not-allowed = Мұны тек осы хабарлама секторлары мен өңірінің жауаптысы немесе үйлестіруші жасай алады.
lead-already-taken = Мұны басқа жауапты алып қойған немесе іс жабылған.
lead-taken = Алынды.
lead-taken-note = Сіз { $code } хабарламасын алдыңыз ({ $sectors }). Авторына сіздің атыңызсыз хабарланды.
lead-no-contact = { $code } хабарламасының авторы байланыспауды таңдады.
lead-ask-prompt = { $code } хабарламасының авторына сұрағыңызды осы хабарламаға жауап ретінде жазыңыз. Ол сіздің кім екеніңізді білмейді.
lead-ask-placeholder = Сұрағыңыз
lead-question-sent = Жіберілді. Жауап осында келеді.
lead-answer = { $code } хабарламасы авторының жауабы:
lead-close-prompt = { $code } қандай нәтижемен жабылады?
lead-closed = Жабылды.
lead-already-closed = Бұрын жабылған.
lead-closed-note = { $code } хабарламасы жабылды: { $outcome }.
lead-hand-prompt = { $code } қай секторға тапсырылады?
lead-handed = Тапсырылды.
lead-handed-note = { $code } хабарламасы тапсырылды: { $sector }.
lead-reporter-left = { $code } хабарламасының авторы кетті: ол боттан өзін ұмытуды сұрады. Хабарлама сақталады; авторға бот арқылы енді ешкім жаза алмайды.
alert-closed = ✔️ { $code } — жабылды: { $outcome }
outcome-lawyer-provided = Адвокат берілді
outcome-released = Адам босатылды
outcome-relatives-informed = Туыстарына хабарланды
outcome-complaint-filed = Шағым берілді
outcome-referred = Басқа ұйымға жіберілді
outcome-no-action = Ештеңе істеу мүмкін болмады
outcome-duplicate = Қайталама
outcome-handed-over = Басқа секторға тапсырылды

## Хабарлама авторы не естиді
reporter-taken = Альянстан бір адам сіз жіберген ақпаратпен айналысып жатыр.
reporter-closed = Альянс сіз жіберген ақпарат бойынша жұмысты аяқтады: { $outcome }. Рақмет.
reporter-question = Альянстан сіз жіберген ақпарат бойынша сұрақ. Жауап беру үшін осы сұраққа жауап жазыңыз; олар сіздің кім екеніңізді білмейді.
reporter-answer-placeholder = Жауабыңыз
reporter-answer-sent = Жауабыңыз жеткізілді.

## Істер және кезекшілік
cases-not-lead = Бұл Альянстың сектор жауаптыларына арналған.
cases-none = Ашық істер жоқ.
cases-title = Ашық істер: { $count }
cases-counts = ашық { $total }, алынбаған { $untaken }
case-open = алынбаған
case-taken = алынған
case-closed = жабылған
age-minutes = { $minutes } мин
age-hours = { $hours } сағ
duty-on = Сіз кезекшіліктесіз: ескертулер осында келеді.
duty-off = Сіз кезекшілікте емессіз: /onduty жібергенше ескертулер басқаларға барады.

## Әкімшілер: жауаптыларды тағайындау
admin-only = Бұл Альянс әкімшілеріне арналған.
invite-sector = Қай секторға жауапты шақырасыз?
invite-scope = { $sector }: қай өңір үшін?
invite-role = Негізгі ме, резервтік пе?
invite-made = Шақыру: { $what }. Бір рет, 24 сағат жұмыс істейді. Бұл сілтемені адамға жіберіңіз:
invite-group = Немесе топты тағайындау үшін: ботты топқа қосып, онда мынаны жіберіңіз:
scope-national = Бүкіл ел
role-primary = Негізгі
role-backup = Резервтік
lead-what = { $sector }, { $scope }, { $role }
invite-invalid = Бұл шақыру жарамсыз: ол пайдаланылған немесе мерзімі өткен. Әкімшіден жаңасын сұраңыз.
enrol-in-group = Бұл команданы тағайындалатын топта жіберіңіз.
enrol-waiting = Рақмет. Әкімші жақын арада растайды.
enrol-request = { $who } жауапты болуды сұрайды: { $what }.
enrol-confirm = ✅ Растау
enrol-reject = ✖️ Бас тарту
enrol-already-decided = Басқа әкімші шешіп қойды.
enrol-confirmed = Енді сіз жауаптысыз: { $what }. Ескертулер осында келеді. /cases — ашық істер; /offduty — ескертулерді тоқтата тұру.
enrol-confirmed-admin = Расталды: { $who }: { $what }.
enrol-rejected = Тағайындауыңыз расталмады.
enrol-rejected-admin = Бас тартылды: { $who }: { $what }.
leads-none = Әзірге жауаптылар жоқ. /invite шақыру жасайды.
leads-title = Жауаптылар: { $count }
leads-remove = { $n } алып тастау
off-duty = кезекшілікте емес
lead-removed = Сіз енді Альянс ботының жауаптысы емессіз.
lead-removed-admin = Алып тасталды: { $who }.

## Who may act, for how long, and the audit trail of lead actions
lead-case-closed = { $code } хабарламасы жабылды: хабарлама берушіге және одан енді ештеңе жеткізілмейді.
reporter-conversation-ended = Бұл сөйлесу аяқталды, жауабыңыз жеткізілмеді. Жаңа бір нәрсе болса, /report жіберіңіз.
invite-private-only = Шақыру сілтемелері менімен жеке чатта ғана жұмыс істейді: сілтемені өзіңіз ашыңыз. Топты тағайындау үшін сол топта шақыру кодымен /enrol жіберіңіз.
enrol-request-person = Адаммен жеке чат. Telegram id: { $id }.
enrol-request-group = Чат: { $type }, Telegram id: { $id }.
enrol-request-sender = Жіберген: { $who }, Telegram id: { $id }.
enrol-chat-group = топ
enrol-chat-supergroup = супертоп
enrol-profile = Профильді ашу
enrol-request-check = Атын жіберушінің өзі таңдаған: растамас бұрын id мен профильді тексеріңіз.
duty-group-admins-only = Топта кезекшілікті тек топ әкімшілері ауыстыра алады. Хабарламаларды алу, сұрақ қою және жабу кез келген қатысушының қолынан келеді.
audit-usage = /audit командасын хабарлама кодымен жіберіңіз, мысалы: /audit 7KQM-4XTD
audit-none = { $code } хабарламасы бойынша әзірге ешкім ештеңе істеген жоқ.
audit-title = { $code } хабарламасымен кім не істеді (Қазақстан уақыты):
audit-more = Бұрынғы әрекеттер көрсетілмеді: { $count }.
audit-line = { $time } — { $who } (id { $id }, { $where }): { $action }
audit-in-private = жеке чат
audit-in-group = топ { $id }
audit-took = қарауға алды
audit-asked = хабарлама берушіге сұрақ қойды
audit-closed = жапты
audit-handed-over = секторға тапсырды: { $to }
audit-opened-evidence = дәлелдерді ашты
audit-sent-document = хабарлама берушіге құжат жіберді: { $document }
