// Reads one ledger from a worksheet grid: header row, non-blank data rows, stable keys, sheet problems.
import { isBlankCell } from '../../core/cells/normalize-text';
import type { AnyLedger } from '../../core/ledgers';
import { ROW_KEY_HEADER } from '../../core/ledgers/special-columns';
import { headerIssues, readSheetRows } from '../../core/validation';
import { footerKind } from './footer-rows';
import { findHeaderRow, type HeaderMatch } from './header-row';
import type { LedgerWorkbookRow, LedgerWorkbookTab, RowKeySource, SheetIssue } from './ledger-workbook';
import type { PlainCell } from './plain-cell';
import { columnKey, deriveRowKey, uniqueKeys } from './row-keys';
import type { SheetGrid } from './sheet-grid';

function issuesOf(ledger: AnyLedger, match: HeaderMatch, cells: readonly PlainCell[]): SheetIssue[] {
  const { map } = match;
  const { errors, warnings } = headerIssues(ledger, map, { rowNumber: match.rowNumber, cells });
  const issues: SheetIssue[] = [
    ...errors.map((message) => ({ severity: 'error' as const, message })),
    ...warnings.map((message) => ({ severity: 'warning' as const, message })),
  ];
  if (map.unknownHeaders.length) {
    issues.push({
      severity: 'warning',
      message: `「${ledger.tab}」以下列不属于台账，导入时忽略：${map.unknownHeaders.join('、')}`,
    });
  }
  return issues;
}

/** The header row with each recognised column under its template header (`*身份证号码` → 身份证号). */
function canonicalHeaders(ledger: AnyLedger, match: HeaderMatch, cells: readonly PlainCell[]): PlainCell[] {
  const out = [...cells];
  for (const field of ledger.fields) {
    const column = match.map.columnOf.get(field.key);
    if (column !== undefined) out[column] = field.header;
  }
  if (match.map.rowKeyColumn !== null) out[match.map.rowKeyColumn] = ROW_KEY_HEADER;
  return out;
}

/** Total and footer rows below the header, blanked so they are not read, and a note saying which they were. */
function skipFooters(ledger: AnyLedger, grid: SheetGrid, headerRowNumber: number) {
  const skipped: number[] = [];
  const rows = grid.slice(headerRowNumber).map((row, index) => {
    if (!footerKind(row)) return row;
    skipped.push(headerRowNumber + 1 + index);
    return [];
  });
  const note: SheetIssue[] = skipped.length
    ? [
        {
          severity: 'warning',
          message: `「${ledger.tab}」第${skipped.join('、')}行是合计或表尾（合计、填表人、审核人等），不是台账行，已跳过`,
        },
      ]
    : [];
  return { rows, note };
}

export function readLedgerTab(ledger: AnyLedger, sheetName: string, grid: SheetGrid): LedgerWorkbookTab {
  const match = findHeaderRow(ledger, grid);
  const { rowNumber: headerRowNumber, map } = match;
  const rawHeader = grid[headerRowNumber - 1] ?? [];
  const headerRow = canonicalHeaders(ledger, match, rawHeader);
  const footers = skipFooters(ledger, grid, headerRowNumber);
  const sheetIssues = [...issuesOf(ledger, match, rawHeader), ...footers.note];
  const read = readSheetRows(map, footers.rows, headerRowNumber + 1);
  let invalidKeys = 0;
  const derived = read.map((row) => {
    const fromColumn = columnKey(row.rowKey);
    if (!isBlankCell(row.rowKey) && fromColumn === null) invalidKeys++;
    if (fromColumn) return { key: fromColumn, source: 'column' as RowKeySource };
    return deriveRowKey(ledger, row.cells);
  });
  if (invalidKeys) {
    sheetIssues.push({
      severity: 'warning',
      message: `「${ledger.tab}」有 ${invalidKeys} 行的行键不是系统写入的格式，已按内容重新生成`,
    });
  }
  const keys = uniqueKeys(derived.map((d) => d.key));
  const rows: LedgerWorkbookRow[] = read.map((row, index) => {
    const cells: Record<string, PlainCell> = {};
    for (const field of ledger.fields) {
      if (field.key in row.cells) cells[field.header] = (row.cells[field.key] as PlainCell) ?? null;
    }
    return { rowNumber: row.rowNumber, key: keys[index]!, keySource: derived[index]!.source, cells };
  });
  return { ledger, sheetName, headerRowNumber, headerRow, rows, sheetIssues };
}
