// The one list of ledgers. A new ledger is its folder plus one line here; everything that lists ledgers
// (templates, county data, assessed fields, push order, rule labels, indexes) is derived from this list.

import { bases } from './bases';
import type { LedgerRecord } from './define-ledger';
import { ledgerRegistry } from './ledger-registry';
import { liaisonPoints } from './liaison-points';
import { members } from './members';
import { mentoringLogs } from './mentoring-logs';
import { pairs } from './pairs';
import { qualitativeScores } from './qualitative-scores';
import { supervisionVisits } from './supervision-visits';
import { talents } from './talents';
import { townshipSettings } from './township-settings';
import { trainingMenu } from './training-menu';
import { trainingRequests } from './training-requests';
import { trainings } from './trainings';

/** Township tabs in template order, then the county's own tabs in template order. */
export const LEDGER_MODULES = [
  talents,
  members,
  pairs,
  mentoringLogs,
  trainingRequests,
  trainings,
  bases,
  townshipSettings,
  qualitativeScores,
  trainingMenu,
  liaisonPoints,
  supervisionVisits,
] as const;

export const REGISTRY = ledgerRegistry(LEDGER_MODULES);

export type AnyLedger = (typeof LEDGER_MODULES)[number]['ledger'];
export type LedgerId = AnyLedger['id'];
export type TownshipLedger = Extract<AnyLedger, { scope: 'township' }>;
export type CountyLedger = Extract<AnyLedger, { scope: 'county' }>;
export type TownshipLedgerId = TownshipLedger['id'];
/** The clean record of a ledger, by its id: `RecordById<'pairs'>` is `PairRecord`. */
export type RecordById<Id extends LedgerId> = LedgerRecord<Extract<AnyLedger, { id: Id }>>;

export const ALL_LEDGERS: readonly AnyLedger[] = REGISTRY.ledgers;
/** Tabs of a township spreadsheet, in template order. */
export const TOWNSHIP_LEDGERS: readonly TownshipLedger[] = ALL_LEDGERS.filter(
  (l): l is TownshipLedger => l.scope === 'township',
);
/** Tabs the county enters in its own spreadsheet. */
export const COUNTY_LEDGERS: readonly CountyLedger[] = ALL_LEDGERS.filter(
  (l): l is CountyLedger => l.scope === 'county',
);

const byId = new Map<string, AnyLedger>(ALL_LEDGERS.map((l) => [l.id, l]));
export const ledgerById = (id: string): AnyLedger | undefined => byId.get(id);

/** Per ledger, its Firestore collection and scope: what the deploy's field indexes are generated from. */
export const ledgerCollections = REGISTRY.collections;
/** Township ledgers in the order a county is pushed: each after the ledgers its references name. */
export const townshipPushPhases = (): string[][] => REGISTRY.pushPhases('township');
