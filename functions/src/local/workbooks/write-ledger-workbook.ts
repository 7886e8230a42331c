// Writes ledger workbooks (templates and data) with exceljs' streaming writer: fast and low on memory.
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { COUNTY_LEDGERS, type LedgerDef, TOWNSHIP_LEDGERS } from '../../core/ledgers';
import type { LedgerRowCells } from './cell-writing';
import { StableWorkbookWriter } from './stable-workbook-writer';
import { addLedgerSheet } from './write-ledger-sheet';

export interface LedgerTabData {
  ledger: LedgerDef;
  /** Rows as canonical header → cell; strings are written as text, numbers as numbers, Dates as dates. */
  rows: readonly LedgerRowCells[];
}

/** Writes one workbook holding the given ledger tabs, in order, in the template layout. */
export async function writeLedgerWorkbook(path: string, tabs: readonly LedgerTabData[]): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const workbook = new StableWorkbookWriter(path);
  for (const tab of tabs) addLedgerSheet(workbook, tab.ledger, tab.rows);
  await workbook.commit();
}

/** A blank township workbook: the five township ledgers (乡土人才 … 示范基地) in template order. */
export const writeTownshipTemplate = (path: string): Promise<void> =>
  writeLedgerWorkbook(
    path,
    TOWNSHIP_LEDGERS.map((ledger) => ({ ledger, rows: [] })),
  );

/** A blank county workbook: 乡镇设置 and 定性考评. */
export const writeCountyTemplate = (path: string): Promise<void> =>
  writeLedgerWorkbook(
    path,
    COUNTY_LEDGERS.map((ledger) => ({ ledger, rows: [] })),
  );
