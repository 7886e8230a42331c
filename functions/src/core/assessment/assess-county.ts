// The yearly assessment of a county: a pure function from stored rows, settings and `today` to one result.
import type { CivilDate } from '../dates/civil-date';
import {
  type AssessmentConfig,
  AssessmentConfigError,
  INDICATOR_IDS,
  type IndicatorId,
  resolveConfig,
} from './config';
import { refusedLogReminders } from './contact-reminders';
import {
  type AssessedRow,
  groupByTownship,
  type LiaisonPoint,
  type QualitativeScore,
  type SupervisionVisit,
  type TownshipSetting,
  yearWindow,
} from './county-data';
import { type DataQuality, dataQualityOf } from './data-quality';
import { rowsForAll } from './figure-rows';
import { lastContacts, pairsContactedIn, sortLogs } from './indicators/contacts';
import type { MeasuredPart } from './indicators/measure';
import { measureIndicator, PAIRS_MET } from './indicators/measure-indicators';
import { activeMentees } from './indicators/pairs-active';
import { type LiaisonSummary, liaisonSummary } from './liaison';
import {
  type PreviousResult,
  type ProvisionalRanking,
  provisionalRanking,
  rankTownships,
  type TownshipResult,
} from './rank-townships';
import type { Reminder } from './reminder';
import { countyReminders } from './reminders';
import { countyStatistics, type Statistic } from './statistics';
import {
  type CourseToSchedule,
  coursesToSchedule,
  type RequestSummary,
  requestReminders,
  requestSummary,
} from './training-requests';
import { type WeightStability, weightStability } from './weight-stability';
import { type TownshipWhatIf, whatIfChanges } from './what-if';
import { whatIfHeadroom } from './what-if-headroom';

/** Townships without a county leader's visit for longer than this are flagged (三联). */
export const NO_VISIT_DAYS = 90;

export interface AssessmentInput {
  county: string;
  year: number;
  today: CivilDate;
  townships: readonly TownshipSetting[];
  qualitative: readonly QualitativeScore[];
  rows: readonly AssessedRow[];
  /** The county's 联系点 and 督办记录 (三联). */
  liaisonPoints?: readonly LiaisonPoint[];
  visits?: readonly SupervisionVisit[];
  previous?: PreviousResult | null;
  config?: Partial<AssessmentConfig>;
}

export interface AssessmentResult {
  county: string;
  year: number;
  today: CivilDate;
  config: AssessmentConfig;
  /** In rank order. */
  ranking: TownshipResult[];
  /** Set while some township has no 定性考评: marks are withheld and this says why. */
  provisional: ProvisionalRanking | null;
  statistics: Statistic[];
  reminders: Reminder[];
  dataQuality: DataQuality[];
  /** 菜单式培训 per township. */
  trainingRequests: RequestSummary[];
  /** 菜单式培训: the courses the county must still organise. */
  coursesToSchedule: CourseToSchedule[];
  /** 三联督办. */
  liaison: LiaisonSummary;
  /** Townships named by rows but missing from 乡镇设置 (their rows are not assessed). */
  unknownTownships: string[];
  /**
   * Townships of 乡镇设置 without a single ledger row (未提交, or their file could not be read): not ranked,
   * so never marked 表彰 or 通报批评, and no part of the county's best values. In 乡镇设置 order.
   */
  notSubmitted: string[];
  /** A way out: per township not marked 表彰, the smallest single changes to its ledgers (empty while provisional). */
  whatIf: TownshipWhatIf[];
  /** Whether 表彰 and 通报批评 stay the same when any one weight moves by ±5 points. */
  weightStability: WeightStability;
}

