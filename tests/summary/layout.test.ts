import { describe, expect, test } from 'vitest';
import { checkSummaryDocument, SummaryModelError, type SummaryTab } from '../../functions/src/summary';
import { columnLetters, columnReference } from '../../functions/src/summary/excel/xml';
import { backoffDelay, DEFAULT_RETRY } from '../../functions/src/summary/google/retry';
import { layOutTab, readCell, textWidth } from '../../functions/src/summary/layout';
import { countyDocument, rankingTab, statisticsTab, townshipTab } from '../fixtures/summary-document';

describe('readCell', () => {
  test('strings stay literal text, numbers stay numbers, empty and non-finite become blank', () => {
    expect(readCell('=cmd')).toEqual({ kind: 'text', text: '=cmd' });
    expect(readCell('001')).toEqual({ kind: 'text', text: '001' });
    expect(readCell(3)).toEqual({ kind: 'number', value: 3, format: null });
    expect(readCell({ value: 0.158, format: 'percent1' })).toEqual({
      kind: 'number',
      value: 0.158,
      format: 'percent1',
    });
    expect(readCell('')).toEqual({ kind: 'blank' });
    expect(readCell(null)).toEqual({ kind: 'blank' });
    expect(readCell(Number.NaN)).toEqual({ kind: 'blank' });
    expect(readCell({ value: Number.POSITIVE_INFINITY, format: 'integer' })).toEqual({ kind: 'blank' });
  });

  test('an ID number the layout forgot to mask is masked; shorter digit runs are left alone', () => {
    expect(readCell('重复：110101199003071234（城关镇第 5 行）')).toEqual({
      kind: 'text',
      text: '重复：110101********1234（城关镇第 5 行）',
    });
    expect(readCell('联系电话 13800138000')).toEqual({ kind: 'text', text: '联系电话 13800138000' });
  });
});

describe('layOutTab', () => {
  test('title, info, empty row, header on row 4, data, empty row, notes', () => {
    const layout = layOutTab(rankingTab);
    expect(layout.rows).toHaveLength(11);
    expect(layout.rows[0]).toEqual({
      cells: [{ kind: 'text', text: '2026 年度双培双带考评排名' }],
      style: { bold: true, fontSize: 14, fill: null, textColor: null },
    });
    expect(layout.rows[1]!.cells).toEqual([
      { kind: 'text', text: '计算时间：2026-11-25 06:00　考评年度：2026' },
    ]);
    expect(layout.rows[2]).toEqual({ cells: [], style: null });
    expect(layout.rows[3]!.style).toEqual({ bold: true, fontSize: null, fill: 'EFEFEF', textColor: null });
    expect(layout.rows[4]!.style).toEqual({ bold: false, fontSize: null, fill: 'D9EAD3', textColor: null });
    expect(layout.rows[5]!.cells[5]).toEqual({ kind: 'blank' });
    expect(layout.rows[7]!.style).toEqual({ bold: true, fontSize: null, fill: 'F4CCCC', textColor: null });
    expect(layout.rows[8]).toEqual({ cells: [], style: null });
    expect(layout.rows[10]!.cells).toEqual([{ kind: 'text', text: '并列时依次比较定量得分、乡镇名称' }]);
    expect(layout.columnCount).toBe(7);
    expect(layout.columnWidths).toEqual([6, 12, 10, 10, 10, 10, 10]);
    expect(layout.frozenRows).toBe(4);
    expect(layout.chart).toEqual({
      title: '考评得分',
      anchor: { row: 3, column: 8 },
      headerRow: 3,
      firstRow: 4,
      endRow: 8,
      categoryColumn: 1,
      valueColumns: [2, 4],
    });
  });

  test('short rows are padded; widths are estimated (CJK counts two) when not given', () => {
    const layout = layOutTab(statisticsTab);
    expect(layout.rows).toHaveLength(8);
    expect(layout.rows[7]!.cells).toEqual([
      { kind: 'text', text: '示范基地年产值(万元)' },
      { kind: 'blank' },
      { kind: 'blank' },
      { kind: 'blank' },
    ]);
    expect(layout.columnWidths).toEqual([22, 9, 9, 8]);
    expect(layout.frozenRows).toBe(3);
    expect(layout.chart).toBeNull();
    expect(textWidth('35岁及以下党员占比')).toBe(18);
  });

  test('a chart may leave out a closing total row and sit where the tab says', () => {
    expect(layOutTab(townshipTab).chart).toMatchObject({
      anchor: { row: 1, column: 6 },
      firstRow: 4,
      endRow: 7,
    });
  });

  test('a tab without data rows gets no chart', () => {
    expect(layOutTab({ ...rankingTab, rows: [] }).chart).toBeNull();
  });
});

describe('checkSummaryDocument', () => {
  const refused = (tabs: SummaryTab[]) => {
    try {
      checkSummaryDocument({ tabs });
    } catch (error) {
      expect(error).toBeInstanceOf(SummaryModelError);
      return { code: (error as SummaryModelError).code, message: (error as Error).message };
    }
    throw new Error('not refused');
  };

  test('accepts the fixture', () => {
    expect(() => checkSummaryDocument(countyDocument)).not.toThrow();
  });

  test('refuses what no writer could render, with the tab named', () => {
    expect(refused([rankingTab, rankingTab])).toEqual({
      code: 'SUMMARY_INVALID',
      message: '汇总表「考评排名」重复出现',
    });
    expect(refused([{ ...rankingTab, name: '排名/2026' }]).message).toBe(
      '汇总表「排名/2026」：表名须为 1–31 个字符，且不能含 [ ] : * ? / \\',
    );
    expect(refused([{ ...statisticsTab, rows: [{ cells: [1, 2, 3, 4, 5] }] }]).message).toBe(
      '汇总表「全县统计」：第 1 行有 5 格，表头只有 4 列',
    );
    const chart = rankingTab.chart!;
    expect(refused([{ ...rankingTab, chart: { ...chart, valueColumns: [7] } }]).message).toBe(
      '汇总表「考评排名」：图表「考评得分」引用的列不在表头范围内',
    );
    expect(refused([{ ...rankingTab, chart: { ...chart, valueColumns: [1] } }]).message).toBe(
      '汇总表「考评排名」：图表「考评得分」的分类列不能同时作为数值列',
    );
    expect(refused([{ ...rankingTab, chart: { ...chart, rowCount: 5 } }]).message).toBe(
      '汇总表「考评排名」：图表「考评得分」的行数须在 1 到 4 之间',
    );
    expect(refused([{ ...rankingTab, frozenRows: -1 }]).message).toBe(
      '汇总表「考评排名」：冻结行数须为不小于 0 的整数',
    );
  });
});

test('back-off doubles from the base delay up to the cap', () => {
  const policy = { ...DEFAULT_RETRY, baseDelayMs: 1000, maxDelayMs: 5000 };
  expect([1, 2, 3, 4, 5].map((attempt) => backoffDelay(policy, attempt))).toEqual([
    1000, 2000, 4000, 5000, 5000,
  ]);
});

test('A1 references for chart ranges quote the sheet name', () => {
  expect([0, 25, 26, 701, 702].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
  expect(columnReference('考评排名', 1, 4, 8)).toBe("'考评排名'!$B$5:$B$8");
  expect(columnReference("O'Brien", 2, 3, 4)).toBe("'O''Brien'!$C$4");
});
