# Қазақша. Әр кілт en.ftl және ru.ftl файлдарында да болуы керек; мұны `npm test` тексереді.
# «Сіз» деп екінші жақта, қысқа сөйлемдермен жазыңыз: оқырман полиция көлігінде болуы мүмкін.

## Telegram мәзірде көрсететін командалар (әрқайсысы 256 таңбадан аспайды)
command-start = Басты мәзір
command-report = Ұстау немесе қатыгез қарым-қатынас туралы хабарлау
command-cancel = Толтырып жатқан хабарламаны болдырмау
command-rights = Ұстау кезіндегі құқықтарыңыз
command-card = Құқықтарыңыздың көшірмесін сақтау
command-language = Тілді өзгерту
command-help = Бұл бот не істейді

## Басты мәзір
start-greeting =
    Сәлеметсіз бе. Бұл бот ұстау кезінде көмектеседі: құқықтарыңызды және не істеу керектігін біліңіз.
    Төменнен таңдаңыз.
menu-report-detention = 📝 Ұстау туралы хабарлау
menu-report-ill = 🩹 Қатыгез қарым-қатынас туралы хабарлау
menu-rights = ⚖️ Ұстау кезіндегі құқықтарым
menu-save-copy = 📌 Құқықтар карточкасын сақтау
menu-contacts = ☎️ Байланыстар
menu-language = 🌐 Тіл / Язык / Language
main-menu-title = Басты мәзір. Төменнен таңдаңыз.

## Құқықтар жөніндегі анықтамалық
rights-menu-title = Сіздің құқықтарыңыз. Тақырыпты таңдаңыз:
nav-back = ‹ Артқа
nav-main-menu = ≡ Басты мәзір
card-basis = Құқықтық негіз: { $basis }
card-reviewed = Соңғы тексерілген күні: { $date }
card-unconfirmed = Кейбір тармақтар заңгердің тексеруін күтуде. Адвокатыңыздан сұраңыз.
basis-article = { $article }-бап
basis-part = { $part }-бөлік
basis-chapter = { $chapter }-тарау

## «Көшірмені сақтау»: бекітіп қоюға немесе скриншот жасауға арналған бір ықшам хабарлама
summary-title = ҰСТАУ КЕЗІНДЕГІ ҚҰҚЫҚТАРЫҢЫЗ
summary-hotlines = Жазып алыңыз:
summary-footer = { $date } тексерілді. Бұл заң кеңесі емес; адвокаттан сұраңыз.
summary-sent = Төменде жіберілді. Оны бекітіп қойыңыз немесе скриншот жасаңыз.

## Орналастыру баптауларындағы байланыстар
contacts-title = { $alliance }
contacts-hotlines = Жедел желілер:
contacts-public = Байланыстар:

## Тіл
language-choose = Тілді таңдаңыз:
language-set = Дайын: қазақ тілі.

## Анықтама
help-text =
    Бұл бот Қазақстанда ұстау кезіндегі құқықтарыңызды қазақ, орыс және ағылшын тілдерінде түсіндіреді.
    Әр жауапта оның құқықтық негізі көрсетіледі. Бұл заң кеңесі емес: адвокаттан сұраңыз.
    /start — басты мәзір
    /report — ұстау немесе қатыгез қарым-қатынас туралы хабарлау
    /cancel — толтырып жатқан хабарламаны болдырмау
    /rights — сіздің құқықтарыңыз
    /card — сақтап қоюға арналған құқықтар карточкасы
    /language — тілді өзгерту

## Бот күтпеген әрекеттерге жауаптар
unknown-command = Мен бұл команданы білмеймін. /start мәзірді көрсетеді.
stray-text = Мен батырмалар арқылы жауап беремін. Төменнен таңдаңыз.
stray-media = Мұны бұл жерде пайдалана алмаймын. Төменнен таңдаңыз.
edited-message = Мен өңделген хабарламаларды оқымаймын. Жаңасын жіберіңіз.
group-chat = Мен тек жеке чатта жұмыс істеймін. Қауіпсіздігіңіз үшін маған тікелей жазыңыз.
stale-button = Бұл батырма ескірген. Міне, қазіргі мәзір.
error-generic = Кешіріңіз, бірдеңе дұрыс болмады. Қайталап көріңіз немесе /start жіберіңіз.

