// A workbook a county already keeps (title row, own column order, extra columns, dates typed by hand, no 行键
// column in 乡土人才) pushed through the real push path: read the folder, post every tab to `ingest` over HTTP.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLedgerFolder } from '../../../functions/src/local/push/ledger-folder';
import { pushCounty } from '../../../functions/src/local/push/push-county';
import { type FunctionsHost, startFunctionsHost } from '../../../functions/src/local/stack/functions-host';
import { writeCountyTemplate } from '../../../functions/src/local/workbooks';
import {
  COUNTY,
  type Harness,
  ingestCounts,
  setUpIngestHarness,
  TEST_SECRET,
} from '../../support/ingest-harness';
import { writeLegacyWorkbook } from '../workbooks/legacy-workbook';
import { useTempDir } from '../workbooks/temp-dir';

const temp = useTempDir('push-legacy');
let h: Harness;
let host: FunctionsHost;

beforeAll(async () => {
  h = await setUpIngestHarness(import.meta.url);
  host = await startFunctionsHost();
  await writeCountyTemplate(temp.path('县委组织部.xlsx'));
  await writeLegacyWorkbook(temp.path('白沙镇.xlsx'));
});
afterAll(async () => {
  await host?.close();
  await h?.close();
});

/** Pushes the folder; returns the counts of each township tab that has rows. */
async function push() {
  const folder = await readLedgerFolder(temp.path(''));
  const reports = await pushCounty(folder, {
    db: h.db,
    functionsUrl: host.url,
    county: COUNTY,
    token: (email) => h.token(email),
    rowKeySecret: TEST_SECRET,
  });
  expect(reports.map((r) => r.source)).toEqual(['全县', '白沙镇']);
  expect(reports.flatMap((r) => r.tabs.filter((t) => t.failure))).toEqual([]);
  const tabs = reports[1]!.tabs;
  return Object.fromEntries(tabs.map((t) => [t.tab, t.counts]));
}

const counts = ingestCounts;

describe('pushing a workbook the county already keeps', () => {
  it('creates every row, then changes nothing on a second push, then updates only the row edited', async () => {
    // 乡土人才: 5 rows, 4 with errors (row 5 lost its ID digits; row 6 holds a formula, =I3+1; row 7 has #N/A
    // and repeats row 3's person; row 8 has neither name nor ID). 农民党员: 4 rows; the Excel serial 36708 (2000-06-30) makes row 4 join
    // at 17, and row 5, 预备党员 since 2024/7/1, gets a warning. `validate` lists the same.
    expect(await push()).toEqual({
      乡土人才: counts({ received: 5, created: 5, withErrors: 4 }),
      农民党员: counts({ received: 4, created: 4, withErrors: 1, withWarnings: 1 }),
    });
    expect(await push()).toEqual({
      乡土人才: counts({ received: 5, unchanged: 5, withErrors: 4 }),
      农民党员: counts({ received: 4, unchanged: 4, withErrors: 1, withWarnings: 1 }),
    });

    const file = temp.path('白沙镇.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.getWorksheet('乡土人才')!;
    expect(sheet.getCell('F2').value).toBe('所在村(社区)');
    sheet.getCell('F3').value = '青山村';
    await book.xlsx.writeFile(file);

    expect(await push()).toEqual({
      乡土人才: counts({ received: 5, updated: 1, unchanged: 4, withErrors: 4 }),
      农民党员: counts({ received: 4, unchanged: 4, withErrors: 1, withWarnings: 1 }),
    });
    const talents = await h.db.collection(`counties/${COUNTY}/townships/白沙镇/talents`).get();
    const villages = talents.docs.map((d) => d.data().record.village as string | null);
    expect(villages.sort()).toEqual(['桃花村', '白马村', '石门村', '荷花村', '青山村'].sort());
  });
});
