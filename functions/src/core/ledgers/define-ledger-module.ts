// Everything a ledger brings, in one value: its definition, its row rules, the references its rows make,
// the facts its rows vouch for and the fields the assessment reads. The registry lists these modules and
// every list of ledgers (county data, assessed fields, push order, rule labels, indexes) is derived from it.
import type { FieldKeyOf, LedgerDef, LedgerRecord } from './define-ledger';
import type { PersonFacts, Reference } from './define-reference';
import type { RowRule } from './define-rule';

export interface LedgerModule<L extends LedgerDef = LedgerDef> {
  ledger: L;
  /** Row rules beside the shared ones (no future dates), in the order they report. */
  rules: readonly RowRule<LedgerRecord<L>>[];
  /** The rows of other ledgers this ledger's rows name; the push order follows them. */
  references: readonly Reference[];
  /** What a row of this ledger vouches for, read by other ledgers' references (a member's 党员类别). */
  facts?(record: Readonly<Partial<LedgerRecord<L>>>): PersonFacts;
  /** The fields `facts` reads: an error in one of them (or in the row's identity) makes the row vouch for nothing. */
  factsRead?: readonly FieldKeyOf<L>[];
  /** The record fields the assessment reads (township ledgers), so a store fetches only these. */
  assessed?: readonly FieldKeyOf<L>[];
}

export const defineLedgerModule = <const L extends LedgerDef>(module: LedgerModule<L>): LedgerModule<L> =>
  module;
