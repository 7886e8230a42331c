// The 问题清单 tab of a marked workbook: every problem, worst first in sheet order, each linked to its cell.
import type ExcelJS from 'exceljs';
import { cellAddress, ERROR_FILL, type PlacedProblem, WARNING_FILL } from './placed-problem';

export const PROBLEM_LIST_SHEET = '问题清单';

const quoted = (sheetName: string) => `'${sheetName.replace(/'/g, "''")}'`;

export function addProblemList(workbook: ExcelJS.Workbook, problems: readonly PlacedProblem[]): void {
  const sheet = workbook.addWorksheet(PROBLEM_LIST_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: '序号', width: 6 },
    { header: '工作表', width: 12 },
    { header: '行', width: 6 },
    { header: '列', width: 16 },
    { header: '单元格', width: 9 },
    { header: '类别', width: 6 },
    { header: '问题', width: 90 },
  ];
  sheet.getRow(1).font = { bold: true };
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (!problems.length) sheet.addRow([null, null, null, null, null, null, '没有发现问题']);
  problems.forEach((p, i) => {
    const address = cellAddress(p);
    const target = address ?? (p.row !== null ? `A${p.row}` : 'A1');
    const row = sheet.addRow([
      i + 1,
      p.sheetName,
      p.row,
      p.header,
      { text: address ?? '查看', hyperlink: `#${quoted(p.sheetName)}!${target}` },
      p.severity === 'error' ? '错误' : '提示',
      p.message,
    ]);
    row.getCell(5).font = { color: { argb: 'FF0563C1' }, underline: true };
    row.getCell(6).fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: p.severity === 'error' ? ERROR_FILL : WARNING_FILL },
    };
  });
  sheet.addRow([]);
  sheet.addRow([
    null,
    `共 ${errors} 个错误、${problems.length - errors} 个提示。错误须改正后才计入考评；改正后删除本表即可。`,
  ]);
}
