// 帮带责任卡: the duties each pair commits to (2+1 学习、思想、作风、生活; 1+1 技术、项目) and the 成效 of finished pairs.
import { PAIR_DUTIES } from '../../functions/src/core/ledgers';
import type { GenerationContext } from './context';
import type { Pair, TownshipModel } from './model';

/** Share of 2+1 cards listing only some of the four duties (the 帮带职责 rule warns about them). */
export const PARTIAL_DUTIES_SHARE = 0.02;
/** Share of 已完成 pairs whose 成效 the clerk has not written yet (the 成效 rule warns about them). */
export const MISSING_OUTCOME_SHARE = 0.03;

const SEPARATORS = [
  ['、', 85],
  ['，', 10],
  [' ', 5],
] as const;

function dutiesOf(ctx: GenerationContext, pair: Pair, partial: boolean): string {
  const { random } = ctx;
  const all: readonly string[] = PAIR_DUTIES[pair.type];
  const keep = partial ? random.indices(all.length, random.int(1, all.length - 1)) : null;
  return all.filter((_, i) => !keep || keep.has(i)).join(random.weighted(SEPARATORS));
}

function outcomeOf(ctx: GenerationContext, pair: Pair, missing: boolean): string | null {
  const { random } = ctx;
  if (missing) return null;
  if (pair.status !== '已完成' || pair.type === '2+1') return pair.outcome;
  return random.weighted([
    [pair.outcome, 50],
    [`${pair.outcome}，户年增收约${random.int(5, 40) / 10}万元`, 30],
    [`${pair.outcome}，带动周边${random.int(2, 12)}户发展`, 20],
  ] as const);
}

/** `share` of `pairs` (at least one), chosen at random. */
function some(ctx: GenerationContext, pairs: readonly Pair[], share: number): Set<Pair> {
  const chosen = ctx.random.indices(pairs.length, Math.max(1, Math.round(pairs.length * share)));
  return new Set(pairs.filter((_, i) => chosen.has(i)));
}

/** Writes every pair's 帮带职责 and settles the 成效 of finished ones. */
export function fillResponsibilityCards(ctx: GenerationContext, townships: readonly TownshipModel[]) {
  const pairs = townships.flatMap((t) => t.pairs);
  const partial = some(
    ctx,
    pairs.filter((p) => p.type === '2+1'),
    PARTIAL_DUTIES_SHARE,
  );
  const unwritten = some(
    ctx,
    pairs.filter((p) => p.status === '已完成'),
    MISSING_OUTCOME_SHARE,
  );
  for (const pair of pairs) {
    pair.duties = dutiesOf(ctx, pair, partial.has(pair));
    pair.outcome = outcomeOf(ctx, pair, unwritten.has(pair));
  }
}
