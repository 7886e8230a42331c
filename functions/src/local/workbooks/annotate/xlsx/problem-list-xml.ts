// The 问题清单 worksheet as XML, written in one pass: every problem, each linked to its cell (an in-workbook
// link, `location`), the category filled red or yellow; the same layout as the exceljs-made list.

import type { LazyText } from '../../ooxml/utf8-chunks';
import { escapeXml } from '../../ooxml/xml-text';
import { columnLetter } from '../../write-ledger-sheet';
import { cellAddress, type PlacedProblem } from '../placed-problem';
import type { ListStyles } from './marked-styles';

const WIDTHS = [6, 12, 6, 16, 9, 6, 90];
const HEADERS = ['序号', '工作表', '行', '列', '单元格', '类别', '问题'];

type Value = string | number | null;

const quoted = (sheetName: string) => `'${sheetName.replace(/'/g, "''")}'`;

function cellXml(ref: string, value: Value, style = 0): string {
  const s = style ? ` s="${style}"` : '';
  if (value === null || value === '') return style ? `<c r="${ref}"${s}/>` : '';
  if (typeof value === 'number') return `<c r="${ref}"${s}><v>${value}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
}

const rowXml = (row: number, cells: [Value, number?][]) =>
  `<row r="${row}">${cells.map(([v, s], i) => cellXml(`${columnLetter(i + 1)}${row}`, v, s)).join('')}</row>`;

const shownOf = (p: PlacedProblem) => cellAddress(p) ?? '查看';

function linkXml(p: PlacedProblem, row: number): string {
  const target = cellAddress(p) ?? (p.row !== null ? `A${p.row}` : 'A1');
  const location = escapeXml(`${quoted(p.sheetName)}!${target}`);
  return `<hyperlink ref="E${row}" location="${location}" display="${escapeXml(shownOf(p))}"/>`;
}

const problemRow = (p: PlacedProblem, i: number, styles: ListStyles) =>
  rowXml(i + 2, [
    [i + 1],
    [p.sheetName],
    [p.row],
    [p.header],
    [shownOf(p), styles.link],
    [p.severity === 'error' ? '错误' : '提示', p.severity === 'error' ? styles.error : styles.warning],
    [p.message],
  ]);

export function problemListXml(problems: readonly PlacedProblem[], styles: ListStyles): LazyText {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const last = Math.max(problems.length, 1) + 3;
  const cols = WIDTHS.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join(
    '',
  );
  const summary = `共 ${errors} 个错误、${problems.length - errors} 个提示。错误须改正后才计入考评；改正后删除本表即可。`;
  return function* () {
    yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
    yield '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';
    yield `<dimension ref="A1:G${last}"/><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>`;
    yield `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>`;
    yield rowXml(
      1,
      HEADERS.map((h) => [h, styles.header]),
    );
    for (const [i, p] of problems.entries()) yield problemRow(p, i, styles);
    if (!problems.length) yield rowXml(2, [[null], [null], [null], [null], [null], [null], ['没有发现问题']]);
    yield rowXml(last, [[null], [summary]]);
    yield '</sheetData>';
    if (problems.length) {
      yield '<hyperlinks>';
      for (const [i, p] of problems.entries()) yield linkXml(p, i + 2);
      yield '</hyperlinks>';
    }
    yield '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';
  };
}
