// Helpers over a generated county: all rows of a ledger, with where they are, and their clean values.
import {
  type AnyLedger,
  COUNTY_LEDGERS,
  type LedgerId,
  TOWNSHIP_LEDGERS,
  type TownshipLedgerId,
} from '../../../functions/src/core/ledgers';
import { validateRow } from '../../../functions/src/core/validation';
import { COUNTY_OFFICE, type SampleCounty, type SampleRow } from '../../../tools/sample-county';

export interface LocatedRow {
  /** The township, or COUNTY_OFFICE for the county's own tabs. */
  township: string;
  rowIndex: number;
  row: SampleRow;
}

export const rowsOf = (county: SampleCounty, ledger: TownshipLedgerId): LocatedRow[] =>
  county.townships.flatMap((t) =>
    t.rows[ledger].map((row, rowIndex) => ({ township: t.name, rowIndex, row })),
  );

type CountyLedgerId = (typeof COUNTY_LEDGERS)[number]['id'];
export const countyRowsOf = (county: SampleCounty, ledger: CountyLedgerId): LocatedRow[] =>
  county[ledger].map((row, rowIndex) => ({ township: COUNTY_OFFICE, rowIndex, row }));

/** Every row of every tab, township tabs first, validated as a sheet would be. */
export function validateCounty(county: SampleCounty, today: string) {
  const located = (ledger: AnyLedger): LocatedRow[] =>
    (TOWNSHIP_LEDGERS as readonly AnyLedger[]).includes(ledger)
      ? rowsOf(county, ledger.id as TownshipLedgerId)
      : countyRowsOf(county, ledger.id as CountyLedgerId);
  return [...TOWNSHIP_LEDGERS, ...COUNTY_LEDGERS].flatMap((ledger) =>
    located(ledger).map((row) => ({ ...row, ledger, result: validateRow(ledger, row.row, { today }) })),
  );
}
export type ValidatedRow = ReturnType<typeof validateCounty>[number];
export const whereOf = (v: { township: string; ledger: { id: LedgerId }; rowIndex: number }) =>
  `${v.township}|${v.ledger.id}|${v.rowIndex}`;
export const valuesOf = (v: ValidatedRow) => v.result.values as Record<string, unknown>;

export const plantedAt = (county: SampleCounty, kinds?: readonly string[]) =>
  new Set(
    county.mistakes
      .filter((m) => !kinds || kinds.includes(m.kind))
      .map((m) => `${m.township}|${m.ledger}|${m.rowIndex}`),
  );

/** The number in a count cell typed either as a number or as text with a unit (`12户`). */
export const countOf = (cell: SampleRow[string] | undefined): number =>
  typeof cell === 'number' ? cell : cell ? Number(String(cell).replace(/\D+$/, '')) : 0;
