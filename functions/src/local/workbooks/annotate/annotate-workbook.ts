// Writes a marked copy of the clerk's own workbook: each bad cell filled red (warnings yellow) with a note
// (批注) holding the message, and a 问题清单 tab listing every problem with a link to its cell. Nothing else
// of the workbook is changed. An .xlsx is marked by editing its package (fast, small: see xlsx/); other
// formats, and the rare .xlsx those edits do not handle (one marked before), go through exceljs's model.
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type ExcelJS from 'exceljs';
import { sniffFormat } from '../file-format';
import { UnsupportedPackage, XlsxPackage } from '../ooxml/xlsx-package';
import { cellAddress, ERROR_FILL, type PlacedProblem, WARNING_FILL } from './placed-problem';
import { annotateXlsx } from './xlsx/annotate-xlsx';

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

/** The marked copy through exceljs's model: any format the readers take; memory grows with the sheet. */
async function annotateWithModel(source: string, out: string, problems: readonly PlacedProblem[]) {
  // Loaded only here: exceljs is 28 MB that marking an .xlsx never needs.
  const { openAsExcel } = await import('./open-as-excel');
  const { addProblemList, PROBLEM_LIST_SHEET } = await import('./problem-list-sheet');
  const workbook = await openAsExcel(source);
  const previous = workbook.getWorksheet(PROBLEM_LIST_SHEET);
  if (previous) workbook.removeWorksheet(previous.id);
  const markedCells = markCells(workbook, problems);
  addProblemList(workbook, problems);
  await workbook.xlsx.writeFile(out);
  return markedCells;
}

/** The marked copy by editing the .xlsx package, or null when it holds something the edits do not handle. */
async function annotatePackage(bytes: Buffer, out: string, problems: readonly PlacedProblem[]) {
  try {
    const pkg = await XlsxPackage.open(bytes);
    const markedCells = await annotateXlsx(pkg, problems);
    await pkg.write(out);
    return markedCells;
  } catch (error) {
    if (error instanceof UnsupportedPackage) return null;
    throw error;
  }
}

/** Marks `source` (any format the readers take) into the .xlsx `out`; returns how many cells were marked. */
export async function annotateWorkbook(
  source: string,
  out: string,
  problems: readonly PlacedProblem[],
): Promise<{ out: string; markedCells: number; problems: number }> {
  await mkdir(dirname(out), { recursive: true });
  const bytes = await readFile(source);
  const fast =
    sniffFormat(bytes, source).format === 'xlsx' ? await annotatePackage(bytes, out, problems) : null;
  const markedCells = fast ?? (await annotateWithModel(source, out, problems));
  return { out, markedCells, problems: problems.length };
}

export type { PlacedProblem } from './placed-problem';
