// A township's 本乡镇考评 tab, laid out from the fixture county's assessment.
import { describe, expect, it } from 'vitest';
import { townshipSummary } from '../../functions/src/report/township-layout';
import { DUPLICATE_MESSAGE } from '../fixtures/assessment-county';
import { computedAt, plain, result } from './layout-fixture';

describe('township feedback layout', () => {
  it('shows its own indicators, rank, the gap to the township above, 菜单式培训, 督办 and its reminders', () => {
    const tab = townshipSummary(result, '河口乡', computedAt).tabs[0]!;
    expect(tab.name).toBe('本乡镇考评');
    const rows = tab.rows.map((r) => r.cells.map(plain));
    expect(rows.slice(0, 4)).toEqual([
      ['名次', '3 / 3', '通报批评'],
      ['等次', '合格', ''],
      ['总分', 78.95, '定量 × 70% + 定性 × 30% + 加分 − 扣分'],
      ['定量得分', 78.5, '下列各项得分之和'],
    ]);
    expect(rows[4]).toEqual([
      '　乡土人才发展党员（满分25）',
      25,
      '发展党员完成率：50.0%（发展1名 ÷ 年度目标2名），折算 100 分',
    ]);
    // 河口乡: 20 trainees, 2 members → 1000 per hundred; the best (城关镇) has 2500, so 40 points of 100.
    // Every ratio reads as a leader reads it: a percentage or a rate with what was counted over what.
    expect(rows.slice(5, 11).map((r) => r[2])).toEqual([
      '帮带覆盖率：33.3%（在帮带1人 ÷ 乡土人才和党员3人），折算 100 分',
      '培训期数：1期，折算 50 分；每百名党员参训人次：1000.0（20人次 ÷ 2名党员 × 100），折算 40 分；按申报施训班次占比：100.0%（为已施训申报举办的培训班1期 ÷ 本年度培训班1期），折算 100 分',
      '掌握实用技术党员占比：50.0%（掌握实用技术1名 ÷ 党员2名），折算 66.67 分',
      '35岁及以下党员占比：0.0%（35岁及以下0名 ÷ 党员2名），折算 0 分；高中或中专以上占比：50.0%（高中或中专以上1名 ÷ 党员2名），折算 100 分',
      '示范基地数：1个，折算 50 分；带动农户数：30户，折算 30 分',
      '无错误行占比：100.0%（无错误9行 ÷ 台账9行），折算 100 分',
    ]);
    expect(rows.find((r) => r[0] === '与上一名差距')).toEqual([
      '与上一名差距',
      0,
      '上一名：白沙镇（78.95 分）',
    ]);
    expect(rows.find((r) => r[0] === '菜单式培训')).toEqual([
      '菜单式培训',
      '1 / 1',
      '本年度申报1项，已按申报施训1项，待审核0项',
    ]);
    expect(rows.find((r) => r[0] === '县委常委督办')).toEqual([
      '县委常委督办',
      1,
      '联系的县委常委：李县长；本年度督办1次，最近一次2026-05-20',
    ]);
    expect(rows.at(-1)).toEqual(['暂无', '', '']);
    const cg = townshipSummary(result, '城关镇', computedAt).tabs[0]!.rows.map((r) => r.cells.map(plain));
    expect(cg.find((r) => r[0] === '与上一名差距')).toEqual(['与上一名差距', null, '已是全县第一']);
    expect(cg.filter((r) => String(r[2]).includes('预备期已于2026-11-01届满'))).toHaveLength(1);
  });

  it('lists the rows its figures left out for their errors, and which parts (issue 14, defect 9)', () => {
    // 城关镇's e1 (a talent, wrong check digit) and e2 (a member 河口乡 registered first) identify nobody, so
    // each is out of every part reading its ledger: talents count in 发展 and 帮带覆盖; members in 帮带覆盖,
    // 每百名党员参训人次, 技能 and both parts of 结构.
    const cg = townshipSummary(result, '城关镇', computedAt).tabs[0]!.rows.map((r) => r.cells.map(plain));
    const start = cg.findIndex((r) => r[0] === '因错误未计入的行');
    expect(cg.slice(start)).toEqual([
      ['因错误未计入的行', '未计入项数', '原因及未计入的考评项目'],
      ['「乡土人才」第8行', 2, '身份证号：校验位应为 1，请核对（未计入：发展党员完成率、帮带覆盖率）'],
      [
        '「农民党员」第6行',
        5,
        `${DUPLICATE_MESSAGE}（未计入：帮带覆盖率、每百名党员参训人次、掌握实用技术党员占比、35岁及以下党员占比、高中或中专以上占比）`,
      ],
    ]);
    const hekou = townshipSummary(result, '河口乡', computedAt).tabs[0]!.rows.map((r) => r.cells[0]);
    expect(hekou).not.toContain('因错误未计入的行');
  });
});
