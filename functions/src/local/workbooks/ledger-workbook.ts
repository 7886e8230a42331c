// What reading a ledger workbook yields: which ledgers it holds, their rows with stable keys, sheet problems.
import type { AnyLedger } from '../../core/ledgers';
import type { FileFormat } from './file-format';
import type { PlainCell } from './plain-cell';

export type WorkbookKind = 'township' | 'county' | 'unknown';

/** How a row got its key: the sheet's 行键 column, its natural key, or (failing both) its whole content. */
export type RowKeySource = 'column' | 'natural' | 'content';

export interface LedgerWorkbookRow {
  /** 1-based row number in the worksheet. */
  rowNumber: number;
  /** Stable key, matching /^[A-Za-z0-9][A-Za-z0-9_:.-]{0,99}$/. */
  key: string;
  keySource: RowKeySource;
  /** Canonical ledger header → JSON-safe cell; only the ledger's columns the sheet has. */
  cells: Record<string, PlainCell>;
}

export interface SheetIssue {
  severity: 'error' | 'warning';
  /** Chinese, for the operator: what is wrong with the sheet and what to do. */
  message: string;
}

export interface LedgerWorkbookTab {
  ledger: AnyLedger;
  /** The worksheet's own name (it may differ from the ledger's tab name). */
  sheetName: string;
  /** 1-based row number of the header row (a title row may sit above it). */
  headerRowNumber: number;
  headerRow: PlainCell[];
  rows: LedgerWorkbookRow[];
  sheetIssues: SheetIssue[];
}

export interface LedgerWorkbook {
  kind: WorkbookKind;
  /** What the file was, found by its content. */
  format: FileFormat;
  /** A CSV file's text encoding, found by its content (`utf-8`, `gb18030` for GBK…). */
  encoding?: string;
  tabs: LedgerWorkbookTab[];
  /** Worksheets that hold no ledger (or a ledger already read from an earlier sheet). */
  ignoredTabs: string[];
}
