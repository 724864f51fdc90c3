## /help: the commands of the alliance's people (shown to them only)
help-alliance-title = For the alliance:
help-alliance-cases = /cases — open cases of your sectors and region
help-alliance-duty = /offduty, /onduty — pause and resume alerts to this chat
help-alliance-stats = /stats — statistics for a period, with a chart
help-alliance-export = /export — reports of a period as a file (CSV, JSON)
help-alliance-invite = /invite — invite a lead
help-alliance-leads = /leads — the leads
help-alliance-audit = /audit CODE — who did what on a case; /audit exports — the record of exports
