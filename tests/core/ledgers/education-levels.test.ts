// Issue 14, defect 3: 文化程度 accepts the names of GB/T 4658《学历代码》 and what clerks type, stores the level,
// and 高中或中专以上 is counted from the level.
import { describe, expect, it } from 'vitest';
import {
  EDUCATION_LEVELS,
  educationLevelOf,
  isHighSchoolOrAbove,
  membersLedger,
  talentsLedger,
} from '../../../functions/src/core/ledgers';
import { validateRow } from '../../../functions/src/core/validation';
import { memberRow, TODAY, talentRow } from '../../fixtures/ledger-rows';

const ctx = { today: TODAY };

describe('文化程度: the standard names and common synonyms (GB/T 4658, 党员信息系统)', () => {
  it.each([
    ['大学本科', '本科'],
    ['本科', '本科'],
    ['大学本科毕业', '本科'],
    ['大学专科', '大专'],
    ['大专', '大专'],
    ['中等专科', '中专'],
    ['中专', '中专'],
    ['中技', '中专'],
    ['技工学校', '中专'],
    ['技校', '中专'],
    ['职业高中', '高中'],
    ['职高', '高中'],
    ['普通高中', '高中'],
    ['高中文化', '高中'],
    ['初中', '初中'],
    ['小学', '小学及以下'],
    ['文盲或半文盲', '小学及以下'],
    ['硕士研究生', '研究生'],
  ])('「%s」 is stored as the level %s', (typed, level) => {
    expect(educationLevelOf(typed)).toBe(level);
    const result = validateRow(membersLedger, { ...memberRow, 文化程度: typed }, ctx);
    expect(result.errors).toEqual([]);
    expect(result.record?.education).toBe(level);
    const talent = validateRow(talentsLedger, { ...talentRow, 文化程度: ` ${typed} ` }, ctx);
    expect(talent.record?.education).toBe(level);
  });

  it('keeps the dropdown to the seven levels and still refuses what is no level, naming the column', () => {
    expect(membersLedger.fields.find((f) => f.key === 'education')).toMatchObject({
      options: ['小学及以下', '初中', '高中', '中专', '大专', '本科', '研究生'],
    });
    expect(educationLevelOf('很高')).toBeNull();
    const result = validateRow(membersLedger, { ...memberRow, 文化程度: '很高' }, ctx);
    expect(result.errors.map((e) => [e.ruleId, e.message])).toEqual([
      [
        'cell.format',
        '文化程度：「很高」不是可选项，请从下拉列表中选择：小学及以下、初中、高中、中专、大专、本科、研究生',
      ],
    ]);
  });

  it('counts 高中或中专以上 (the report: 高中或中专以上文化程度占32.4%) from the level', () => {
    expect(EDUCATION_LEVELS.filter(isHighSchoolOrAbove)).toEqual(['高中', '中专', '大专', '本科', '研究生']);
    expect(
      ['职业高中', '技工学校', '初中', '小学'].map((t) => isHighSchoolOrAbove(educationLevelOf(t))),
    ).toEqual([true, true, false, false]);
    expect(isHighSchoolOrAbove(null)).toBe(false);
  });
});