## Хабарламалар: басталуы және сұрақтардың айналасы
report-choose = Не туралы хабарлағыңыз келеді?
report-already-active = Сіз хабарламаны толтырып жатырсыз. Жоғарыдағы сұраққа жауап беріңіз немесе оны болдырмау үшін /cancel жіберіңіз.
nothing-to-cancel = Болдырмайтын ештеңе жоқ.
step-progress = { $total } қадамның { $position }-қадамы
form-in-progress = Сіз хабарламаны толтырып жатырсыз ({ $total } қадамның { $position }-қадамы). Төмендегі сұраққа жауап беріңіз немесе оны болдырмау үшін /cancel жіберіңіз.
summary-in-progress = Хабарламаңыз жіберуге дайын. Оны төменнен тексеріңіз немесе болдырмау үшін /cancel жіберіңіз.
welcome-back = Қайта оралуыңызбен. Сіз хабарламаны толтырып жатқансыз: { $total } қадамның { $position }-қадамы. Жауаптарыңыз сақталған.
report-cancelled = Хабарлама болдырылмады. Ештеңе сақталған жоқ.
btn-done = ✅ Дайын
btn-send-location = 📍 Орналасқан жерімді жіберу
skip-step = Өткізіп жіберу
skip-name = Айтқым келмейді
skip-unknown = Белгісіз
evidence-received = Қабылданды: { $count } файл. Тағы жіберіңіз немесе «Дайын» батырмасын басыңыз.

## Хабарламалар: сұрақтар
q-role = Бұл жағдайда сіз кімсіз?
q-subject = Хабарлама кім туралы?
q-name = Адамның аты немесе қысқа сипаттамасы (мысалы, «қызыл күрте киген жігіт»). Мұны өткізіп жіберуге болады.
q-age = Адам неше жаста?
q-journalist = Бұл адам журналист пе?
q-groupSize = Шамамен қанша адам?
q-groupMinors = Олардың арасында 18 жасқа толмағандар бар ма?
q-groupJournalists = Олардың арасында журналистер бар ма?
q-when = Бұл қашан болды?
q-whenExact = Күні мен уақытын КК.АА.ЖЖЖЖ СС:ММ түрінде жазыңыз, мысалы 16.12.2026 14:30 (Қазақстан уақыты).
q-place = Бұл қай жерде болды? Төмендегі батырмамен орналасқан жерді жіберіңіз немесе орынды жазыңыз (көше, бағдар). Мұны өткізіп жіберуге болады.
q-region = Қай облыс немесе қала?
q-authority = Адамды кім ұстады?
q-takenTo = Адамды қайда апарды (полиция бөлімі, мекенжай)? Ешкім білмесе, «Белгісіз» батырмасын басыңыз.
q-toldReason = Адамға ұстау себебін айтты ма?
q-protocol = Ұстау хаттамасы жасалды ма?
q-lawyer = Адам адвокат сұрады ма?
q-relatives = Туыстарына адамның қай жерде екенін хабарлады ма?
q-alsoIll = Күш қолдану немесе басқа қатыгез қарым-қатынас болды ма?
q-illKinds = Не болды? Сәйкес келетіннің бәрін белгілеңіз, содан кейін «Дайын» батырмасын басыңыз.
q-injuries = Көрінетін жарақаттар бар ма?
q-medical = Медициналық көмек?
q-medicalBy = Медициналық көмекті кім көрсетті?
q-illBy = Мұны кім жасады?
q-lifeThreat = Біреу қайтыс болды ма немесе біреудің өміріне қауіп төнді ме?
q-alsoDetained = Адам ұсталды ма?
q-account = Өз сөзіңізбен: не болды? { $max } таңбаға дейін. Мұны өткізіп жіберуге болады.
q-evidence = Фото, бейне, дауыстық хабарлама немесе құжат болса, жіберіңіз. Аяқтағанда немесе ештеңе болмаса, «Дайын» батырмасын басыңыз.
q-contact = Одақ осы хабарлама бойынша сізбен осы бот арқылы байланыса ала ма? Олар сіздің кім екеніңізді білмейді.

