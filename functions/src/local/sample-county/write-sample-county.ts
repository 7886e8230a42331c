// Writes a sample county as workbooks: one per township (`城关镇.xlsx`) and the county's (`县委组织部.xlsx`).
import { join } from 'node:path';
import { COUNTY_LEDGERS, TOWNSHIP_LEDGERS } from '../../core/ledgers';
import { writeLedgerWorkbook } from '../workbooks';
import { COUNTY_OFFICE } from './place-names';
import type { SampleCounty } from './sample-county';

/** Writes every workbook into `dir` (created if missing); returns the paths written, county workbook last. */
export async function writeSampleCounty(dir: string, county: SampleCounty): Promise<string[]> {
  const paths: string[] = [];
  for (const township of county.townships) {
    const path = join(dir, `${township.name}.xlsx`);
    await writeLedgerWorkbook(
      path,
      TOWNSHIP_LEDGERS.map((ledger) => ({ ledger, rows: township.rows[ledger.id] })),
    );
    paths.push(path);
  }
  const path = join(dir, `${COUNTY_OFFICE}.xlsx`);
  // The county's tabs are fields of the county named after their ledgers.
  await writeLedgerWorkbook(
    path,
    COUNTY_LEDGERS.map((ledger) => ({ ledger, rows: county[ledger.id] })),
  );
  paths.push(path);
  return paths;
}
