// Fills an exceljs workbook from a summary document: values, bold, fills, number formats, widths, frozen rows.
import ExcelJS from 'exceljs';
import type { CellContent, RowStyle, TabLayout } from '../layout';
import type { SummaryDocument } from '../model';
import { NUMBER_PATTERNS } from '../style';

/** Fixed document dates, so the same document always gives the same workbook. */
const DOCUMENT_DATE = new Date(Date.UTC(2020, 0, 1));

/** exceljs leaves a column of exactly this width out of the file (Excel then shows 8.43); nudged to keep it. */
const EXCELJS_DEFAULT_WIDTH = 9;

const argb = (hex: string) => ({ argb: `FF${hex}` });

function styleCell(cell: ExcelJS.Cell, content: CellContent, style: RowStyle | null): void {
  // A string is assigned as a plain string value: exceljs writes it as text, never as a formula.
  cell.value = content.kind === 'blank' ? null : content.kind === 'text' ? content.text : content.value;
  if (content.kind === 'number' && content.format) cell.numFmt = NUMBER_PATTERNS[content.format];
  if (!style) return;
  if (style.bold || style.fontSize || style.textColor) {
    cell.font = {
      ...(style.bold ? { bold: true } : {}),
      ...(style.fontSize ? { size: style.fontSize } : {}),
      ...(style.textColor ? { color: argb(style.textColor) } : {}),
    };
  }
  if (style.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: argb(style.fill) };
}

function addTab(workbook: ExcelJS.Workbook, name: string, layout: TabLayout): void {
  const views: Partial<ExcelJS.WorksheetView>[] =
    layout.frozenRows > 0 ? [{ state: 'frozen', xSplit: 0, ySplit: layout.frozenRows }] : [];
  // Printed landscape, one page wide, so a leader's printout shows the table and its chart together.
  const pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } as const;
  const sheet = workbook.addWorksheet(name, { views, pageSetup });
  layout.columnWidths.forEach((width, c) => {
    sheet.getColumn(c + 1).width = width === EXCELJS_DEFAULT_WIDTH ? width + 0.01 : width;
  });
  layout.rows.forEach((row, r) => {
    const sheetRow = sheet.getRow(r + 1);
    row.cells.forEach((content, c) => {
      styleCell(sheetRow.getCell(c + 1), content, row.style);
    });
  });
}

/** The workbook without charts (exceljs cannot draw them; add-charts does it afterwards). */
export function buildWorkbook(doc: SummaryDocument, layouts: readonly TabLayout[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.created = DOCUMENT_DATE;
  workbook.modified = DOCUMENT_DATE;
  workbook.creator = 'shuangpei';
  workbook.lastModifiedBy = 'shuangpei';
  doc.tabs.forEach((tab, i) => {
    addTab(workbook, tab.name, layouts[i]!);
  });
  return workbook;
}
