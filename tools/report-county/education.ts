// 文化程度 as clerks type it — GB/T 4658 names and their short forms — with the level each stands for.
// Kept here, from the standard, so the expected figures never borrow the product's own synonym table.

/** Typed name → level; 高中或中专以上 are the levels 高中, 中专, 大专, 本科, 研究生. */
export const EDUCATION_NAMES: Readonly<Record<string, string>> = {
  研究生: '研究生',
  大学本科: '本科',
  本科: '本科',
  大学专科: '大专',
  大专: '大专',
  中等专科: '中专',
  中专: '中专',
  技工学校: '中专',
  技校: '中专',
  职业高中: '高中',
  职高: '高中',
  普通高中: '高中',
  高中: '高中',
  初中: '初中',
  小学: '小学及以下',
  文盲或半文盲: '小学及以下',
};

const HIGH_SCHOOL_OR_ABOVE = new Set(['高中', '中专', '大专', '本科', '研究生']);
export const isHighSchoolOrAbove = (typed: string): boolean =>
  HIGH_SCHOOL_OR_ABOVE.has(EDUCATION_NAMES[typed] ?? '');

/** What a clerk types for someone with at least high school, and for someone without, by frequency. */
export const ABOVE: readonly (readonly [string, number])[] = [
  ['高中', 22],
  ['普通高中', 8],
  ['职高', 5],
  ['职业高中', 3],
  ['中专', 14],
  ['中等专科', 3],
  ['技校', 4],
  ['技工学校', 2],
  ['大专', 12],
  ['大学专科', 3],
  ['本科', 5],
  ['大学本科', 3],
  ['研究生', 0.3],
];
export const BELOW: readonly (readonly [string, number])[] = [
  ['初中', 70],
  ['小学', 24],
  ['文盲或半文盲', 3],
];
