import { writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { talentsLedger } from '../../../functions/src/core/ledgers';
import { validateRow } from '../../../functions/src/core/validation';
import { readLedgerWorkbook, WorkbookReadError } from '../../../functions/src/local/workbooks';
import { writeLegacyWorkbook } from './legacy-workbook';
import { useTempDir } from './temp-dir';

const temp = useTempDir('legacy');
const KEY = /^[A-Za-z0-9][A-Za-z0-9_:.-]{0,99}$/;

async function readLegacy(name: string, village3?: string) {
  const path = temp.path(name);
  await writeLegacyWorkbook(path, village3);
  return readLedgerWorkbook(path);
}

describe('reading a workbook a county already keeps', () => {
  it('finds the ledgers by tab name, by a name containing it, and ignores the rest', async () => {
    const workbook = await readLegacy('tabs.xlsx');
    expect(workbook.kind).toBe('township');
    expect(workbook.ignoredTabs).toEqual(['说明']);
    expect(workbook.tabs.map((t) => [t.ledger.id, t.sheetName, t.headerRowNumber])).toEqual([
      ['talents', '乡土人才', 2],
      ['members', '农民党员台账', 1],
    ]);
  });

  it('finds the header under a merged title row and reports extra columns once', async () => {
    const [talents] = (await readLegacy('header.xlsx')).tabs;
    expect(talents!.headerRow).toEqual([
      '序号',
      '身份证号',
      '姓名', // ' 姓名* ' as the sheet has it, under its template header
      '入库日期',
      '政治面貌',
      '所在村(社区)',
      '特长类别',
      '是否拔尖人才',
      '带动农户数',
      '联系电话',
      '审核人',
    ]);
    expect(talents!.sheetIssues).toEqual([
      { severity: 'warning', message: '「乡土人才」以下列不属于台账，导入时忽略：序号、审核人' },
    ]);
  });

  it('passes on exact JSON-safe cells by canonical header, skipping the blank row', async () => {
    const [talents] = (await readLegacy('cells.xlsx')).tabs;
    const rows = talents!.rows;
    expect(rows.map((r) => r.rowNumber)).toEqual([3, 5, 6, 7, 8]);
    expect(rows[0]!.cells).toEqual({
      姓名: '李春生',
      身份证号: '430521199005021231',
      '所在村(社区)': '白马村',
      联系电话: '13800731234',
      特长类别: '农',
      是否拔尖人才: '是',
      入库日期: '2024-03-01',
      政治面貌: '群众',
      带动农户数: 12,
    });
    // A number typed into the ID column lost its last digits: passed on as the number, not "fixed".
    expect(rows[1]!.cells.身份证号).toBe(430521198503150400);
    expect(rows[1]!.cells.入库日期).toBe('2023/4/10');
    expect(rows[1]!.cells.带动农户数).toBe('12');
    expect(rows[1]!.cells.联系电话).toBeNull();
    // Excel date with a time of day keeps its calendar day; a formula without a cached result is its text.
    expect(rows[2]!.cells.入库日期).toBe('2024-03-01');
    expect(rows[2]!.cells.带动农户数).toBe('=I3+1');
    expect(rows[3]!.cells.带动农户数).toBe('#N/A');
    expect(rows[3]!.cells.入库日期).toBe('2024年3月1日');
    expect(JSON.parse(JSON.stringify(rows))).toEqual(rows);
  });

  it('lets validation explain the lost ID digits', async () => {
    const [talents] = (await readLegacy('validate.xlsx')).tabs;
    const result = validateRow(talentsLedger, talents!.rows[1]!.cells, { today: '2024-11-25' });
    expect(result.errors.map((e) => e.message)).toEqual([
      '身份证号：以数字形式保存时后几位已丢失，请把单元格设为文本后重新输入',
    ]);
  });

  it('keys rows by natural key, numbering repeats in file order, and by content when the key is empty', async () => {
    const [talents] = (await readLegacy('keys.xlsx')).tabs;
    const keys = talents!.rows.map((r) => r.key);
    expect(talents!.rows.map((r) => r.keySource)).toEqual([
      'natural',
      'natural',
      'natural',
      'natural',
      'content',
    ]);
    expect(keys[3]).toBe(`${keys[0]}.2`); // '430521 199005021231' is the same person as row 3
    expect(keys[0]).toMatch(/^n-[A-Za-z0-9_-]{43}$/);
    expect(keys[4]).toMatch(/^r-[A-Za-z0-9_-]{43}$/);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(KEY);
  });

  it('uses the 行键 column when it holds a valid key, deriving the others', async () => {
    const [, members] = (await readLegacy('row-key.xlsx')).tabs;
    const rows = members!.rows;
    expect(rows.map((r) => r.keySource)).toEqual(['column', 'natural', 'natural', 'column']);
    expect(rows[0]!.key).toBe('m-1');
    expect(rows[3]!.key).toBe('m-1.2');
    expect(rows[1]!.key).toMatch(/^n-/);
    expect(rows[2]!.cells.入党日期).toBe(36_708);
    expect(members!.sheetIssues).toEqual([
      { severity: 'warning', message: '「农民党员」有 1 行的行键不是系统写入的格式，已按内容重新生成' },
    ]);
  });

  it('gives the same keys when the same file is read twice, and when one non-key cell changed', async () => {
    const first = await readLegacy('same.xlsx');
    const again = await readLegacy('same.xlsx');
    const edited = await readLegacy('edited.xlsx', '青山村');
    const keysOf = (w: typeof first) => w.tabs.map((t) => t.rows.map((r) => r.key));
    expect(keysOf(again)).toEqual(keysOf(first));
    expect(keysOf(edited)).toEqual(keysOf(first));
    expect(edited.tabs[0]!.rows[0]!.cells['所在村(社区)']).toBe('青山村');
  });

  it('reads a CSV saved under an .xls name by its content, and refuses a PDF saying what to do', async () => {
    const csv = temp.path('old.xls');
    await writeFile(csv, '姓名,身份证号\n李春生,430521199005021231\n');
    const read = await readLedgerWorkbook(csv);
    expect([read.format, read.encoding, read.kind]).toEqual(['csv', 'utf-8', 'unknown']);
    const pdf = temp.path('台账.pdf');
    await writeFile(pdf, '%PDF-1.4\n');
    const error = await readLedgerWorkbook(pdf).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect((error as WorkbookReadError).message).toBe(
      '无法读取 台账.pdf：这是 PDF 文件，无法读取表格内容：请提交原始的 Excel/WPS 表格',
    );
    expect((error as { cause: { code: string } }).cause.code).toBe('NOT_SPREADSHEET');
  });

  it('reads an HTML table saved as .xls (as web systems export) with its cells as text', async () => {
    const headers = talentsLedger.fields.map((f) => f.header);
    const typed: Record<string, string> = {
      姓名: '张三',
      身份证号: '430521199005021231',
      '所在村(社区)': '白马村',
      特长类别: '农',
      是否拔尖人才: '是',
      入库日期: '2024-03-01',
      政治面貌: '群众',
      带动农户数: '3',
    };
    const tr = (row: string[]) => `<tr>${row.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    const path = temp.path('导出.xls');
    await writeFile(
      path,
      `<html><body><table>${tr(headers)}${tr(headers.map((h) => typed[h] ?? ''))}</table></body></html>`,
    );
    const read = await readLedgerWorkbook(path);
    expect([read.format, read.kind]).toEqual(['html', 'township']);
    expect(read.tabs[0]!.rows[0]!.cells).toEqual(
      Object.fromEntries(headers.map((h) => [h, typed[h] ?? null])),
    );
  });

  it('says a missing file is missing, not damaged', async () => {
    const path = temp.path('城关镇.xlsx');
    const error = await readLedgerWorkbook(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect((error as WorkbookReadError).message).toBe(
      `找不到文件 ${path}：请检查路径和文件名（如 城关镇.xlsx）`,
    );
    expect((error as { cause: { code: string } }).cause.code).toBe('NOT_FOUND');
  });
});
