// Pushes one tab: read it, key new rows, save what is pending, send it in batches of 500, show each answer.
import type { AnyLedger } from '../../../functions/src/core/ledgers';
import { applyChoices } from './choices';
import type { Config } from './config';
import { editedSinceDrain } from './inbox';
import { ingestBody, postIngest } from './ingest-client';
import type { TabLayout } from './layout';
import type { Services, SheetPort } from './ports';
import { prepareTab } from './prepare-tab';
import { readTab } from './read-tab';
import { chunk } from './runs';
import { showAnswer } from './show-results';
import { emptyTabState, loadTabState, saveTabState, type TabState } from './tab-state';
import { writeKeys } from './write-keys';

/** Rows per request (the server accepts up to 2,000; 500 keeps each request well inside its limits). */
export const BATCH_ROWS = 500;

export interface TabResult {
  kind: 'ok' | 'retry' | 'refused';
  requests: number;
  /** Requests the server answered with 200. */
  answered: number;
  sent: number;
  errors: number;
  warnings: number;
  message?: string;
}

export function flushTab(
  s: Services,
  config: Config,
  ledger: AnyLedger,
  mode: 'pending' | 'full',
  deadline: number,
): TabResult {
  const result: TabResult = { kind: 'ok', requests: 0, answered: 0, sent: 0, errors: 0, warnings: 0 };
  let state = loadTabState(s.state, ledger.id);
  const sheet = s.spreadsheet.sheet(ledger.tab);
  if (!sheet) {
    saveTabState(s.state, ledger.id, emptyTabState());
    return result;
  }
  const zone = s.spreadsheet.timeZone();
  const read = readTab(sheet, ledger, (d) => s.formatDate(d, zone, 'yyyy-MM-dd'));
  if (!read.ok) return refuse(s, ledger, state, null, result, 0, read.message);
  const { layout, rows } = read.value;
  const plan = prepareTab(rows, state, mode, () => s.uuid());
  // "Pending" is on record before any key is written or any request leaves.
  state = { ...state, keys: plan.pendingKeys, rows: [], all: false, deletions: plan.deletions };
  saveTabState(s.state, ledger.id, state);
  writeKeys(sheet, layout, plan);

  const batches = chunk(plan.send, BATCH_ROWS);
  if (!batches.length && plan.liveKeys) batches.push([]);
  const unconfirmed = new Set(plan.pendingKeys);
  for (const [i, batch] of batches.entries()) {
    if (s.now() > deadline) break; // the rest stays pending for the next run
    const last = i === batches.length - 1;
    const body = ingestBody(
      config,
      s.spreadsheet.id(),
      ledger,
      layout.headers,
      batch,
      last ? plan.liveKeys : null,
    );
    const outcome = postIngest(s, `${config.baseUrl}/ingest`, body);
    result.requests++;
    if (outcome.kind === 'retry') return { ...result, kind: 'retry', message: outcome.message };
    if (outcome.kind === 'refused')
      return refuse(s, ledger, state, { sheet, layout }, result, outcome.status, outcome.message);
    const { answer } = outcome;
    result.answered++;
    showAnswer(sheet, layout, answer, editedSinceDrain(s.state, ledger.id));
    applyChoices(s.state, sheet, layout, ledger.id, answer.choices, {
      force: mode === 'full',
      notify: (message) => s.spreadsheet.toast(message, `「${ledger.tab}」的下拉列表`),
    });
    for (const r of answer.rows) unconfirmed.delete(r.key);
    if (state.blocked) sheet.setNotes(1, layout.statusColumn, [['']]);
    state = {
      ...state,
      keys: [...unconfirmed],
      deletions: last && plan.liveKeys ? false : state.deletions,
      blocked: null,
    };
    saveTabState(s.state, ledger.id, state);
    result.sent += batch.length;
    result.errors += answer.rows.filter((r) => r.status === 'error').length;
    result.warnings += answer.rows.filter((r) => r.status === 'warning').length;
    if (answer.sheetWarnings?.length)
      s.spreadsheet.toast(answer.sheetWarnings.join('\n'), `「${ledger.tab}」`);
  }
  return result;
}

/** A refusal is said once: a toast now, a note on the 同步状态 header, and 查看同步情况 later. */
function refuse(
  s: Services,
  ledger: AnyLedger,
  state: TabState,
  where: { sheet: SheetPort; layout: TabLayout } | null,
  result: TabResult,
  status: number,
  message: string,
): TabResult {
  saveTabState(s.state, ledger.id, { ...state, blocked: { status, message, at: s.now(), retry: false } });
  s.spreadsheet.toast(`${message}\n修改本表后会自动重试。`, `「${ledger.tab}」未能同步`);
  where?.sheet.setNotes(1, where.layout.statusColumn, [[`未能同步：${message}`]]);
  return { ...result, kind: 'refused', message };
}
