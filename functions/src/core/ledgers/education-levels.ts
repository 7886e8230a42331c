// 文化程度: the short dropdown, and the names of GB/T 4658《学历代码》 and party-member systems that map onto it.
import type { EDUCATION_LEVELS } from './enumerations';

export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/**
 * What clerks and the 党员信息系统 type, by the level it is counted as. The typed text stays in the row's
 * cells; the record holds the level. 职业高中 is a senior secondary school (高中); 技工学校 and
 * 中等技术学校 are secondary specialised schools (中专).
 */
const NAMES: Record<EducationLevel, readonly string[]> = {
  小学及以下: ['小学', '文盲或半文盲', '文盲', '半文盲', '扫盲', '不识字或识字很少', '未上过学'],
  初中: ['初级中学', '初中及以下'],
  高中: ['普通高中', '职业高中', '职高', '高级中学', '普高'],
  中专: ['中等专科', '中等专业学校', '中等技术学校', '中技', '技工学校', '技校', '中专及同等学力'],
  大专: ['大学专科', '专科', '大学专科和专科学校', '高职', '高等职业教育', '高职高专'],
  本科: ['大学本科', '大学', '学士'],
  研究生: ['研究生教育', '硕士研究生', '博士研究生', '硕士', '博士', '研究生及以上'],
};

/** Suffixes that do not change the level: 大学本科毕业, 初中文化, 高中学历. */
const SUFFIX = /(毕业|结业|文化程度|文化|学历)$/;

/** Every accepted name (the levels themselves included) → its level. */
export const EDUCATION_SYNONYMS: Readonly<Record<string, EducationLevel>> = Object.fromEntries(
  (Object.entries(NAMES) as [EducationLevel, readonly string[]][]).flatMap(([level, names]) =>
    [level, ...names].map((name) => [name, level]),
  ),
);

/** The level a typed name stands for (`大学本科毕业` → `本科`), or null when it is not a known name. */
export function educationLevelOf(typed: string): EducationLevel | null {
  const key = typed.replace(/\s+/g, '');
  return EDUCATION_SYNONYMS[key] ?? EDUCATION_SYNONYMS[key.replace(SUFFIX, '')] ?? null;
}

/** 高中或中专以上文化程度, as the county report counts it: from the level, never from what was typed. */
export const HIGH_SCHOOL_OR_ABOVE: readonly EducationLevel[] = ['高中', '中专', '大专', '本科', '研究生'];
export const isHighSchoolOrAbove = (level: string | null | undefined): boolean =>
  level !== null && level !== undefined && (HIGH_SCHOOL_OR_ABOVE as readonly string[]).includes(level);
