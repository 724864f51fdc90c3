# Қазақша. Бұл файлдың әр кілті en/ және ru/ қалталарындағы аттас файлда да болуы керек; мұны `npm test` тексереді.
# Ұстап алу сағаты (issue 10 §6): адам қанша уақыт ұсталып отыр, жетекшінің белгісі, еске салулар.
# Тек ҚПК-нің 48 сағатын (131-бап, құқықтық анықтамада S деңгейі) айтуға болады; басқа мерзімдерді айтпаңыз.

clock-held = ⏱ { $duration } бойы ұсталып отыр ({ $since } бастап, Алматы уақыты)
clock-held-approx = ⏱ Шамамен { $duration } бойы ұсталып отыр (шамамен { $since } бастап, Алматы уақыты)
clock-duration = { $hours } сағ { $minutes } мин
clock-past-limit = ⚠️ 48 сағаттан асты. Қылмыстық іс бойынша ҚПК (131-бап) сот санкциясынсыз 48 сағат ұстауға рұқсат етеді: сот ұстап алуға санкция берді ме, тексеріңіз.
clock-past-limit-short = ⚠️ 48 сағаттан асты (ҚПК 131-бап)
clock-held-short = ⏱ { $duration } ұсталып отыр
clock-held-short-approx = ⏱ шамамен { $duration } ұсталып отыр
clock-mark = Белгі: { $mark }
custody-mark-held = әлі ұсталып отыр
custody-mark-released = босатылды
custody-mark-unknown = белгісіз
custody-button-held = 🔒 Әлі ұсталып отыр
custody-button-released = 🔓 Босатылды
custody-button-unknown = ❔ Белгісіз
custody-marked = Белгіленді: { $mark }.
custody-marked-note = { $code }: «{ $mark }» деп белгіленді.
custody-reminder = ⏱ { $code }: ұсталған адам «әлі ұсталып отыр» деп белгіленген. Солай ма? Төменде белгіні жаңартыңыз.
audit-marked-custody = ұсталған адамды белгіледі: { $mark }
