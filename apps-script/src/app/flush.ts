// One sync run under the script lock: take the recorded edits, push every tab with work, repeat while edits arrive.
import { type Config, ledgersOf, loadConfig } from './config';
import { flushTab } from './flush-tab';
import { drainInbox } from './inbox';
import type { Services } from './ports';
import {
  clearRetry,
  loadRetry,
  mayRetry,
  type RetryState,
  recordFailure,
  recordSuccess,
} from './retry-state';
import { hasWork, loadTabState, type TabState } from './tab-state';

/** `auto`: triggers, honours the back-off; `now`: 立即同步; `full`: 全量同步 and the nightly run. */
export type FlushMode = 'auto' | 'now' | 'full';

export interface FlushReport {
  skipped: 'unconfigured' | 'locked' | 'backoff' | null;
  requests: number;
  sent: number;
  errors: number;
  warnings: number;
  refused: { tab: string; message: string }[];
  /** Set when the server could not be reached: everything unconfirmed stays pending. */
  failure: RetryState | null;
}

/** Stop starting requests after 4½ minutes: Apps Script ends an execution at 6. */
export const RUN_BUDGET_MS = 270_000;
const MAX_PASSES = 10;

const report = (skipped: FlushReport['skipped'] = null): FlushReport => ({
  skipped,
  requests: 0,
  sent: 0,
  errors: 0,
  warnings: 0,
  refused: [],
  failure: null,
});

/** On the first pass 立即同步 and 全量同步 visit every tab, which also finds rows typed before any trigger. */
function wants(mode: FlushMode, pass: number, state: TabState): boolean {
  if (pass === 0 && mode !== 'auto') return true;
  return hasWork(state) && (!state.blocked || state.blocked.retry);
}

export function flush(s: Services, mode: FlushMode, lockWaitMs: number): FlushReport {
  const config: Config | null = loadConfig(s.settings);
  if (!config) return report('unconfigured');
  if (!s.lock.tryLock(lockWaitMs)) return report('locked');
  try {
    const started = s.now();
    drainInbox(s.state);
    if (mode === 'auto' && !mayRetry(loadRetry(s.state), started)) return report('backoff');
    const out = report();
    let answered = 0;
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      for (const ledger of ledgersOf(config)) {
        if (!wants(mode, pass, loadTabState(s.state, ledger.id))) continue;
        const tabMode = pass === 0 && mode === 'full' ? 'full' : 'pending';
        const r = flushTab(s, config, ledger, tabMode, started + RUN_BUDGET_MS);
        out.requests += r.requests;
        answered += r.answered;
        out.sent += r.sent;
        out.errors += r.errors;
        out.warnings += r.warnings;
        if (r.kind === 'refused') out.refused.push({ tab: ledger.tab, message: r.message ?? '' });
        if (r.kind === 'retry') {
          out.failure = recordFailure(s.state, s.now(), r.message ?? '');
          return out;
        }
      }
      if (s.now() > started + RUN_BUDGET_MS || drainInbox(s.state) === 0) break;
    }
    if (answered > 0) recordSuccess(s.state, s.now());
    else clearRetry(s.state);
    return out;
  } finally {
    s.lock.release();
  }
}
