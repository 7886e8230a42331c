// Normalises each indicator against the county, weighs, ranks with documented tie-breaks, marks 表彰/通报批评.
import { type AssessmentConfig, bandOf, INDICATOR_IDS, INDICATOR_LABELS, type IndicatorId } from './config';
import type { QualitativeScore } from './county-data';
import { type MeasuredPart, round } from './indicators/measure';
import { markCounts, passMark } from './mark-counts';

export interface ScoredPart extends MeasuredPart {
  /** 0–100: the value relative to the best township of the county. */
  score: number;
}

export interface IndicatorResult {
  id: IndicatorId;
  label: string;
  weight: number;
  /** Mean of the parts' scores, 0–100. */
  score: number;
  /** score × weight ÷ 100: the points it adds to the quantitative score. */
  points: number;
  parts: ScoredPart[];
}

export type Mark = 'reward' | 'criticism' | null;

export interface TownshipResult {
  township: string;
  rank: number;
  band: string;
  mark: Mark;
  indicators: IndicatorResult[];
  /** Σ points, 0–100. */
  quantitative: number;
  qualitative: { score: number; bonus: number; penalty: number; remarks: string | null; entered: boolean };
  total: number;
  change: { rank: number | null; total: number | null };
}

export interface PreviousResult {
  year: number;
  townships: { township: string; rank: number; total: number }[];
}

/** Value relative to the county's best for one part of one indicator. */
const relative = (value: number, best: number): number => (best > 0 ? round((100 * value) / best) : 0);

export function rankTownships(
  measured: ReadonlyMap<string, Record<IndicatorId, MeasuredPart[]>>,
  qualitative: readonly QualitativeScore[],
  config: AssessmentConfig,
  previous: PreviousResult | null,
): TownshipResult[] {
  const names = [...measured.keys()];
  // The county's best value of each part, computed once (the what-if search re-ranks thousands of times).
  const bests = new Map(
    INDICATOR_IDS.map((id) => [
      id,
      (measured.get(names[0]!)?.[id] ?? []).map((_, i) =>
        Math.max(0, ...names.map((n) => measured.get(n)![id][i]!.value)),
      ),
    ]),
  );
  const best = (id: IndicatorId, i: number) => bests.get(id)![i]!;
  const results = names.map((township): Omit<TownshipResult, 'rank' | 'mark' | 'change'> => {
    const indicators = INDICATOR_IDS.map((id): IndicatorResult => {
      const parts = measured
        .get(township)!
        [id].map((p, i) => ({ ...p, score: relative(p.value, best(id, i)) }));
      const score = round(parts.reduce((s, p) => s + p.score, 0) / parts.length);
      const weight = config.weights[id];
      return { id, label: INDICATOR_LABELS[id], weight, score, points: round((score * weight) / 100), parts };
    });
    const quantitative = round(indicators.reduce((s, i) => s + i.points, 0));
    const q = qualitative.find((s) => s.township === township);
    const qual = {
      score: q ? Math.min(100, Math.max(0, q.score)) : 0,
      bonus: q?.bonus ?? 0,
      penalty: q?.penalty ?? 0,
      remarks: q?.remarks ?? null,
      entered: Boolean(q),
    };
    const share = config.quantitativeShare;
    const total = round(
      Math.max(0, share * quantitative + (1 - share) * qual.score + qual.bonus - qual.penalty),
    );
    return { township, band: bandOf(config, total), indicators, quantitative, qualitative: qual, total };
  });
  const score = (r: (typeof results)[number], id: IndicatorId) =>
    r.indicators.find((i) => i.id === id)!.score;
  results.sort(
    (a, b) =>
      b.total - a.total ||
      b.quantitative - a.quantitative ||
      config.tieBreak.reduce((d, id) => d || score(b, id) - score(a, id), 0) ||
      a.township.localeCompare(b.township, 'zh-CN'),
  );
  // Until every township has its 定性考评 the ranking is provisional: a missing entry scores 0 and would mark
  // a township for 通报批评 on the county's own gap, so no township is marked.
  const provisional = results.some((r) => !r.qualitative.entered);
  const marks = markCounts(results.length, config);
  const pass = passMark(config);
  return results.map((r, index) => {
    const rank = index + 1;
    const fromBottom = results.length - index;
    const mark: Mark = provisional
      ? null
      : rank <= marks.rewards && r.total >= pass
        ? 'reward'
        : fromBottom <= marks.criticisms
          ? 'criticism'
          : null;
    const before = previous?.townships.find((p) => p.township === r.township);
    const change = before
      ? { rank: before.rank - rank, total: round(r.total - before.total) }
      : { rank: null, total: null };
    return { ...r, rank, mark, change };
  });
}

/** Why a ranking is provisional (暂定): the townships whose 定性考评 is not entered; null when it is final. */
export function provisionalRanking(
  ranking: readonly Pick<TownshipResult, 'township' | 'qualitative'>[],
): ProvisionalRanking | null {
  const missing = ranking.filter((r) => !r.qualitative.entered).map((r) => r.township);
  return missing.length
    ? {
        missingQualitative: missing,
        reason: `以下乡镇尚未录入本年度定性考评：${missing.join('、')}。排名为暂定，表彰和通报批评暂不确定，请县委组织部在「定性考评」中录入后重新考评`,
      }
    : null;
}

export interface ProvisionalRanking {
  missingQualitative: string[];
  /** The sentence the 考评排名 tab shows. */
  reason: string;
}

/** The ranking in brief: who is where, with what total, band and mark. */
export const rankingSummary = (ranking: readonly TownshipResult[]) =>
  ranking.map(({ township, rank, total, band, mark }) => ({ township, rank, total, band, mark }));
