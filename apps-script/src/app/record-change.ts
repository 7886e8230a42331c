// The on-change trigger's part: a removed row means a deletion sync (liveKeys) of the tab it left.
import { ledgerOfTab, ledgersOf, loadConfig } from './config';
import { appendInbox } from './inbox';
import type { Services } from './ports';

/**
 * Returns true when a deletion sync was recorded. The event does not say which tab lost rows: the active tab
 * is meant, or every tab when the active one is not a ledger. Inserted rows are blank: nothing to send.
 */
export function recordChange(s: Services, changeType: string): boolean {
  if (changeType !== 'REMOVE_ROW') return false;
  const config = loadConfig(s.settings);
  if (!config) return false;
  const active = s.spreadsheet.activeSheetName();
  const ledger = active ? ledgerOfTab(config, active) : null;
  for (const l of ledger ? [ledger] : ledgersOf(config)) {
    appendInbox(s.state, s.uuid(), { ledger: l.id, keys: [], rows: [], deletions: true });
  }
  return true;
}
