// Reads one ledger from a worksheet grid: header row, non-blank data rows, stable keys, sheet problems.
import { isBlankCell } from '../../core/cells/normalize-text';
import type { AnyLedger } from '../../core/ledgers';
import { headerIssues, readSheetRows } from '../../core/validation';
import { findHeaderRow } from './header-row';
import type { LedgerWorkbookRow, LedgerWorkbookTab, RowKeySource, SheetIssue } from './ledger-workbook';
import type { PlainCell } from './plain-cell';
import { columnKey, deriveRowKey, uniqueKeys } from './row-keys';
import type { SheetGrid } from './sheet-grid';

function issuesOf(ledger: AnyLedger, map: ReturnType<typeof findHeaderRow>['map']): SheetIssue[] {
  const { errors, warnings } = headerIssues(ledger, map);
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

export function readLedgerTab(ledger: AnyLedger, sheetName: string, grid: SheetGrid): LedgerWorkbookTab {
  const { rowNumber: headerRowNumber, map } = findHeaderRow(ledger, grid);
  const headerRow = grid[headerRowNumber - 1] ?? [];
  const sheetIssues = issuesOf(ledger, map);
  const read = readSheetRows(map, grid.slice(headerRowNumber), headerRowNumber + 1);
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
