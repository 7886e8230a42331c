// Assessment configuration with documented defaults, checked before any figure is computed.

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

export class AssessmentConfigError extends Error {
  override name = 'AssessmentConfigError';
}

/** Merges overrides onto the defaults and rejects what cannot be right, in Chinese. */
export function resolveConfig(overrides: Partial<AssessmentConfig> = {}): AssessmentConfig {
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
  if (config.tieBreak.some((id) => !(INDICATOR_IDS as readonly string[]).includes(id)))
    problems.push('并列排序规则中有未知指标');
  if (problems.length) throw new AssessmentConfigError(`考评设置有误：${problems.join('；')}`);
  return config;
}

export const bandOf = (config: AssessmentConfig, total: number): string =>
  (config.bands.find((b) => total >= b.min) ?? config.bands.at(-1)!).name;
