## /help: Альянс адамдарының командалары (тек оларға көрсетіледі)
help-alliance-title = Альянс үшін:
help-alliance-cases = /cases — сіздің секторларыңыз бен өңіріңіздің ашық істері
help-alliance-duty = /offduty, /onduty — осы чаттағы хабарландыруларды тоқтату және қайта қосу
help-alliance-stats = /stats — кезең бойынша статистика, графигімен
help-alliance-export = /export — кезеңдегі хабарламаларды файлмен алу (CSV, JSON)
help-alliance-invite = /invite — жауаптыны шақыру
help-alliance-leads = /leads — жауаптылар
help-alliance-audit = /audit КОД — іс бойынша кім не істеді; /audit exports — экспорт журналы
