// Reads .xls (BIFF8, Excel 97-2003), WPS .et, .ods and HTML tables with SheetJS into plain grids.
import * as XLSX from '@e965/xlsx';
import { formulaCell } from './formula-cell';
import type { NamedGrid } from './match-sheets';
import type { PlainCell } from './plain-cell';
import type { SheetGrid } from './sheet-grid';

let codepages: Promise<void> | null = null;

/**
 * Code pages for BIFF5 and older files, whose strings are stored in the system's code page (936 for GBK):
 * 24 MB of tables, loaded before reading a file that may need them (.xls, .et, .ods, HTML), not for .xlsx.
 */
export function loadCodepages(): Promise<void> {
  codepages ??= import('@e965/xlsx/dist/cpexcel.full.mjs').then((cptable) => XLSX.set_cptable(cptable));
  return codepages;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A SheetJS cell as the ledger layer reads it: error codes as `#N/A`, formulas as `=…`, dates as civil dates. */
function plainOf(cell: XLSX.CellObject | undefined): PlainCell {
  if (!cell) return null;
  if (cell.t === 'e') return cell.w ?? XLSX.utils.format_cell(cell);
  if (cell.f) return formulaCell(cell.f);
  if (cell.t === 'z') return null;
  if (cell.t === 'n' && typeof cell.v === 'number') {
    if (cell.z !== undefined && XLSX.SSF.is_date(cell.z)) {
      const date = XLSX.SSF.parse_date_code(cell.v);
      return date ? `${pad(date.y, 4)}-${pad(date.m)}-${pad(date.d)}` : null;
    }
    return Number.isFinite(cell.v) ? cell.v : null;
  }
  if (cell.t === 'b') return Boolean(cell.v);
  const text = cell.v === undefined || cell.v === null ? '' : String(cell.v);
  return text.trim() === '' ? null : text;
}

function gridOf(sheet: XLSX.WorkSheet): SheetGrid {
  const ref = sheet['!ref'];
  if (!ref) return [];
  const range = XLSX.utils.decode_range(ref);
  const grid: SheetGrid = [];
  for (let r = 0; r <= range.e.r; r++) {
    const row: PlainCell[] = [];
    const cells = (sheet as unknown as { '!data'?: (XLSX.CellObject | undefined)[][] })['!data']?.[r] ?? [];
    for (let c = 0; c <= range.e.c; c++) row.push(plainOf(cells[c]));
    while (row.length && row[row.length - 1] === null) row.pop();
    grid.push(row);
  }
  for (const merge of sheet['!merges'] ?? []) {
    const master = grid[merge.s.r]?.[merge.s.c] ?? null;
    for (let r = merge.s.r; r <= merge.e.r; r++)
      for (let c = merge.s.c; c <= merge.e.c; c++) {
        const row = grid[r] ?? [];
        grid[r] = row;
        while (row.length < c) row.push(null);
        row[c] = master;
      }
  }
  return grid;
}

/** SheetJS prints English remarks (`ODS number format may be incorrect`) to the console: not for clerks. */
function quietly<T>(work: () => T): T {
  const { error, warn } = console;
  console.error = () => undefined;
  console.warn = () => undefined;
  try {
    return work();
  } finally {
    console.error = error;
    console.warn = warn;
  }
}

/** The file as SheetJS reads it (formulas and number formats kept), without its console remarks. */
export const readLegacyWorkbook = (bytes: Uint8Array, text = false): XLSX.WorkBook =>
  quietly(() =>
    XLSX.read(bytes, {
      type: 'buffer',
      dense: true,
      sheetStubs: true,
      cellFormula: true,
      cellNF: true,
      cellDates: false,
      cellText: false, // no formatted text per cell: errors are formatted when met, the rest is read raw
      cellHTML: false,
      raw: text, // an HTML table's cells stay text: an ID number is not turned into a number
    }),
  );

/** The same workbook as .xlsx bytes (values, formulas, merges, number formats and widths). */
export const legacyAsXlsx = (workbook: XLSX.WorkBook): Buffer =>
  quietly(() => XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx', cellStyles: true }) as Buffer);

/** Every visible and hidden worksheet of the file, in order; throws SheetJS's error on a file it cannot read. */
export function readLegacySheets(bytes: Uint8Array, text = false): NamedGrid[] {
  const workbook = readLegacyWorkbook(bytes, text);
  return workbook.SheetNames.map((name) => ({ name, grid: gridOf(workbook.Sheets[name]!) }));
}
