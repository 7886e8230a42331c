// The .xlsx reader that works on the sheet XML gives exactly the cells SheetJS gives, on files written by
// openpyxl and by LibreOffice (the clerk fixtures, and LibreOffice's .xlsx of the .xls/.ods fixtures).
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { readXlsxSheets } from '../../../../functions/src/local/workbooks/ooxml/read-xlsx-sheets';
import { readLegacySheets } from '../../../../functions/src/local/workbooks/read-legacy-sheets';
import { useTempDir } from '../temp-dir';

const run = promisify(execFile);
const temp = useTempDir('read-xlsx');
const fixture = (name: string) => resolve('tests/fixtures/clerk-files', name);

const OPENPYXL = ['cells/公式与错误值.xlsx', 'folder/县委组织部.xlsx', 'folder/城关镇.xlsx'].map(fixture);
const CONVERTED = [
  'cells/公式与错误值.ods',
  'cells/公式与错误值.xls',
  'folder/河口乡.xls',
  'folder/新坪镇.ods',
];

/** Rows without trailing empty cells, the grid without trailing empty rows: how far each reader pads differs. */
const trimmed = (grid: readonly (readonly unknown[])[]) => {
  const rows = grid.map((row) => {
    const out = [...row];
    while (out.length && out[out.length - 1] === null) out.pop();
    return out;
  });
  while (rows.length && rows[rows.length - 1]!.length === 0) rows.pop();
  return rows;
};

async function bothReaders(path: string) {
  const bytes = await readFile(path);
  const mine = await readXlsxSheets(bytes);
  const sheetjs = readLegacySheets(bytes);
  return {
    mine: mine?.map((s) => ({ name: s.name, grid: trimmed(s.grid) })),
    sheetjs: sheetjs.map((s) => ({ name: s.name, grid: trimmed(s.grid) })),
  };
}

const converted: string[] = [];

beforeAll(async () => {
  for (const [i, name] of CONVERTED.entries()) {
    const out = temp.path(`libreoffice-${i}`); // 公式与错误值.xls and .ods would both become 公式与错误值.xlsx
    await run('soffice', ['--headless', '--convert-to', 'xlsx', '--outdir', out, fixture(name)], {
      timeout: 120_000,
    });
    converted.push(...(await readdir(out)).map((file) => join(out, file)));
  }
}, 150_000);

describe('reading .xlsx from the sheet XML', () => {
  it.each(OPENPYXL)('reads %s as SheetJS does', async (path) => {
    const { mine, sheetjs } = await bothReaders(path);
    expect(mine).toEqual(sheetjs);
  });

  it('reads LibreOffice’s .xlsx of each .xls and .ods fixture as SheetJS does', async () => {
    expect(converted).toHaveLength(4);
    for (const path of converted) {
      const { mine, sheetjs } = await bothReaders(path);
      expect(mine).toEqual(sheetjs);
    }
  });

  it('gives error codes, formulas, dates and ID numbers as the validators expect them', async () => {
    const sheets = await readXlsxSheets(await readFile(fixture('cells/公式与错误值.xlsx')));
    const grid = sheets![0]!.grid;
    expect(grid[1]).toEqual([
      '张国华',
      '430521198503120318',
      null,
      '白马村',
      null,
      '农',
      null,
      '是',
      '2025-03-01',
      '群众',
      null,
      null,
      null,
      null,
      null,
      3,
    ]);
    expect(grid[2]).toEqual([
      '="王"&"建军"',
      '43052119780105035X',
      null,
      '石门村',
      null,
      '牧',
      null,
      '否',
      '=TODAY()',
      '群众',
      null,
      null,
      null,
      null,
      null,
      '#DIV/0!',
    ]);
  });

  it('leaves a file cut short to SheetJS, which says why it cannot be read', async () => {
    expect(await readXlsxSheets(await readFile(fixture('folder/桃花乡.xlsx')))).toBeNull();
  });
});
