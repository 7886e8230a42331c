// 初始化台账: creates every missing tab of this spreadsheet's mode; existing tabs are left as they are.
import { askChoices } from './ask-choices';
import { forgetChoices } from './choices';
import { ledgersOf, loadConfig, NOT_CONFIGURED } from './config';
import type { Services } from './ports';
import { readLayout } from './read-tab';
import { templateOf } from './template';

export function initializeTabs(s: Services): string {
  const config = loadConfig(s.settings);
  if (!config) return NOT_CONFIGURED;
  const created: string[] = [];
  const kept: string[] = [];
  const problems: string[] = [];
  for (const ledger of ledgersOf(config)) {
    const sheet = s.spreadsheet.sheet(ledger.tab);
    if (!sheet) {
      s.spreadsheet.createTab(templateOf(ledger));
      forgetChoices(s.state, ledger);
      created.push(ledger.tab);
      continue;
    }
    const layout = readLayout(sheet, ledger);
    if (layout.ok) kept.push(ledger.tab);
    else problems.push(layout.message);
  }
  askChoices(s, config);
  return [
    created.length ? `已创建：${created.join('、')}` : '',
    kept.length ? `已存在（未改动）：${kept.join('、')}` : '',
    ...problems,
  ]
    .filter(Boolean)
    .join('\n');
}
