import { readdir, readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { COUNTY_LEDGERS, TOWNSHIP_LEDGERS } from '../../../functions/src/core/ledgers';
import { choiceList } from '../../../functions/src/ingest/choice-fields';
import { LIST_SHEET, readLedgerWorkbook } from '../../../functions/src/local/workbooks';
import { generateSampleCounty, writeSampleCounty } from '../../../tools/sample-county';
import { useTempDir } from '../../local/workbooks/temp-dir';

const temp = useTempDir('sample-county');
const county = generateSampleCounty({ seed: 3, scale: 0.05, year: 2024, today: '2024-11-25' });

describe('writeSampleCounty', () => {
  it('writes one workbook per township and the county workbook, which read back cell for cell', async () => {
    const dir = temp.path('county');
    const paths = await writeSampleCounty(dir, county);
    expect((await readdir(dir)).sort()).toEqual(
      ['城关镇.xlsx', '河口乡.xlsx', '白沙镇.xlsx', '石桥镇.xlsx', '县委组织部.xlsx'].sort(),
    );
    expect(paths.at(-1)).toBe(temp.path('county/县委组织部.xlsx'));

    const township = await readLedgerWorkbook(temp.path('county/河口乡.xlsx'));
    expect(township.kind).toBe('township');
    expect(township.tabs.map((t) => t.ledger.id)).toEqual(TOWNSHIP_LEDGERS.map((l) => l.id));
    const source = county.townships[1]!.rows;
    for (const tab of township.tabs) {
      const id = tab.ledger.id as keyof typeof source;
      expect(tab.rows.map((r) => r.cells)).toEqual(source[id]);
      expect(new Set(tab.rows.map((r) => r.key)).size).toBe(source[id].length);
    }

    const office = await readLedgerWorkbook(temp.path('county/县委组织部.xlsx'));
    expect(office.kind).toBe('county');
    expect(office.tabs.map((t) => t.ledger.id)).toEqual(COUNTY_LEDGERS.map((l) => l.id));
    expect(office.tabs.map((t) => t.rows.map((r) => r.cells))).toEqual([
      county.townshipSettings,
      county.qualitativeScores,
      county.trainingMenu,
      county.liaisonPoints,
      county.supervisionVisits,
    ]);
  });

  it('gives every township’s 培训申报.课程名称 a dropdown of the generated 培训菜单', async () => {
    const dir = temp.path('menu');
    await writeSampleCounty(dir, county);
    const courses = choiceList(county.trainingMenu.map((r) => r.课程名称));
    expect(courses).toHaveLength(22);
    for (const township of county.townships) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(`${dir}/${township.name}.xlsx`);
      const rule = workbook.getWorksheet('培训申报')!.getCell('B2').dataValidation;
      expect([rule?.formulae, rule?.errorStyle]).toEqual([[`'${LIST_SHEET}'!$A$1:$A$22`], 'warning']);
      expect(workbook.getWorksheet(LIST_SHEET)!.getColumn(1).values.slice(1)).toEqual(courses);
    }
    const office = new ExcelJS.Workbook();
    await office.xlsx.readFile(`${dir}/县委组织部.xlsx`);
    expect(office.worksheets.map((s) => s.name)).not.toContain(LIST_SHEET);
  });

  it('writes byte-identical workbooks for the same seed', async () => {
    const again = generateSampleCounty({ seed: 3, scale: 0.05, year: 2024, today: '2024-11-25' });
    await writeSampleCounty(temp.path('first'), county);
    await writeSampleCounty(temp.path('second'), again);
    for (const name of ['城关镇.xlsx', '县委组织部.xlsx']) {
      const [a, b] = await Promise.all([
        readFile(temp.path(`first/${name}`)),
        readFile(temp.path(`second/${name}`)),
      ]);
      expect(a.equals(b)).toBe(true);
    }
  });
});