## Хабарламалар: жауап нұсқалары
opt-role-self = Мені ұстады немесе маған қатыгездік көрсетті
opt-role-witness = Куә
opt-role-relative = Туысы
opt-role-monitor = Бақылаушы
opt-role-journalist = Журналист
opt-role-lawyer = Адвокат
opt-subject-person = Бір адам
opt-subject-group = Бір топ адам
opt-age-minor = 18-ге толмаған
opt-age-18-29 = 18–29
opt-age-30-49 = 30–49
opt-age-50-plus = 50 және одан үлкен
opt-age-unknown = Білмеймін
opt-ynu-yes = Иә
opt-ynu-no = Жоқ
opt-ynu-unknown = Білмеймін
opt-groupSize-2-5 = 2–5
opt-groupSize-6-20 = 6–20
opt-groupSize-21-100 = 21–100
opt-groupSize-100-plus = 100-ден көп
opt-groupSize-unknown = Білмеймін
opt-when-now = Қазір, соңғы бір сағатта
opt-when-today = Бүгін ертерек
opt-when-yesterday = Кеше
opt-when-exact = Күні мен уақытын жазамын
opt-when-earlier = Бұрын, нақты білмеймін
opt-authority-police = Полиция
opt-authority-national-guard = Ұлттық ұлан
opt-authority-special-forces = Арнайы жасақ
opt-authority-plain-clothes = Азаматтық киімдегі адамдар
opt-authority-unknown = Білмеймін
opt-protocol-copy-given = Иә, көшірмесі берілді
opt-protocol-no-copy = Иә, бірақ көшірмесі берілмеді
opt-protocol-none = Хаттама жоқ
opt-protocol-unknown = Білмеймін
opt-lawyer-not-asked = Жоқ
opt-lawyer-admitted = Иә, адвокатты жіберді
opt-lawyer-refused = Иә, бірақ бас тартты
opt-lawyer-unknown = Білмеймін
opt-illKinds-beating = Ұрып-соғу
opt-illKinds-threats = Қорқыту
opt-illKinds-deprivation = Су, тамақ немесе дәретхана бермеу
opt-illKinds-stress-positions = Ұзақ тұрғызу немесе тізерлетіп қою
opt-illKinds-kettling = Сағаттап қоршауда ұстау
opt-illKinds-sexual-violence = Жыныстық зорлық-зомбылық
opt-illKinds-other = Басқа
opt-medical-needed-not-given = Қажет болды, бірақ көрсетілмеді
opt-medical-given = Көрсетілді
opt-medical-not-needed = Қажет емес
opt-medical-unknown = Білмеймін
opt-medicalBy-ambulance = Жедел жәрдем
opt-medicalBy-custody-doctor = Адам ұсталған жердегі дәрігер
opt-medicalBy-hospital = Аурухана
opt-medicalBy-other = Басқа біреу
opt-medicalBy-unknown = Білмеймін
opt-lifeThreat-death = Адам қайтыс болды
opt-lifeThreat-life-threatening = Өмірге қауіпті жарақат
opt-lifeThreat-no = Жоқ
opt-lifeThreat-unknown = Білмеймін
opt-contact-bot = Иә, осы бот арқылы
opt-contact-none = Жоқ, менімен байланыспаңыз

## Хабарламалар: қорытынды
summary-title = Хабарламаңызды тексеріңіз
summary-none = —
summary-location = 📍 орналасқан жер жіберілді
summary-files = { $count }
summary-edit = ✏️ { $field }
summary-submit = ✅ Жіберу
summary-cancel = ✖️ Болдырмау
summary-outdated = Бұл қорытынды ескірген. Міне, қазіргісі.
field-role = Сіз
field-subject = Кім туралы
field-name = Аты
field-age = Жасы
field-journalist = Журналист
field-groupSize = Қанша адам
field-groupMinors = Арасында 18-ге толмағандар
field-groupJournalists = Арасында журналистер
field-when = Қашан
field-whenExact = Күні мен уақыты
field-place = Орны
field-region = Өңір
field-authority = Кім ұстады
field-takenTo = Қайда апарды
field-toldReason = Себебін айтты
field-protocol = Хаттама
field-lawyer = Адвокат
field-relatives = Туыстарына хабарланды
field-alsoIll = Қатыгез қарым-қатынас
field-illKinds = Не болды
field-injuries = Көрінетін жарақаттар
field-medical = Медициналық көмек
field-medicalBy = Кім көрсетті
field-illBy = Кім жасады
field-lifeThreat = Өмірге қауіп
field-alsoDetained = Ұсталды
field-account = Баяндау
field-evidence = Файлдар
field-contact = Сізбен байланысу

## Хабарламалар: жібергеннен кейін
submitted = Хабарламаңыз сақталды. Нөмірі: { $code }. Оны жазып алыңыз: оны адвокатқа беруге болады.
submitted-next-contact = Одақтың жауапты адамы оны жұмысқа алады. Сіз олардан осында хабар аласыз, ал олар сіздің кім екеніңізді білмейді.
submitted-next-none = Сіз байланыспауды таңдадыңыз. Одақ хабарлама бойынша әрекет етеді.
report-save-failed = Хабарламаңызды қазір сақтау мүмкін болмады. Жауаптарыңыз сақталған: бір минуттан кейін «Жіберу» батырмасын қайта басыңыз.
cleanup-offer = Телефоныңызды тексеруі мүмкін. Осы хабарламаға қатысты жазбаларды бұл чаттан қазір өшірейін бе? Жоғарыдағы нөмір де өшеді: алдымен оны жазып алыңыз.
btn-clean = 🧹 Өшіру
btn-keep = Қалдыру
cleanup-kept = Жазбалар қалады.
cleaned = ✓

