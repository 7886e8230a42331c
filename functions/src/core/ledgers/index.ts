// The one definition of every ledger, imported by functions, Apps Script, Excel adapter, templates and tests.
import { basesLedger } from './bases';
import { qualitativeScoresLedger, townshipSettingsLedger } from './county-tabs';
import type { LedgerDef } from './define-ledger';
import { liaisonPointsLedger, supervisionVisitsLedger } from './liaison';
import { membersLedger } from './members';
import { mentoringLogsLedger } from './mentoring-logs';
import { pairsLedger } from './pairs';
import { talentsLedger } from './talents';
import { trainingMenuLedger, trainingRequestsLedger } from './training-requests';
import { trainingsLedger } from './trainings';

export * from './bases';
export * from './county-tabs';
export * from './define-ledger';
export * from './enumerations';
export * from './field';
export * from './liaison';
export * from './members';
export * from './mentoring-logs';
export * from './pairs';
export * from './special-columns';
export * from './talents';
export * from './training-requests';
export * from './trainings';

/** Tabs of a township spreadsheet, in template order. */
export const TOWNSHIP_LEDGERS = [
  talentsLedger,
  membersLedger,
  pairsLedger,
  mentoringLogsLedger,
  trainingRequestsLedger,
  trainingsLedger,
  basesLedger,
] as const;
/** Tabs the county enters in its own spreadsheet. */
export const COUNTY_LEDGERS = [
  townshipSettingsLedger,
  qualitativeScoresLedger,
  trainingMenuLedger,
  liaisonPointsLedger,
  supervisionVisitsLedger,
] as const;
export const ALL_LEDGERS = [...TOWNSHIP_LEDGERS, ...COUNTY_LEDGERS] as const;

export type AnyLedger = (typeof ALL_LEDGERS)[number];
export type LedgerId = AnyLedger['id'];
export type TownshipLedgerId = (typeof TOWNSHIP_LEDGERS)[number]['id'];

const byId = new Map<string, AnyLedger>(ALL_LEDGERS.map((l) => [l.id, l]));
const byTab = new Map<string, AnyLedger>(ALL_LEDGERS.map((l) => [l.tab, l]));

export const ledgerById = (id: string): AnyLedger | undefined => byId.get(id);
export const ledgerByTab = (tab: string): AnyLedger | undefined => byTab.get(tab.trim());
export const isLedgerId = (id: string): id is LedgerId => byId.has(id);
export type { LedgerDef };
