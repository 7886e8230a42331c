// 初始化台账: asks `ingest` once (an empty push) for the lists of tabs fed from the county, so dropdowns start full.
import type { AnyLedger } from '../../../functions/src/core/ledgers';
import { choiceFieldsOf } from '../../../functions/src/ingest/choice-fields';
import { applyChoices } from './choices';
import { type Config, ledgersOf } from './config';
import { ingestBody, postIngest } from './ingest-client';
import type { Services } from './ports';
import { readLayout } from './read-tab';

/** Ledgers of `here` with a column listing a tab kept in another spreadsheet (培训申报 ← the county's 培训菜单). */
const fedFromElsewhere = (here: readonly AnyLedger[]): AnyLedger[] =>
  here.filter((ledger) => choiceFieldsOf(ledger).some((c) => !here.some((l) => l.id === c.ledgerId)));

/** Quiet on failure: a toast, and the next push of the tab brings the list anyway. */
export function askChoices(s: Services, config: Config): void {
  for (const ledger of fedFromElsewhere(ledgersOf(config))) {
    const sheet = s.spreadsheet.sheet(ledger.tab);
    const layout = sheet ? readLayout(sheet, ledger) : null;
    if (!sheet || !layout?.ok) continue;
    const body = ingestBody(config, s.spreadsheet.id(), ledger, layout.value.headers, [], null);
    const outcome = postIngest(s, `${config.baseUrl}/ingest`, body);
    const notify = (message: string) => s.spreadsheet.toast(message, `「${ledger.tab}」的下拉列表`);
    if (outcome.kind === 'ok')
      applyChoices(s.state, sheet, layout.value, ledger.id, outcome.answer.choices, { notify });
    else
      s.spreadsheet.toast(
        `${outcome.message}\n本表下次同步（或全量同步、每晚的自动同步）时会再取得。`,
        `「${ledger.tab}」的下拉列表暂未取得`,
      );
  }
}
