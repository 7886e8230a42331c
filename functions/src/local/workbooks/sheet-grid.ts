// Reads a worksheet into a grid of plain cells: rows and columns 0-based, merged cells filled from their master.
import type { Worksheet } from 'exceljs';
import { type PlainCell, toPlainCell } from './plain-cell';

export type SheetGrid = PlainCell[][];

export function sheetGrid(sheet: Worksheet): SheetGrid {
  const grid: SheetGrid = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values as unknown[];
    const out: PlainCell[] = [];
    for (let column = 1; column < values.length; column++) out.push(toPlainCell(values[column]));
    grid[rowNumber - 1] = out;
  });
  for (let index = 0; index < grid.length; index++) grid[index] ??= [];
  return grid;
}
