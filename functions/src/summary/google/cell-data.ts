// Turns laid-out rows into Sheets RowData: text as stringValue (never parsed), numbers as numberValue, formats.
import type { sheets_v4 } from '@googleapis/sheets';
import type { CellContent, LaidRow, RowStyle } from '../layout';
import { NUMBER_PATTERNS } from '../style';

/** `D9EAD3` → { red: 217/255, green: 234/255, blue: 211/255 }. */
export function sheetsColor(hex: string): sheets_v4.Schema$Color {
  const channel = (i: number) => Number.parseInt(hex.slice(i, i + 2), 16) / 255;
  return { red: channel(0), green: channel(2), blue: channel(4) };
}

function textFormat(style: RowStyle): sheets_v4.Schema$TextFormat | undefined {
  const format: sheets_v4.Schema$TextFormat = {};
  if (style.bold) format.bold = true;
  if (style.fontSize) format.fontSize = style.fontSize;
  if (style.textColor) format.foregroundColorStyle = { rgbColor: sheetsColor(style.textColor) };
  return Object.keys(format).length ? format : undefined;
}

function cellData(cell: CellContent, style: RowStyle | null): sheets_v4.Schema$CellData {
  const data: sheets_v4.Schema$CellData = {};
  const format: sheets_v4.Schema$CellFormat = {};
  if (cell.kind === 'text') data.userEnteredValue = { stringValue: cell.text };
  if (cell.kind === 'number') {
    data.userEnteredValue = { numberValue: cell.value };
    if (cell.format) {
      const type = cell.format === 'percent1' ? 'PERCENT' : 'NUMBER';
      format.numberFormat = { type, pattern: NUMBER_PATTERNS[cell.format] };
    }
  }
  if (style) {
    const text = textFormat(style);
    if (text) format.textFormat = text;
    if (style.fill) format.backgroundColorStyle = { rgbColor: sheetsColor(style.fill) };
  }
  if (Object.keys(format).length) data.userEnteredFormat = format;
  return data;
}

export function rowData(row: LaidRow): sheets_v4.Schema$RowData {
  return { values: row.cells.map((cell) => cellData(cell, row.style)) };
}
