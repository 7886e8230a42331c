// Helpers over a generated county: all rows of a ledger, with where they are.
import type { TownshipLedgerId } from '../../../functions/src/core/ledgers';
import type { SampleCounty, SampleRow } from '../../../functions/src/local/sample-county';

export interface LocatedRow {
  township: string;
  rowIndex: number;
  row: SampleRow;
}

export const rowsOf = (county: SampleCounty, ledger: TownshipLedgerId): LocatedRow[] =>
  county.townships.flatMap((t) =>
    t.rows[ledger].map((row, rowIndex) => ({ township: t.name, rowIndex, row })),
  );

export const plantedAt = (county: SampleCounty, kinds?: readonly string[]) =>
  new Set(
    county.mistakes
      .filter((m) => !kinds || kinds.includes(m.kind))
      .map((m) => `${m.township}|${m.ledger}|${m.rowIndex}`),
  );

/** The number in a count cell typed either as a number or as text with a unit (`12户`). */
export const countOf = (cell: SampleRow[string] | undefined): number =>
  typeof cell === 'number' ? cell : cell ? Number(String(cell).replace(/\D+$/, '')) : 0;
