// Stability of the marks: do the townships marked 表彰 and 通报批评 stay the same when any one weight moves by
// ±5 points (the others rescaled in proportion, so the weights still add up to 100)? Checked before publishing.
import { type AssessmentConfig, INDICATOR_IDS, INDICATOR_LABELS, type IndicatorId } from './config';
import type { QualitativeScore } from './county-data';
import { markCounts } from './mark-counts';
import { rankTownships, type TownshipResult } from './rank-townships';
import type { MeasuredTownship } from './what-if-figures';

export const WEIGHT_STEP = 5;

type MarkKind = 'reward' | 'criticism';
const MARK_WORDS: Record<MarkKind, string> = { reward: '表彰', criticism: '通报批评' };

/** One weight moved: the townships that lose a mark and those that take it, in rank order. */
export interface WeightShift {
  indicator: IndicatorId;
  delta: number;
  weights: Record<IndicatorId, number>;
  lost: { mark: MarkKind; township: string }[];
  gained: { mark: MarkKind; township: string }[];
}

export interface WeightStability {
  /** False when the ranking is provisional or too small to mark anyone: nothing was checked. */
  checked: boolean;
  stable: boolean;
  /** Only the shifts that change a mark. */
  shifts: WeightShift[];
  /** What the 考评排名 tab and the documents say, one sentence each. */
  lines: string[];
}

/** The weights with `id` moved by `delta` and the others scaled to keep the sum 100; null if impossible. */
export function shiftedWeights(
  weights: Record<IndicatorId, number>,
  id: IndicatorId,
  delta: number,
): Record<IndicatorId, number> | null {
  const moved = weights[id] + delta;
  const others = 100 - weights[id];
  if (moved < 0 || moved > 100 || others <= 0) return null;
  const factor = (100 - moved) / others;
  return Object.fromEntries(INDICATOR_IDS.map((i) => [i, i === id ? moved : weights[i] * factor])) as Record<
    IndicatorId,
    number
  >;
}

const marked = (ranking: readonly TownshipResult[], mark: MarkKind) =>
  ranking.filter((t) => t.mark === mark).map((t) => t.township);

const sign = (delta: number) => (delta > 0 ? `+${delta}` : `−${-delta}`);

/** One sentence per township whose mark depends on a weight, in the order the shifts were tried. */
function linesOf(shifts: readonly WeightShift[]): string[] {
  const byTownship = new Map<string, { mark: MarkKind; parts: string[] }>();
  const add = (township: string, mark: MarkKind, part: string) => {
    const entry = byTownship.get(`${mark}:${township}`) ?? { mark, parts: [] };
    entry.parts.push(part);
    byTownship.set(`${mark}:${township}`, entry);
  };
  for (const s of shifts) {
    const when = `${INDICATOR_LABELS[s.indicator]}权重${sign(s.delta)}分时`;
    for (const mark of ['criticism', 'reward'] as const) {
      const lost = s.lost.filter((l) => l.mark === mark).map((l) => l.township);
      const gained = s.gained.filter((g) => g.mark === mark).map((g) => g.township);
      for (const [i, t] of lost.entries())
        add(t, mark, gained[i] ? `${when}由${gained[i]}替代` : `${when}不再${MARK_WORDS[mark]}（名额空缺）`);
      for (const t of gained.slice(lost.length)) add(t, mark, `${when}也将${MARK_WORDS[mark]}`);
    }
  }
  return [...byTownship.entries()].map(
    ([key, { mark, parts }]) =>
      `${key.slice(key.indexOf(':') + 1)}的${MARK_WORDS[mark]}取决于权重：${parts.join('；')}`,
  );
}

export function weightStability(
  measured: ReadonlyMap<string, MeasuredTownship>,
  qualitative: readonly QualitativeScore[],
  config: AssessmentConfig,
  ranking: readonly TownshipResult[],
): WeightStability {
  if (ranking.some((t) => !t.qualitative.entered))
    return {
      checked: false,
      stable: false,
      shifts: [],
      lines: ['暂定排名，尚未检查名次稳定性：定性考评录齐后重新考评时检查'],
    };
  const counts = markCounts(ranking.length, config);
  if (counts.rewards + counts.criticisms === 0)
    return { checked: false, stable: true, shifts: [], lines: ['参加排名的乡镇不足3个，不设表彰和通报批评'] };
  const shifts: WeightShift[] = [];
  for (const indicator of INDICATOR_IDS) {
    for (const delta of [WEIGHT_STEP, -WEIGHT_STEP]) {
      const weights = shiftedWeights(config.weights, indicator, delta);
      if (!weights) continue;
      const after = rankTownships(measured, qualitative, { ...config, weights }, null);
      const lost: WeightShift['lost'] = [];
      const gained: WeightShift['gained'] = [];
      for (const mark of ['reward', 'criticism'] as const) {
        const before = marked(ranking, mark);
        const now = marked(after, mark);
        lost.push(...before.filter((t) => !now.includes(t)).map((township) => ({ mark, township })));
        gained.push(...now.filter((t) => !before.includes(t)).map((township) => ({ mark, township })));
      }
      if (lost.length || gained.length) shifts.push({ indicator, delta, weights, lost, gained });
    }
  }
  return shifts.length
    ? {
        checked: true,
        stable: false,
        shifts,
        lines: ['名次不稳定（任一权重±5分时，以下表彰或通报批评会改变）', ...linesOf(shifts)],
      }
    : { checked: true, stable: true, shifts, lines: ['名次稳定（任一权重±5分，表彰与通报批评名单不变）'] };
}
