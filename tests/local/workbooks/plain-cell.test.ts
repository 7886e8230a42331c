import { describe, expect, it } from 'vitest';
import { civilDateInCounty } from '../../../functions/src/core/dates/civil-date';
import { excelDateToCivil, toPlainCell } from '../../../functions/src/local/workbooks';

describe('toPlainCell', () => {
  it('keeps strings, numbers and booleans; blank text and non-finite numbers become null', () => {
    expect(toPlainCell('白马村')).toBe('白马村');
    expect(toPlainCell(' ')).toBeNull();
    expect(toPlainCell(12)).toBe(12);
    expect(toPlainCell(Number('430521198503150429'))).toBe(430521198503150400);
    expect(toPlainCell(Number.NaN)).toBeNull();
    expect(toPlainCell(true)).toBe(true);
    expect(toPlainCell(null)).toBeNull();
    expect(toPlainCell(undefined)).toBeNull();
  });

  it('reads rich text, hyperlinks, formulas (their text, never the cached result) and errors', () => {
    expect(toPlainCell({ richText: [{ text: '李' }, { text: '春生' }] })).toBe('李春生');
    expect(toPlainCell({ text: '13800731234', hyperlink: 'tel:13800731234' })).toBe('13800731234');
    expect(toPlainCell({ text: { richText: [{ text: '链接' }] }, hyperlink: 'https://x.cn' })).toBe('链接');
    expect(toPlainCell({ formula: 'A1+1', result: 13 })).toBe('=A1+1');
    expect(toPlainCell({ sharedFormula: 'I3', result: '2024-03-01' })).toBe('=（与 I3 相同的公式）');
    expect(toPlainCell({ formula: 'TODAY()', result: new Date(Date.UTC(2024, 2, 1)) })).toBe('=TODAY()');
    expect(toPlainCell({ formula: 'A1' })).toBe('=A1');
    expect(toPlainCell({ formula: 'A1/0', result: { error: '#DIV/0!' } })).toBe('#DIV/0!');
    expect(toPlainCell({ error: '#N/A' })).toBe('#N/A');
  });

  it('reads Excel dates as civil dates: UTC midnight agrees with civilDateInCounty, a time keeps its day', () => {
    const midnight = new Date(Date.UTC(2024, 2, 1));
    expect(toPlainCell(midnight)).toBe('2024-03-01');
    expect(civilDateInCounty(midnight)).toBe('2024-03-01');
    expect(excelDateToCivil(new Date(Date.UTC(2024, 2, 1, 20, 30)))).toBe('2024-03-01');
    expect(excelDateToCivil(new Date(Number.NaN))).toBe('无效日期');
  });
});
