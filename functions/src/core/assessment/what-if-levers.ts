// What a township can change in its own ledgers, one figure at a time, each in the words of the ledger.
// A lever never touches the county's 定性考评. Rows a change adds count as clean rows for 数据质量.
import type { IndicatorId } from './config';
import type { TownshipFigures } from './what-if-figures';

/** What the parts alone do not say: people with an active pair but no counted 帮带记录 this year. */
export interface Headroom {
  unloggedPairs: number;
}

export interface Lever {
  id: string;
  indicator: IndicatorId;
  /**
   * Monotone levers only ever help the township (its own value rises, which can only lower the others'
   * scores against the best), so the smallest n is found by binary search; the others are scanned one by one.
   */
  monotone: boolean;
  /** The most units worth trying (0: not available to this township). `best` is the county's best figures. */
  limit: (f: TownshipFigures, h: Headroom, best: TownshipFigures) => number;
  apply: (f: TownshipFigures, n: number) => TownshipFigures;
  text: (n: number) => string;
}

/** Open-ended counts are tried up to twice the county's best (at least 10 more). */
const upToTwiceBest = (current: number, best: number): number => Math.max(10, Math.ceil(2 * best - current));

/** Adds `n` clean rows (the rows a change writes into the ledgers). */
const withRows = (f: TownshipFigures, n: number): Pick<TownshipFigures, 'clean' | 'rows'> => ({
  clean: f.clean + n,
  rows: f.rows + n,
});

export const LEVERS: readonly Lever[] = [
  {
    id: 'admit',
    indicator: 'development',
    monotone: true,
    // The completion rate is capped at 100%: admissions beyond the target add nothing.
    limit: (f) => Math.max(0, Math.ceil(f.target) - f.admitted),
    apply: (f, n) => ({ ...f, admitted: f.admitted + n, ...withRows(f, n) }),
    text: (n) => `再发展${n}名乡土人才党员`,
  },
  {
    id: 'logPairs',
    indicator: 'mentoring',
    monotone: true,
    limit: (_, h) => h.unloggedPairs,
    apply: (f, n) => ({ ...f, covered: f.covered + n, ...withRows(f, n) }),
    text: (n) => `让${n}个未记录的结对补上今年的帮带记录`,
  },
  {
    id: 'newPairs',
    indicator: 'mentoring',
    monotone: true,
    // A new pair and its first 帮带记录: two rows each.
    limit: (f, h) => Math.max(0, f.people - f.covered - h.unloggedPairs),
    apply: (f, n) => ({ ...f, covered: f.covered + n, ...withRows(f, 2 * n) }),
    text: (n) => `为${n}名尚未结对的乡土人才或党员新建结对并记录帮带`,
  },
  {
    id: 'classes',
    indicator: 'training',
    // A class that serves no 培训申报 lowers 按申报施训班次占比: scanned, not searched.
    monotone: false,
    limit: (f, _, best) => upToTwiceBest(f.classes, best.classes),
    apply: (f, n) => ({ ...f, classes: f.classes + n, ...withRows(f, n) }),
    text: (n) => `再举办${n}期培训班`,
  },
  {
    id: 'trainees',
    indicator: 'training',
    monotone: true,
    limit: (f, _, best) =>
      f.classes > 0 && f.members > 0
        ? upToTwiceBest(f.trainees, (best.trainees / Math.max(best.members, 1)) * f.members)
        : 0,
    apply: (f, n) => ({ ...f, trainees: f.trainees + n }),
    text: (n) => `已办培训班再增加${n}人次参训`,
  },
  {
    id: 'answerRequests',
    indicator: 'training',
    monotone: true,
    limit: (f) => Math.max(0, f.classes - f.answering),
    apply: (f, n) => ({ ...f, answering: f.answering + n }),
    text: (n) => `让${n}期已办培训班按本乡镇的培训申报施训（填写对应申报编号）`,
  },
  {
    id: 'skills',
    indicator: 'skills',
    monotone: true,
    limit: (f) => Math.max(0, f.members - f.skilled),
    apply: (f, n) => ({ ...f, skilled: f.skilled + n }),
    text: (n) => `再让${n}名党员掌握实用技术`,
  },
  {
    id: 'education',
    indicator: 'structure',
    monotone: true,
    limit: (f) => Math.max(0, f.members - f.educated),
    apply: (f, n) => ({ ...f, educated: f.educated + n }),
    text: (n) => `再让${n}名党员达到高中或中专以上文化程度`,
  },
  {
    id: 'youngMembers',
    indicator: 'structure',
    // More members raise the young share but lower every other share over members: scanned.
    monotone: false,
    limit: (f) => Math.max(10, f.members),
    apply: (f, n) => ({
      ...f,
      members: f.members + n,
      people: f.people + n,
      young: f.young + n,
      ...withRows(f, n),
    }),
    text: (n) => `再发展${n}名35岁及以下的农民党员`,
  },
  {
    id: 'bases',
    indicator: 'demonstration',
    monotone: true,
    limit: (f, _, best) => upToTwiceBest(f.bases, best.bases),
    apply: (f, n) => ({ ...f, bases: f.bases + n, ...withRows(f, n) }),
    text: (n) => `再建${n}个示范基地`,
  },
  {
    id: 'households',
    indicator: 'demonstration',
    monotone: true,
    limit: (f, _, best) => (f.bases > 0 ? upToTwiceBest(f.households, best.households) : 0),
    apply: (f, n) => ({ ...f, households: f.households + n }),
    text: (n) => `示范基地再多带动${n}户农户`,
  },
  {
    id: 'fixRows',
    indicator: 'dataQuality',
    monotone: true,
    limit: (f) => Math.max(0, f.rows - f.clean),
    apply: (f, n) => ({ ...f, clean: f.clean + n }),
    text: (n) => `纠正${n}行有错误的台账`,
  },
];
