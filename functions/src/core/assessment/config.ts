// Assessment configuration with documented defaults, checked before any figure is computed.
import { z } from 'zod';

export const INDICATOR_IDS = [
  'development',
  'mentoring',
  'training',
  'skills',
  'structure',
  'demonstration',
  'dataQuality',
] as const;
export type IndicatorId = (typeof INDICATOR_IDS)[number];

export const INDICATOR_LABELS: Record<IndicatorId, string> = {
  development: '乡土人才发展党员',
  mentoring: '帮带覆盖',
  training: '培训',
  skills: '技能',
  structure: '结构',
  demonstration: '示范带动',
  dataQuality: '数据质量',
};

export interface Band {
  name: string;
  /** Lowest total that earns the band. */
  min: number;
}

export interface AssessmentConfig {
  /** Points per indicator; they must add up to 100. */
  weights: Record<IndicatorId, number>;
  /** Share of the total that is quantitative (定量); the rest is the qualitative score (定性). */
  quantitativeShare: number;
  /** Highest first. */
  bands: Band[];
  /** How many top townships are marked 表彰 and bottom ones 通报批评. */
  rewardCount: number;
  criticismCount: number;
  /** Indicator scores compared, in order, when totals and quantitative scores tie; the township name decides last. */
  tieBreak: IndicatorId[];
  /** Reminders look this many days ahead. */
  reminderDays: number;
}

export const DEFAULT_CONFIG: AssessmentConfig = {
  weights: {
    development: 25,
    mentoring: 15,
    training: 15,
    skills: 15,
    structure: 10,
    demonstration: 10,
    dataQuality: 10,
  },
  quantitativeShare: 0.7,
  bands: [
    { name: '优秀', min: 90 },
    { name: '良好', min: 80 },
    { name: '合格', min: 60 },
    { name: '不合格', min: 0 },
  ],
  rewardCount: 3,
  criticismCount: 3,
  tieBreak: ['development', 'dataQuality'],
  reminderDays: 30,
};

/** What a county may change: any setting, and any weight on its own (the others keep their defaults). */
export type AssessmentOverrides = Partial<Omit<AssessmentConfig, 'weights'>> & {
  weights?: Partial<Record<IndicatorId, number>>;
};

const indicatorId = z.enum(INDICATOR_IDS);

/** The shape of overrides read from outside (JSON); sums and orders are checked by `resolveConfig`. */
export const assessmentOverridesSchema = z.strictObject({
  weights: z
    .partialRecord(indicatorId, z.number(), {
      // zod reports keys outside the enum as `unrecognized_keys`, which its record issue type does not list.
      error: (issue) => {
        const { code, keys } = issue as { code: string; keys?: string[] };
        return code === 'unrecognized_keys'
          ? `unknown indicator ${keys?.join(', ')}: use ${INDICATOR_IDS.join(', ')}`
          : undefined;
      },
    })
    .optional(),
  quantitativeShare: z.number().optional(),
  bands: z
    .array(z.strictObject({ name: z.string().trim().min(1), min: z.number() }))
    .min(1)
    .optional(),
  rewardCount: z.number().int().nonnegative().optional(),
  criticismCount: z.number().int().nonnegative().optional(),
  tieBreak: z.array(indicatorId).optional(),
  reminderDays: z.number().int().positive().optional(),
}) satisfies z.ZodType<AssessmentOverrides>;

export class AssessmentConfigError extends Error {
  override name = 'AssessmentConfigError';
}

/** Merges overrides onto the defaults and rejects what cannot be right, in Chinese. */
export function resolveConfig(overrides: AssessmentOverrides = {}): AssessmentConfig {
  const config: AssessmentConfig = {
    ...DEFAULT_CONFIG,
    ...overrides,
    weights: { ...DEFAULT_CONFIG.weights, ...overrides.weights },
  };
  const problems: string[] = [];
  const unknown = Object.keys(config.weights).filter(
    (id) => !(INDICATOR_IDS as readonly string[]).includes(id),
  );
  if (unknown.length) problems.push(`权重中有未知指标：${unknown.join('、')}`);
  const weights = INDICATOR_IDS.map((id) => config.weights[id]);
  if (weights.some((w) => !Number.isFinite(w) || w < 0)) problems.push('各指标权重须为不小于 0 的数');
  const sum = weights.reduce((a, b) => a + b, 0);
  if (Math.abs(sum - 100) > 1e-9)
    problems.push(`各指标权重之和应为 100，现为 ${Math.round(sum * 100) / 100}`);
  if (!(config.quantitativeShare >= 0 && config.quantitativeShare <= 1))
    problems.push('定量占比须在 0 到 1 之间');
  const mins = config.bands.map((b) => b.min);
  if (!config.bands.length || mins.some((m, i) => i > 0 && m >= mins[i - 1]!))
    problems.push('等次须按分数线从高到低排列');
  const strays = config.tieBreak.filter((id) => !(INDICATOR_IDS as readonly string[]).includes(id));
  if (strays.length) problems.push(`并列排序规则中有未知指标：${strays.join('、')}`);
  if (problems.length) throw new AssessmentConfigError(`考评设置有误：${problems.join('；')}`);
  return config;
}

export const bandOf = (config: AssessmentConfig, total: number): string =>
  (config.bands.find((b) => total >= b.min) ?? config.bands.at(-1)!).name;
