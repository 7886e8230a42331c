// Writes a sample county as workbooks: one per township (`城关镇.xlsx`) and the county's (`县委组织部.xlsx`).
import { join } from 'node:path';
import { COUNTY_LEDGERS, TOWNSHIP_LEDGERS } from '../../functions/src/core/ledgers';
import { countyChoices, writeLedgerWorkbook } from '../../functions/src/local/workbooks';
import { COUNTY_OFFICE } from './place-names';
import type { SampleCounty } from './sample-county';

/**
 * Writes every workbook into `dir` (created if missing); returns the paths written, county workbook last.
 * Township tabs get the dropdowns the county's tabs feed (培训申报.课程名称 lists the 培训菜单 courses).
 */
export async function writeSampleCounty(dir: string, county: SampleCounty): Promise<string[]> {
  // The county's tabs are fields of the county named after their ledgers.
  const countyTabs = COUNTY_LEDGERS.map((ledger) => ({ ledger, rows: county[ledger.id] }));
  const choicesOf = countyChoices(new Map(countyTabs.map((t) => [t.ledger.id, t.rows])), county.today);
  const paths: string[] = [];
  for (const township of county.townships) {
    const path = join(dir, `${township.name}.xlsx`);
    await writeLedgerWorkbook(
      path,
      TOWNSHIP_LEDGERS.map((ledger) => ({
        ledger,
        rows: township.rows[ledger.id],
        choices: choicesOf(ledger),
      })),
    );
    paths.push(path);
  }
  const path = join(dir, `${COUNTY_OFFICE}.xlsx`);
  await writeLedgerWorkbook(path, countyTabs);
  paths.push(path);
  return paths;
}
