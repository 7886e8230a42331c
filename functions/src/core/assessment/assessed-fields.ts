// The record fields the assessment reads, per township ledger (declared in each ledger's folder) — so a store
// can fetch only these from each row.
import { type FieldKeyOf, REGISTRY, type TownshipLedger, type TownshipLedgerId } from '../ledgers';

type AssessedFields = { [L in TownshipLedger as L['id']]: readonly FieldKeyOf<L>[] };

const assessed: Partial<Record<TownshipLedgerId, readonly string[]>> = {};
for (const { ledger, assessed: fields } of REGISTRY.modules) {
  if (ledger.scope === 'township') assessed[ledger.id] = fields ?? [];
}

export const ASSESSED_FIELDS = assessed as AssessedFields;
