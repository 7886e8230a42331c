// Writes a marked copy of the clerk's own workbook: each bad cell filled red (warnings yellow) with a note
// (批注) holding the message, and a 问题清单 tab listing every problem with a link to its cell. Nothing else
// of the workbook is changed.
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type ExcelJS from 'exceljs';
import { openAsExcel } from './open-as-excel';
import { cellAddress, ERROR_FILL, type PlacedProblem, WARNING_FILL } from './placed-problem';
import { addProblemList, PROBLEM_LIST_SHEET } from './problem-list-sheet';

const fill = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

function markCells(workbook: ExcelJS.Workbook, problems: readonly PlacedProblem[]): number {
  const byCell = new Map<string, PlacedProblem[]>();
  for (const p of problems) {
    const address = cellAddress(p);
    if (!address) continue;
    const key = `${p.sheetName}!${address}`;
    byCell.set(key, [...(byCell.get(key) ?? []), p]);
  }
  for (const list of byCell.values()) {
    const { sheetName, row, column } = list[0]!;
    const sheet = workbook.getWorksheet(sheetName);
    if (!sheet) continue;
    const cell = sheet.getCell(row!, column!);
    const isError = list.some((p) => p.severity === 'error');
    cell.fill = fill(isError ? ERROR_FILL : WARNING_FILL);
    cell.note = {
      texts: [
        { text: list.map((p) => `${p.severity === 'error' ? '错误' : '提示'}：${p.message}`).join('\n') },
      ],
    };
  }
  return byCell.size;
}

/** Marks `source` (any format the readers take) into the .xlsx `out`; returns how many cells were marked. */
export async function annotateWorkbook(
  source: string,
  out: string,
  problems: readonly PlacedProblem[],
): Promise<{ out: string; markedCells: number; problems: number }> {
  const workbook = await openAsExcel(source);
  const previous = workbook.getWorksheet(PROBLEM_LIST_SHEET);
  if (previous) workbook.removeWorksheet(previous.id);
  const markedCells = markCells(workbook, problems);
  addProblemList(workbook, problems);
  await mkdir(dirname(out), { recursive: true });
  await workbook.xlsx.writeFile(out);
  return { out, markedCells, problems: problems.length };
}

export type { PlacedProblem } from './placed-problem';
