// Marking an .xlsx by editing its package: the sheet's own notes kept, empty cells marked in their column's
// format, rows past the data added, and a workbook marked before re-marked through the full model. Read back
// with openpyxl (Debian's python3-openpyxl), not by the code under test.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { talentsLedger } from '../../../../functions/src/core/ledgers';
import { writeLedgerWorkbook } from '../../../../functions/src/local/workbooks';
import {
  annotateWorkbook,
  type PlacedProblem,
} from '../../../../functions/src/local/workbooks/annotate/annotate-workbook';
import { useTempDir } from '../temp-dir';

const run = promisify(execFile);
const temp = useTempDir('annotate-package');

type Cell = { value: unknown; fill: string | null; note: string | null; link: string | null; format: string };
type Book = Record<string, { cells: Record<string, Cell>; merged: string[] }>;

async function readBack(path: string): Promise<Book> {
  const script = 'tests/local/workbooks/annotate/read_marked.py';
  const { stdout } = await run('/usr/bin/python3', [script, path], { maxBuffer: 64 << 20 });
  return JSON.parse(stdout)[path];
}

const problem = (row: number | null, column: number | null, severity: 'error' | 'warning', message: string) =>
  ({ sheetName: '乡土人才', row, column, header: null, severity, message }) satisfies PlacedProblem;

const PROBLEMS: PlacedProblem[] = [
  problem(2, 1, 'error', '姓名：必填，请填写'),
  problem(2, 1, 'warning', '姓名：请核对'),
  problem(3, 2, 'error', '身份证号：必填，请填写'), // an empty cell of the text-formatted ID column
  problem(9, 3, 'warning', '性别：请核对'), // a row past the data
  problem(null, null, 'warning', '「乡土人才」以下列不属于台账，导入时忽略：序号'),
];

let source: string;
let marked: string;
let before: Book;
let after: Book;

beforeAll(async () => {
  source = temp.path('source.xlsx');
  marked = temp.path('marked.xlsx');
  const rows = [
    { 姓名: '张国华', '所在村(社区)': '白马村' },
    { 姓名: '李秀英', '所在村(社区)': '荷花村' },
  ];
  await writeLedgerWorkbook(source, [{ ledger: talentsLedger, rows }]);
  const result = await annotateWorkbook(source, marked, PROBLEMS);
  expect(result).toEqual({ out: marked, markedCells: 3, problems: 5 });
  [before, after] = await Promise.all([readBack(source), readBack(marked)]);
}, 60_000);

describe('marking an .xlsx package', () => {
  it('keeps the header notes the sheet had and adds one note per marked cell, errors before warnings', () => {
    const notes = (book: Book) =>
      Object.fromEntries(
        Object.entries(book.乡土人才!.cells)
          .filter(([, c]) => c.note)
          .map(([a, c]) => [a, c.note]),
      );
    expect(notes(after)).toEqual({
      ...notes(before),
      A2: '错误：姓名：必填，请填写\n提示：姓名：请核对',
      B3: '错误：身份证号：必填，请填写',
      C9: '提示：性别：请核对',
    });
  });

  it('carries the sheet’s XML outside its cells through byte for byte, its Chinese text included', async () => {
    const part = async (path: string) =>
      (await JSZip.loadAsync(await readFile(path))).file('xl/worksheets/sheet1.xml')!.async('string');
    const [was, is] = await Promise.all([part(source), part(marked)]);
    const outside = (xml: string) => [
      xml.slice(0, xml.indexOf('<sheetData')),
      xml.slice(xml.indexOf('</sheetData>')).replace(/<legacyDrawing [^>]*\/>/, ''),
    ];
    expect(outside(is)).toEqual(outside(was));
    expect(outside(is)[1]).toContain('请从下拉列表中选择');
  });

  it('fills the marked cells, keeps their values and their column’s number format', () => {
    const cells = after.乡土人才!.cells;
    expect([cells.A2!.value, cells.A2!.fill]).toEqual(['张国华', 'FFFFC7CE']);
    expect([cells.B3!.value, cells.B3!.fill, cells.B3!.format]).toEqual([null, 'FFFFC7CE', '@']);
    expect([cells.C9!.value, cells.C9!.fill]).toEqual([null, 'FFFFEB9C']);
    const unmarked = (book: Book) =>
      Object.entries(book.乡土人才!.cells).filter(([a]) => !['A2', 'B3', 'C9'].includes(a));
    expect(unmarked(after).map(([a, c]) => [a, c.value, c.fill, c.format])).toEqual(
      unmarked(before).map(([a, c]) => [a, c.value, c.fill, c.format]),
    );
  });

  it('lists every problem in 问题清单, the sheet-wide one linked to A1', () => {
    const list = after.问题清单!.cells;
    expect(Object.keys(after)).toEqual([...Object.keys(before), '问题清单']);
    expect([list.E2!.value, list.E2!.link, list.F2!.value, list.F2!.fill]).toEqual([
      'A2',
      "'乡土人才'!A2",
      '错误',
      'FFFFC7CE',
    ]);
    expect([list.E6!.value, list.E6!.link, list.G6!.value]).toEqual([
      '查看',
      "'乡土人才'!A1",
      '「乡土人才」以下列不属于台账，导入时忽略：序号',
    ]);
    expect(list.B8!.value).toBe('共 2 个错误、3 个提示。错误须改正后才计入考评；改正后删除本表即可。');
  });

  it('re-marks a workbook marked before: one 问题清单, the new notes', async () => {
    const again = temp.path('again.xlsx');
    const result = await annotateWorkbook(marked, again, [problem(2, 3, 'error', '性别：必填')]);
    expect(result.markedCells).toBe(1);
    const book = await readBack(again);
    expect(Object.keys(book)).toEqual(Object.keys(after));
    expect(book.乡土人才!.cells.C2!.note).toBe('错误：性别：必填');
    expect(book.问题清单!.cells.G2!.value).toBe('性别：必填');
  }, 60_000);
});
