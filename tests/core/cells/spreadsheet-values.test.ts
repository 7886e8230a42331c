import { describe, expect, it } from 'vitest';
import { spreadsheetValueProblem } from '../../../functions/src/core/cells/spreadsheet-values';

describe('spreadsheetValueProblem', () => {
  it('names error values of Excel, WPS, LibreOffice and Sheets', () => {
    for (const code of ['#N/A', '#DIV/0!', '#REF!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!', '#ERROR!'])
      expect(spreadsheetValueProblem(` ${code} `)).toBe(
        `单元格是错误值 ${code}（公式出错或引用丢失），不是内容：请改为实际内容后保存`,
      );
    expect(spreadsheetValueProblem('#n/a')).toMatch(/^单元格是错误值 #N\/A/);
  });

  it('names formulas, with and without the result a file saved', () => {
    expect(spreadsheetValueProblem('=TODAY()')).toBe(
      '单元格是公式「=TODAY()」：台账须填写内容本身，公式及其结果都不读取。请复制该列，用“选择性粘贴→数值”粘贴回原处后保存',
    );
    expect(spreadsheetValueProblem('=B2&C2')).toMatch(/^单元格是公式「=B2&C2」/);
    expect(spreadsheetValueProblem('=（与 I3 相同的公式）')).toMatch(/^单元格是公式/);
  });

  it('leaves ordinary cells to their column', () => {
    for (const value of ['白马村', '#1号大棚', '==重要==', '2024-03-01', '', 12, null, true])
      expect(spreadsheetValueProblem(value)).toBeNull();
  });
});
