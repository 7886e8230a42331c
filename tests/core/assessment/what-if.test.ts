// The way out of 通报批评, on the twelve-township county of what-if-county.ts (worked by hand below).
import { describe, expect, it } from 'vitest';
import { smallestAmount, whatIfChanges } from '../../../functions/src/core/assessment/what-if';
import { LEVERS } from '../../../functions/src/core/assessment/what-if-levers';
import {
  admittedTalent,
  allRows,
  assessLedgers,
  countyLedgers,
  fixedRequest,
  logFor,
  NAMES,
} from './what-if-county';

const ledgers = countyLedgers();
const rows = allRows(ledgers);
const result = assessLedgers(rows);
const brief = (township: string) =>
  result.whatIf
    .find((w) => w.township === township)!
    .changes.map((c) => [c.lever, c.amount, c.text, c.rank, c.total]);

describe('the county as assessed', () => {
  it('ranks the bottom three on 发展党员, 帮带覆盖 and 数据质量 alone', () => {
    // 河口乡: 5 of 12 admitted (best 12 of 12): 25 × 41.67% = 10.42; 7 of 16 met (best 14): 15 × 50% = 7.5;
    // 技能 15 and 结构 10 like everyone; 42 clean rows of 62: 10 × 67.74% = 6.77 → 49.69 → 0.7 × 49.69 + 24 = 58.78.
    // 石门乡 is alike but for 3 wrong rows (59 of 62: 9.52) → 52.44 → 60.71.
    expect(result.ranking.slice(8).map((t) => [t.rank, t.township, t.quantitative, t.total, t.mark])).toEqual(
      [
        [9, '石门乡', 52.44, 60.71, null],
        [10, '河口乡', 49.69, 58.78, 'criticism'],
        [11, '白沙镇', 47.34, 57.14, 'criticism'],
        [12, '青山乡', 46.05, 56.24, 'criticism'],
      ],
    );
  });
});

