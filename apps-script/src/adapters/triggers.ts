// TriggerPort over ScriptApp: installable triggers of this project for the current user.
import type { TriggerPort } from '../app/ports';

export function triggerPort(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): TriggerPort {
  return {
    handlers: () => ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction()),
    remove: (handler) => {
      for (const t of ScriptApp.getProjectTriggers())
        if (t.getHandlerFunction() === handler) ScriptApp.deleteTrigger(t);
    },
    install: (spec) => {
      const builder = ScriptApp.newTrigger(spec.handler);
      if (spec.kind === 'edit') builder.forSpreadsheet(ss).onEdit().create();
      else if (spec.kind === 'change') builder.forSpreadsheet(ss).onChange().create();
      else if (spec.kind === 'minutes') builder.timeBased().everyMinutes(spec.every).create();
      else if (spec.kind === 'daily')
        builder.timeBased().atHour(spec.hour).everyDays(1).inTimezone('Asia/Shanghai').create();
    },
  };
}
