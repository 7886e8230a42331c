// Writes the report county as clerks' workbooks with exceljs itself (not the product's ledger writer): one per
// township (`城关镇.xlsx`: title rows, their own column order, header variants) and the county's (`县委组织部.xlsx`).
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { COUNTY_OFFICE } from '../sample-county/place-names';
import { Random } from '../sample-county/random';
import { baseCells, memberCells, pairCells, talentCells, trainingCells } from './cells';
import { Clerk } from './clerk';
import type { ReportCounty, ReportTownship } from './generate-report-county';
import { LAYOUTS, type Layout } from './layouts';
import type { PlantedRow } from './mistakes';
import type { Cell } from './model';

type Ledger = PlantedRow['ledger'];
const TABS: Record<Ledger, string> = {
  talents: '乡土人才',
  members: '农民党员',
  pairs: '帮带结对',
  trainings: '培训记录',
  bases: '示范基地',
};

function addSheet(
  book: ExcelJS.Workbook,
  tab: string,
  layout: Layout,
  rows: Record<string, Cell>[],
  title: string | null,
) {
  const sheet = book.addWorksheet(tab);
  if (title) {
    sheet.addRow([title]);
    sheet.mergeCells(1, 1, 1, layout.length);
    sheet.getCell(1, 1).font = { bold: true, size: 14 };
    sheet.addRow([`填报单位：${title.slice(0, 3)}党委（盖章）`]);
  }
  sheet.addRow(layout.map(([header]) => header)).font = { bold: true };
  rows.forEach((cells, i) => {
    const row = sheet.addRow(layout.map(([, key]) => (key === 'serial' ? i + 1 : (cells[key] ?? null))));
    row.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = 'yyyy"年"m"月"d"日"';
    });
  });
  layout.forEach(([header], i) => {
    sheet.getColumn(i + 1).width = Math.max(8, header.length * 2.2);
  });
}

function rowsOf(t: ReportTownship, ledger: Ledger, clerk: Clerk): Record<string, Cell>[] {
  const render = (kind: Ledger, record: unknown): Record<string, Cell> => {
    switch (kind) {
      case 'talents':
        return talentCells(record as never, clerk);
      case 'members':
        return memberCells(record as never, clerk);
      case 'pairs':
        return pairCells(record as never, clerk);
      case 'trainings':
        return trainingCells(record as never, clerk);
      case 'bases':
        return baseCells(record as never, clerk);
    }
  };
  const valid = (t[ledger] as unknown[]).map((r) => render(ledger, r));
  const planted = t.planted
    .filter((p) => p.ledger === ledger)
    .map((p) => ({ ...render(ledger, p.record), ...p.typed }));
  return [...valid, ...planted];
}

export async function writeTownship(path: string, t: ReportTownship, index: number): Promise<void> {
  const book = new ExcelJS.Workbook();
  book.creator = `${t.name}组织委员`;
  const clerk = new Clerk(new Random(index + 1), index);
  for (const ledger of Object.keys(TABS) as Ledger[]) {
    const variants = LAYOUTS[ledger];
    const layout = variants[index % variants.length]!;
    const title = index % 3 === 0 ? null : `${t.name}${TABS[ledger]}台账`;
    addSheet(book, TABS[ledger], layout, rowsOf(t, ledger, clerk), title);
  }
  await book.xlsx.writeFile(path);
}

async function writeCounty(path: string, county: ReportCounty): Promise<void> {
  const book = new ExcelJS.Workbook();
  const settings = book.addWorksheet('乡镇设置');
  settings.addRow(['乡镇', '表格ID', '年度发展目标']);
  for (const t of county.townships) settings.addRow([t.name, null, t.annualTarget]);
  const scores = book.addWorksheet('定性考评');
  scores.addRow(['考评年度', '乡镇', '定性得分', '加分', '扣分', '说明']);
  for (const t of county.townships)
    scores.addRow([county.year, t.name, t.qualitativeScore, null, null, '按季度督查结果评定']);
  await book.xlsx.writeFile(path);
}

/** Writes every workbook into `dir` (created if missing); returns their paths, the county's last. */
export async function writeReportCounty(dir: string, county: ReportCounty): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const paths: string[] = [];
  for (const [i, t] of county.townships.entries()) {
    const path = join(dir, `${t.name}.xlsx`);
    await writeTownship(path, t, i);
    paths.push(path);
  }
  const path = join(dir, `${COUNTY_OFFICE}.xlsx`);
  await writeCounty(path, county);
  paths.push(path);
  return paths;
}