## Хабарламалар: форма қабылдай алмайтын жауаптар
err-choose-button = Батырмалардың бірін таңдаңыз.
err-stale-button = Бұл батырма алдыңғы сұраққа қатысты. Міне, қазіргі сұрақ.
err-text-too-long = Тым ұзын: { $max } таңбадан аспауы керек. Қысқартыңыз.
err-need-text = Мәтінмен жауап беріңіз.
err-bad-date = Күнді оқи алмадым. Оны КК.АА.ЖЖЖЖ СС:ММ түрінде жазыңыз, мысалы 16.12.2026 14:30.
err-future-date = Бұл күн әлі келмеген. Тексеріңіз.
err-need-place = Батырмамен орналасқан жерді жіберіңіз немесе орынды жазыңыз.
err-need-media = Фото, бейне, дауыстық хабарлама, аудио немесе құжат жіберіңіз немесе «Дайын» батырмасын басыңыз.
err-unsupported-file = Мұндай файлды сақтай алмаймын. Фото, бейне, дауыстық хабарламалар, аудио, суреттер және PDF құжаттары жарайды.
err-sticker = Мұнда стикерлерді пайдалануға болмайды.
err-forwarded = Мұнда хабарламаларды қайта жібермеңіз: қайта жіберілген хабарлама оның қайдан келгенін көрсетуі мүмкін. Өз сөзіңізбен жазыңыз немесе файлды сақтап, жіберіңіз.
err-edited = Мен түзетулерді қабылдамаймын. Жауапты өзгерту үшін соңындағы қорытындыда ✏️ батырмасын басыңыз.
err-too-many-files = Бұл шек: { $max } файл. «Дайын» батырмасын басыңыз.

## Одақтың секторлары
sector-documentation = Құжаттау
sector-right-to-life = Өмір сүру құқығы
sector-torture = Азаптау және қатыгез қарым-қатынас
sector-lawyer = Адвокат
sector-right-to-call = Қоңырау шалу құқығы
sector-journalists = Журналистер және ақпарат
sector-coordinator = Үйлестіруші

## Сектор жауаптыларына ескертулер
alert-flag-lifeAtRisk = ӨМІРГЕ ҚАУІП
alert-flag-detainedNow = ҚАЗІР ҰСТАЛҒАН
alert-flag-minor = КӘМЕЛЕТКЕ ТОЛМАҒАН
alert-flag-injured = ЖАРАҚАТ
alert-flag-journalist = ЖУРНАЛИСТ
alert-placeholder = Жаңа хабарлама { $code }: толығырақ кейін.
alert-kind-detention = Ұстау
alert-kind-ill-treatment = Қатыгез қарым-қатынас
alert-kind-both = Ұстау және қатыгез қарым-қатынас
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
lead-not-allowed = Мұны тек осы хабарлама секторларының жауаптысы немесе үйлестіруші жасай алады.
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
outcome-lawyer-provided = Адвокат берілді
outcome-released = Адам босатылды
outcome-relatives-informed = Туыстарына хабарланды
outcome-complaint-filed = Шағым берілді
outcome-referred = Басқа ұйымға жіберілді
outcome-no-action = Ештеңе істеу мүмкін болмады
outcome-duplicate = Қайталанған хабарлама
outcome-handed-over = Басқа секторға тапсырылды

## Хабарлама авторы не естиді
reporter-taken = Одақтың жауапты адамы ({ $sectors }) сіздің { $code } хабарламаңызды жұмысқа алды.
reporter-closed = Сіздің { $code } хабарламаңыз жабылды: { $outcome }. Рақмет.
reporter-question = Одақтан сіздің { $code } хабарламаңыз бойынша сұрақ. Жауап беру үшін осы хабарламаға жауап жазыңыз; олар сіздің кім екеніңізді білмейді.
reporter-answer-placeholder = Жауабыңыз
reporter-answer-sent = Жауабыңыз жеткізілді.

## Істер және кезекшілік
cases-not-lead = Бұл одақтың сектор жауаптыларына арналған.
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
admin-only = Бұл одақ әкімшілеріне арналған.
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
lead-removed = Сіз енді одақ ботының жауаптысы емессіз.
lead-removed-admin = Алып тасталды: { $who }.
