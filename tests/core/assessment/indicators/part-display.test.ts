// Every ratio a leader reads, shown as a leader reads it — including a denominator of 1 and of 0.
import { describe, expect, it } from 'vitest';
import {
  countText,
  perHundredText,
  shareText,
} from '../../../../functions/src/core/assessment/indicators/part-display';
import { assessSmall, personId, sheetRow, talentCells } from '../../../fixtures/small-county';

const COVERAGE = { of: '在帮带', per: '乡土人才和党员', unit: '人', none: '无乡土人才和党员' };
const TARGET = { of: '发展', per: '年度目标', unit: '名', none: '未设年度发展目标' };

describe('how a measured part is shown', () => {
  it('shows a share as a percentage with one decimal, and what was counted over what', () => {
    expect(shareText(4, 16, COVERAGE)).toBe('25.0%（在帮带4人 ÷ 乡土人才和党员16人）');
    expect(shareText(1, 3, COVERAGE)).toBe('33.3%（在帮带1人 ÷ 乡土人才和党员3人）');
    expect(shareText(2, 3, COVERAGE)).toBe('66.7%（在帮带2人 ÷ 乡土人才和党员3人）');
    expect(shareText(0, 5, COVERAGE)).toBe('0.0%（在帮带0人 ÷ 乡土人才和党员5人）');
  });

  it('shows a denominator of 1 as a share too, and a capped share with the cap said', () => {
    expect(shareText(1, 1, TARGET, 1)).toBe('100.0%（发展1名 ÷ 年度目标1名）');
    expect(shareText(0, 1, TARGET, 1)).toBe('0.0%（发展0名 ÷ 年度目标1名）');
    expect(shareText(3, 1, TARGET, 1)).toBe('100.0%（发展3名 ÷ 年度目标1名，超过目标按100%计）');
  });

  it('shows a dash and why over a denominator of 0, never NaN or Infinity', () => {
    expect(shareText(0, 0, COVERAGE)).toBe('—（无乡土人才和党员）');
    expect(shareText(3, 0, TARGET, 1)).toBe('—（未设年度发展目标）');
    expect(perHundredText(0, 0)).toBe('—（无党员）');
    expect(perHundredText(20, 0)).toBe('—（无党员）');
  });

  it('shows trainees per hundred members with its sum, and counts with their unit', () => {
    expect(perHundredText(180, 500)).toBe('36.0（180人次 ÷ 500名党员 × 100）');
    expect(perHundredText(20, 2)).toBe('1000.0（20人次 ÷ 2名党员 × 100）');
    expect(perHundredText(7, 1)).toBe('700.0（7人次 ÷ 1名党员 × 100）');
    expect(perHundredText(0, 3)).toBe('0.0（0人次 ÷ 3名党员 × 100）');
    expect(countText(3, '期')).toBe('3期');
    expect(countText(0, '户')).toBe('0户');
  });
});

describe('the parts of a township with nothing to divide by (hand-checked)', () => {
  // 甲镇: one talent and no target; 乙乡: one talent, target 1. Neither has members, classes or bases.
  const rows = [
    sheetRow('甲镇', 'talents', 't1', 2, talentCells('人才一', personId(1))),
    sheetRow('乙乡', 'talents', 't2', 2, talentCells('人才二', personId(2))),
  ];
  const result = assessSmall(['甲镇', '乙乡'], rows, {
    townships: [
      { township: '甲镇', annualTarget: 0, spreadsheetId: null },
      { township: '乙乡', annualTarget: 1, spreadsheetId: null },
    ],
  });
  const shown = (township: string) =>
    result.ranking
      .find((t) => t.township === township)!
      .indicators.flatMap((i) => i.parts.map((p) => `${p.label}：${p.shown}`));

  it('says why instead of dividing by 0, and reads a target of 1 as a share', () => {
    expect(shown('甲镇')).toEqual([
      '发展党员完成率：—（未设年度发展目标；本年度发展0名，按0计）',
      '帮带覆盖率：0.0%（在帮带0人 ÷ 乡土人才和党员1人）',
      '培训期数：0期',
      '每百名党员参训人次：—（无党员）',
      '按申报施训班次占比：—（本年度无培训班）',
      '掌握实用技术党员占比：—（无党员）',
      '35岁及以下党员占比：—（无党员）',
      '高中或中专以上占比：—（无党员）',
      '示范基地数：0个',
      '带动农户数：0户',
      '无错误行占比：100.0%（无错误1行 ÷ 台账1行）',
    ]);
    expect(shown('乙乡')[0]).toBe('发展党员完成率：0.0%（发展0名 ÷ 年度目标1名）');
    expect(JSON.stringify(result)).not.toMatch(/NaN|Infinity/);
  });
});