function checkSettings(input: AssessmentInput): void {
  const names = input.townships.map((t) => t.township);
  const problems: string[] = [];
  if (!names.length) problems.push('「乡镇设置」中没有任何乡镇');
  const repeated = names.filter((n, i) => names.indexOf(n) !== i);
  if (repeated.length) problems.push(`「乡镇设置」中乡镇重复：${[...new Set(repeated)].join('、')}`);
  const scores = input.qualitative.filter((q) => q.year === input.year);
  const unknown = scores.map((q) => q.township).filter((t) => !names.includes(t));
  if (unknown.length)
    problems.push(`「定性考评」中的乡镇不在「乡镇设置」中：${[...new Set(unknown)].join('、')}`);
  const twice = scores.map((q) => q.township).filter((t, i, all) => all.indexOf(t) !== i);
  if (twice.length)
    problems.push(`「定性考评」中${input.year}年度同一乡镇出现多次：${[...new Set(twice)].join('、')}`);
  if (problems.length) throw new AssessmentConfigError(`考评设置有误：${problems.join('；')}`);
}

export function assessCounty(input: AssessmentInput): AssessmentResult {
  const config = resolveConfig(input.config);
  checkSettings(input);
  const names = input.townships.map((t) => t.township);
  const targets = new Map(input.townships.map((t) => [t.township, t.annualTarget]));
  const groups = groupByTownship(names, input.rows);
  const window = yearWindow(input.year, input.today);
  // Reminders and refused contacts name clean rows only; the coverage indicator counts every pair and
  // contact whose fields it reads are valid (a pair whose mentor is not a member still mentors its mentee).
  const { counted: logs, refused } = sortLogs(
    [...groups.values()].flatMap((g) => g.pairs),
    [...groups.values()].flatMap((g) => g.mentoringLogs),
  );
  const met = rowsForAll([...groups.values()], PAIRS_MET).rows;
  const metPairs = met.flatMap((g) => g.pairs);
  const contacted = pairsContactedIn(
    sortLogs(
      metPairs,
      met.flatMap((g) => g.mentoringLogs),
    ).counted,
    window,
  );
  const pairs = {
    twoPlusOne: activeMentees(metPairs, '2+1', window, contacted),
    onePlusOne: activeMentees(metPairs, '1+1', window, contacted),
  };

  const measured = new Map<string, Record<IndicatorId, MeasuredPart[]>>();
  const notSubmitted = names.filter((name) => groups.get(name)!.all.length === 0);
  for (const [township, rows] of groups) {
    if (notSubmitted.includes(township)) continue;
    const context = { rows, target: targets.get(township) ?? 0, window, pairs };
    measured.set(
      township,
      Object.fromEntries(INDICATOR_IDS.map((id) => [id, measureIndicator(id, context)])) as Record<
        IndicatorId,
        MeasuredPart[]
      >,
    );
  }
  const qualitative = input.qualitative.filter((q) => q.year === input.year);
  const ranking = rankTownships(measured, qualitative, config, input.previous ?? null);
  const headroom = whatIfHeadroom(groups, metPairs, window, pairs);
  const trainingRequests = [...groups.values()].map((g) => requestSummary(g, window));
  const countyTarget = input.townships.reduce((sum, t) => sum + t.annualTarget, 0);
  return {
    county: input.county,
    year: input.year,
    today: input.today,
    config,
    ranking,
    provisional: provisionalRanking(ranking),
    statistics: countyStatistics([...groups.values()], input.year, input.today, countyTarget),
    reminders: countyReminders(
      [...groups.values()],
      targets,
      qualitative,
      lastContacts(logs, input.today),
      input.year,
      input.today,
      config.reminderDays,
      [...refusedLogReminders(refused), ...requestReminders(trainingRequests, input.today)],
    ),
    dataQuality: [...groups.values()].map(dataQualityOf),
    trainingRequests,
    coursesToSchedule: coursesToSchedule(trainingRequests),
    liaison: liaisonSummary(
      input.liaisonPoints ?? [],
      input.visits ?? [],
      names,
      window,
      input.today,
      NO_VISIT_DAYS,
    ),
    unknownTownships: [...new Set(input.rows.map((r) => r.township).filter((t) => !targets.has(t)))].sort(),
    notSubmitted,
    whatIf: whatIfChanges({ measured, qualitative, config, ranking, headroom }),
    weightStability: weightStability(measured, qualitative, config, ranking),
  };
}
