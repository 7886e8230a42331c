// The record fields the assessment reads, per township ledger (declared in each ledger's folder) — so a store
// can fetch only these from each row.
import { type FieldKeyOf, REGISTRY, type TownshipLedger } from '../ledgers';

type AssessedFields = { [L in TownshipLedger as L['id']]: readonly FieldKeyOf<L>[] };

/** Typed by ledger: each module's `assessed` is checked against its own fields where it is declared. */
export const ASSESSED_FIELDS = REGISTRY.assessedFields() as AssessedFields;