describe('whatIfChanges', () => {
  it('lists, smallest first, each single change that lifts 河口乡 out of the bottom three', () => {
    // +2 admitted (and their 2 rows): 25 × 7/12 = 14.58, 44 of 64 clean = 6.88 → 53.96 → 61.77 > 60.71.
    // A first class (or base) in a county with none is the county's best: 培训期数 scores 100 of the three parts
    // → 15 × 33.33% = 5 points → 54.69 → 62.33. 17 rows fixed: 59 of 62, tied with 石门乡 on every score,
    // and 河口乡 comes first by name (hé before shí).
    expect(brief('河口乡')).toEqual([
      ['classes', 1, '再举办1期培训班', 9, 62.33],
      ['bases', 1, '再建1个示范基地', 9, 62.33],
      ['admit', 2, '再发展2名乡土人才党员', 9, 61.77],
      ['logPairs', 3, '让3个未记录的结对补上今年的帮带记录', 9, 61.14],
      ['fixRows', 17, '纠正17行有错误的台账', 9, 60.71],
    ]);
    // 青山乡 has 16 rows it could fix and 5 pairs to log, but neither is enough on its own.
    expect(brief('青山乡')).toEqual([['admit', 4, '再发展4名乡土人才党员', 9, 62.11]]);
    expect(brief('白沙镇')).toEqual([
      ['admit', 3, '再发展3名乡土人才党员', 9, 61.53],
      ['logPairs', 5, '让5个未记录的结对补上今年的帮带记录', 9, 60.91],
    ]);
  });

  it('aims a township not criticised at 表彰, and says when no single change suffices', () => {
    const reward = result.whatIf.filter((w) => w.goal === 'reward');
    expect(reward.map((w) => [w.township, w.changes.map((c) => c.text)])).toEqual([
      ['长乐镇', ['再发展3名乡土人才党员']],
      ['龙潭镇', ['再发展3名乡土人才党员']],
      ['高桥镇', []],
      ['清水乡', ['再发展4名乡土人才党员']],
      ['金鸡乡', []],
      ['石门乡', []],
    ]);
    // The three marked 表彰 have nothing to reach.
    expect(result.whatIf.map((w) => w.township)).not.toContain('城关镇');
  });

  // The ranking's parts, the same 定性考评, and the headroom the fixture knows: 7 pairs of 河口乡 not met.
  const input = {
    measured: new Map(
      result.ranking.map((t) => [
        t.township,
        Object.fromEntries(t.indicators.map((i) => [i.id, i.parts])) as never,
      ]),
    ),
    qualitative: NAMES.map((township) => ({
      year: 2026,
      township,
      score: 80,
      bonus: null,
      penalty: null,
      remarks: null,
    })),
    config: result.config,
    ranking: result.ranking,
    headroom: new Map(NAMES.map((t) => [t, { unloggedPairs: ledgers.get(t)!.unmet.length }] as const)),
  };

  it('counts the pairs a township could still log as the ledgers show them', () => {
    expect(whatIfChanges(input)).toEqual(result.whatIf);
  });

  it('finds by binary search the same smallest amounts as trying every amount one by one', () => {
    const linear = LEVERS.map((l) => ({ ...l, monotone: false }));
    expect(whatIfChanges({ ...input, levers: linear })).toEqual(result.whatIf);
  });

  it('smallestAmount: binary search on a monotone test, a scan otherwise, null when nothing works', () => {
    const tried: number[] = [];
    const atLeast13 = (n: number) => {
      tried.push(n);
      return n >= 13;
    };
    expect(smallestAmount(20, true, atLeast13)).toBe(13);
    expect(tried).toEqual([20, 10, 15, 13, 12]);
    // A test that holds only in a window (a non-monotone lever) is found by the scan, missed by bisection.
    expect(smallestAmount(20, false, (n) => n >= 4 && n <= 6)).toBe(4);
    expect(smallestAmount(20, true, (n) => n >= 4 && n <= 6)).toBeNull();
    expect(smallestAmount(0, true, () => true)).toBeNull();
  });

  it('is empty while the ranking is provisional (no township is marked, so none is criticised)', () => {
    const provisional = assessLedgers(rows, {
      qualitative: NAMES.slice(1).map((township) => ({
        year: 2026,
        township,
        score: 80,
        bonus: null,
        penalty: null,
        remarks: null,
      })),
    });
    expect(provisional.provisional?.missingQualitative).toEqual(['城关镇']);
    expect(provisional.whatIf).toEqual([]);
  });
});

describe('the way out, proved on the ledgers', () => {
  const hekou = ledgers.get('河口乡')!;
  const others = rows.filter((r) => r.township !== '河口乡');
  const reassess = (own: typeof rows) => {
    const t = assessLedgers([...others, ...own]).ranking.find((r) => r.township === '河口乡')!;
    return [t.rank, t.total, t.mark];
  };
  const added = (extra: (n: number) => (typeof rows)[number], n: number) => [
    ...hekou.rows,
    ...Array.from({ length: n }, (_, i) => extra(i)),
  ];
  const fixed = (n: number) =>
    hekou.rows.map((r) => {
      const i = Number(r.key.slice(1));
      return r.ledger === 'trainingRequests' && r.status === 'error' && i < n ? fixedRequest('河口乡', i) : r;
    });

  it('leaves the bottom three with 2 more admitted talents, and not with 1', () => {
    const admit = (n: number) => added((i) => admittedTalent('河口乡', 10 + i), n);
    expect(reassess(admit(2))).toEqual([9, 61.77, null]);
    expect(reassess(admit(1))).toEqual([10, 60.28, 'criticism']);
  });

  it('leaves it with 帮带记录 for 3 pairs not met this year, and not with 2', () => {
    const logs = (n: number) => added((i) => logFor('河口乡', hekou.unmet[i]!, i), n);
    expect(hekou.unmet).toHaveLength(7);
    expect(reassess(logs(3))).toEqual([9, 61.14, null]);
    expect(reassess(logs(2))).toEqual([10, 60.36, 'criticism']);
  });

  it('leaves it with 17 wrong rows corrected, and not with 16', () => {
    expect(fixed(17).filter((r) => r.status === 'error')).toHaveLength(3);
    expect(reassess(fixed(17))).toEqual([9, 60.71, null]);
    expect(reassess(fixed(16))).toEqual([10, 60.6, 'criticism']);
  });
});
