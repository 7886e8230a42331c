// A sent row as the plan takes it: its cells under their canonical headers, and its validation.
import type { CellValue } from '../core/cells/cell-value';
import type { CivilDate } from '../core/dates/civil-date';
import type { AnyLedger } from '../core/ledgers';
import { normalizeHeader, validateRow } from '../core/validation';
import type { ValidatedRow } from './chunk-types';

export interface SentRow {
  key: string;
  revision: number;
  row?: number | null;
  cells: Readonly<Record<string, CellValue>>;
}

/** Cells by canonical header, unknown columns dropped (they may hold data we must not keep). */
function canonicalCells(
  ledger: AnyLedger,
  cells: Readonly<Record<string, CellValue>>,
): ValidatedRow['cells'] {
  const headerOf = new Map(ledger.fields.map((f) => [normalizeHeader(f.header), f.header]));
  const out: ValidatedRow['cells'] = {};
  for (const [header, value] of Object.entries(cells)) {
    const canonical = headerOf.get(normalizeHeader(header));
    if (canonical && !(canonical in out))
      out[canonical] = value === undefined || value instanceof Date ? null : value;
  }
  return out;
}

export function validatedRow(ledger: AnyLedger, row: SentRow, today: CivilDate): ValidatedRow {
  return {
    key: row.key,
    revision: row.revision,
    sheetRow: row.row ?? null,
    cells: canonicalCells(ledger, row.cells),
    validation: validateRow(ledger, row.cells, { today }),
  };
}
