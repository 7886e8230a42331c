// A way out: for each township, the smallest single change to its own ledgers that takes it out of 通报批评
// (or, for one not criticised, into 表彰) — every candidate re-scored against the whole county, since a
// change to one township's figures can move the county's best and so everyone's scores.
import type { AssessmentConfig, IndicatorId } from './config';
import type { QualitativeScore } from './county-data';
import { markCounts } from './mark-counts';
import { rankTownships, type TownshipResult } from './rank-townships';
import { figuresOf, type MeasuredTownship, partsOf, type TownshipFigures } from './what-if-figures';
import { type Headroom, LEVERS, type Lever } from './what-if-levers';

export type WhatIfGoal = 'leaveCriticism' | 'reward';

/** One change that works on its own: how much, in ledger terms, and where it would take the township. */
export interface WhatIfChange {
  lever: string;
  indicator: IndicatorId;
  amount: number;
  /** `再发展3名乡土人才党员` */
  text: string;
  /** The township's rank and total after the change, everything else as it is. */
  rank: number;
  total: number;
}

export interface TownshipWhatIf {
  township: string;
  goal: WhatIfGoal;
  /** The changes that work, smallest amount first; empty when no single change suffices. */
  changes: WhatIfChange[];
}

export interface WhatIfInput {
  measured: ReadonlyMap<string, MeasuredTownship>;
  qualitative: readonly QualitativeScore[];
  config: AssessmentConfig;
  ranking: readonly TownshipResult[];
  headroom: ReadonlyMap<string, Headroom>;
  /** The levers to try (default: all of `LEVERS`). */
  levers?: readonly Lever[];
}

const FIGURE_KEYS = [
  'admitted',
  'target',
  'covered',
  'people',
  'classes',
  'trainees',
  'members',
  'answering',
  'skilled',
  'young',
  'educated',
  'bases',
  'households',
  'clean',
  'rows',
] as const satisfies readonly (keyof TownshipFigures)[];

function bestFigures(all: readonly TownshipFigures[]): TownshipFigures {
  const best = {} as TownshipFigures;
  for (const key of FIGURE_KEYS) best[key] = Math.max(0, ...all.map((f) => f[key]));
  return best;
}

/** A lever that is not monotone is tried one unit at a time, up to this many units. */
export const SCAN_LIMIT = 30;

/** The smallest n in 1..limit for which `works` holds (1..SCAN_LIMIT when not monotone), or null. */
export function smallestAmount(
  limit: number,
  monotone: boolean,
  works: (n: number) => boolean,
): number | null {
  if (limit < 1) return null;
  if (!monotone) {
    for (let n = 1; n <= Math.min(limit, SCAN_LIMIT); n++) if (works(n)) return n;
    return null;
  }
  if (!works(limit)) return null;
  let low = 1;
  let high = limit;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (works(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
}

function townshipWhatIf(input: WhatIfInput, township: TownshipResult, best: TownshipFigures): TownshipWhatIf {
  const goal: WhatIfGoal = township.mark === 'criticism' ? 'leaveCriticism' : 'reward';
  const own = input.measured.get(township.township)!;
  const figures = figuresOf(own);
  const headroom = input.headroom.get(township.township) ?? { unloggedPairs: 0 };
  const outcome = (lever: Lever, n: number): TownshipResult => {
    const measured = new Map(input.measured);
    measured.set(township.township, partsOf(lever.apply(figures, n), own));
    return rankTownships(measured, input.qualitative, input.config, null).find(
      (t) => t.township === township.township,
    )!;
  };
  const reached = (t: TownshipResult) => (goal === 'reward' ? t.mark === 'reward' : t.mark !== 'criticism');
  const changes: WhatIfChange[] = [];
  for (const lever of input.levers ?? LEVERS) {
    const amount = smallestAmount(lever.limit(figures, headroom, best), lever.monotone, (n) =>
      reached(outcome(lever, n)),
    );
    if (amount === null) continue;
    const after = outcome(lever, amount);
    changes.push({
      lever: lever.id,
      indicator: lever.indicator,
      amount,
      text: lever.text(amount),
      rank: after.rank,
      total: after.total,
    });
  }
  changes.sort((a, b) => a.amount - b.amount);
  return { township: township.township, goal, changes };
}

/**
 * The way out for every ranked township not already marked 表彰, in rank order. Only for a final ranking:
 * while it is provisional no township is marked, so there is nothing to leave or reach (empty list).
 */
export function whatIfChanges(input: WhatIfInput): TownshipWhatIf[] {
  if (input.ranking.some((t) => !t.qualitative.entered)) return [];
  // The ranking reads no traces: re-score the county without them.
  const measured = new Map([...input.measured].map(([t, m]) => [t, partsOf(figuresOf(m), m)] as const));
  const best = bestFigures([...measured.values()].map(figuresOf));
  const marks = markCounts(input.ranking.length, input.config);
  return input.ranking
    .filter((t) => t.mark !== 'reward' && (t.mark === 'criticism' || marks.rewards > 0))
    .map((t) => townshipWhatIf({ ...input, measured }, t, best));
}
