## /help: команды для людей Альянса (показываются только им)
help-alliance-title = Для Альянса:
help-alliance-cases = /cases — открытые дела ваших секторов и региона
help-alliance-duty = /offduty, /onduty — приостановить и возобновить оповещения в этом чате
help-alliance-stats = /stats — статистика за период, с графиком
help-alliance-export = /export — выгрузка обращений за период (CSV, JSON)
help-alliance-invite = /invite — пригласить ответственного
help-alliance-leads = /leads — ответственные
help-alliance-audit = /audit КОД — кто что делал по делу; /audit exports — журнал выгрузок
