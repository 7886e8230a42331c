// Writes ledger workbooks (templates and data) with exceljs' streaming writer: fast and low on memory.
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { DataValidation } from 'exceljs';
import { COUNTY_LEDGERS, type LedgerDef, TOWNSHIP_LEDGERS } from '../../core/ledgers';
import { choiceFieldsOf } from '../../ingest/choice-fields';
import type { LedgerRowCells } from './cell-writing';
import { choiceValidation } from './column-layout';
import { type Choices, type ChoicesOf, noChoices } from './county-choices';
import { StableWorkbookWriter } from './stable-workbook-writer';
import { addLedgerSheet, addListSheet, columnLetter, lastValidatedRow } from './write-ledger-sheet';

/** The very hidden sheet that holds the lists of county-fed dropdowns. */
export const LIST_SHEET = '下拉选项';

export interface LedgerTabData {
  ledger: LedgerDef;
  /** Rows as canonical header → cell; strings are written as text, numbers as numbers, Dates as dates. */
  rows: readonly LedgerRowCells[];
  /** Header → the entries its dropdown lists (a county tab's, see `countyChoices`); empty lists are skipped. */
  choices?: Choices;
}

/** Writes one workbook holding the given ledger tabs, in order, in the template layout. */
export async function writeLedgerWorkbook(path: string, tabs: readonly LedgerTabData[]): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const workbook = new StableWorkbookWriter(path);
  const columns: (readonly string[])[] = [];
  for (const tab of tabs) {
    const lists = new Map<string, DataValidation>();
    for (const [header, options] of Object.entries(tab.choices ?? {})) {
      if (!options.length) continue;
      columns.push(options);
      const letter = columnLetter(columns.length);
      const missing = choiceFieldsOf(tab.ledger).find((c) => c.header === header)?.missing;
      const range = `'${LIST_SHEET}'!$${letter}$1:$${letter}$${options.length}`;
      lists.set(header, choiceValidation(range, `${header}：${missing ?? '请从下拉列表中选择'}`));
    }
    for (const [header, validation] of sameWorkbookLists(tab, tabs))
      if (!lists.has(header)) lists.set(header, validation);
    addLedgerSheet(workbook, tab.ledger, tab.rows, lists);
  }
  if (columns.length) addListSheet(workbook, LIST_SHEET, columns);
  await workbook.commit();
}

/**
 * Dropdowns over another tab of the same workbook (联系点.联系乡镇 ← 乡镇设置.乡镇): the live column, so the
 * list follows what the county types there.
 */
function sameWorkbookLists(tab: LedgerTabData, tabs: readonly LedgerTabData[]): Map<string, DataValidation> {
  const out = new Map<string, DataValidation>();
  for (const c of choiceFieldsOf(tab.ledger)) {
    const source = tabs.find((t) => t.ledger.id === c.ledgerId);
    const column = source?.ledger.fields.findIndex((f) => f.key === c.field) ?? -1;
    if (!source || column < 0) continue;
    const letter = columnLetter(column + 1);
    const range = `'${source.ledger.tab}'!$${letter}$2:$${letter}$${lastValidatedRow(source.rows.length)}`;
    out.set(c.header, choiceValidation(range, `${c.header}：${c.missing}`));
  }
  return out;
}

/** A blank township workbook: the township ledgers (乡土人才 … 示范基地) in template order, lists from `choicesOf`. */
export const writeTownshipTemplate = (path: string, choicesOf: ChoicesOf = noChoices): Promise<void> =>
  writeLedgerWorkbook(
    path,
    TOWNSHIP_LEDGERS.map((ledger) => ({ ledger, rows: [], choices: choicesOf(ledger) })),
  );

/** A blank county workbook: 乡镇设置, 定性考评, 培训菜单, 联系点 and 督办记录. */
export const writeCountyTemplate = (path: string): Promise<void> =>
  writeLedgerWorkbook(
    path,
    COUNTY_LEDGERS.map((ledger) => ({ ledger, rows: [] })),
  );
