// The row rules of a ledger: the shared no-future-dates rule first, then the ledger's own (from its folder).
import type { LedgerDef } from '../../ledgers/define-ledger';
import type { RowRule } from '../../ledgers/define-rule';
import { REGISTRY } from '../../ledgers/registry';
import { noFutureDatesRule } from './future-dates';

const cache = new Map<string, readonly RowRule<Record<string, unknown>>[]>();

/** The rules of a ledger, the shared no-future-dates rule first. */
export function rulesFor(ledger: LedgerDef): readonly RowRule<Record<string, unknown>>[] {
  let rules = cache.get(ledger.id);
  if (!rules) {
    rules = [noFutureDatesRule(ledger), ...REGISTRY.rulesOf(ledger.id)];
    cache.set(ledger.id, rules);
  }
  return rules;
}

export * from '../../ledgers/define-rule';
