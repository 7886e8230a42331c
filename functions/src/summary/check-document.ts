// Refuses a summary document no writer could render faithfully, before any spreadsheet is touched.
import { SummaryModelError } from './errors';
import type { SummaryDocument, SummaryTab } from './model';

const FORBIDDEN_IN_TAB_NAME = /[[\]:*?/\\]/;
const MAX_TAB_NAME = 31;

function checkTab(tab: SummaryTab): void {
  const where = `汇总表「${tab.name}」`;
  if (!tab.name.trim() || tab.name.length > MAX_TAB_NAME || FORBIDDEN_IN_TAB_NAME.test(tab.name)) {
    throw new SummaryModelError(`${where}：表名须为 1–31 个字符，且不能含 [ ] : * ? / \\`);
  }
  const columns = tab.header.length;
  tab.rows.forEach((row, i) => {
    if (row.cells.length > columns) {
      throw new SummaryModelError(
        `${where}：第 ${i + 1} 行有 ${row.cells.length} 格，表头只有 ${columns} 列`,
      );
    }
  });
  if (tab.columnWidths?.some((w) => !(w > 0))) {
    throw new SummaryModelError(`${where}：列宽须为正数`);
  }
  if (tab.frozenRows !== undefined && !(Number.isInteger(tab.frozenRows) && tab.frozenRows >= 0)) {
    throw new SummaryModelError(`${where}：冻结行数须为不小于 0 的整数`);
  }
  const chart = tab.chart;
  if (!chart) return;
  const inTable = (c: number) => Number.isInteger(c) && c >= 0 && c < columns;
  if (!inTable(chart.categoryColumn) || !chart.valueColumns.length || !chart.valueColumns.every(inTable)) {
    throw new SummaryModelError(`${where}：图表「${chart.title}」引用的列不在表头范围内`);
  }
  if (chart.valueColumns.includes(chart.categoryColumn)) {
    throw new SummaryModelError(`${where}：图表「${chart.title}」的分类列不能同时作为数值列`);
  }
  const rowCount = chart.rowCount;
  if (
    rowCount !== undefined &&
    !(Number.isInteger(rowCount) && rowCount >= 1 && rowCount <= tab.rows.length)
  ) {
    throw new SummaryModelError(`${where}：图表「${chart.title}」的行数须在 1 到 ${tab.rows.length} 之间`);
  }
  const anchor = chart.anchor;
  const onSheet = (n: number) => Number.isInteger(n) && n >= 0;
  if (anchor && !(onSheet(anchor.row) && onSheet(anchor.column))) {
    throw new SummaryModelError(`${where}：图表「${chart.title}」的位置无效`);
  }
}

/** Throws SummaryModelError (code SUMMARY_INVALID) for the first problem found. */
export function checkSummaryDocument(doc: SummaryDocument): void {
  const seen = new Set<string>();
  for (const tab of doc.tabs) {
    checkTab(tab);
    if (seen.has(tab.name)) throw new SummaryModelError(`汇总表「${tab.name}」重复出现`);
    seen.add(tab.name);
  }
}
