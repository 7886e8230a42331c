// `validate --annotate`: the clerk's own workbook, marked, read back by openpyxl (not the writer under test)
// and by LibreOffice (which opens it and saves it again with the fills and notes where they were).
import { execFile } from 'node:child_process';
import { copyFile, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/run-cli';
import { useTempDir } from '../temp-dir';

const run = promisify(execFile);
const temp = useTempDir('annotate');
const fixture = (name: string) => resolve('tests/fixtures/clerk-files', name);

type Cell = { value: unknown; fill: string | null; note: string | null; link: string | null };
type Book = Record<string, { cells: Record<string, Cell>; merged: string[] }>;

async function readBack(...paths: string[]): Promise<Record<string, Book>> {
  const script = resolve('tests/local/workbooks/annotate/read_marked.py');
  const { stdout } = await run('/usr/bin/python3', [script, ...paths], { maxBuffer: 64 << 20 });
  return JSON.parse(stdout);
}

const RED = 'FFFFC7CE';
const YELLOW = 'FFFFEB9C';
const errorValue = (column: string, code: string) =>
  `错误：${column}：单元格是错误值 ${code}（公式出错或引用丢失），不是内容：请改为实际内容后保存`;
const formula = (column: string, text: string) =>
  `错误：${column}：单元格是公式「${text}」：台账须填写内容本身，公式及其结果都不读取。请复制该列，用“选择性粘贴→数值”粘贴回原处后保存`;
const EXPECTED_MARKS = {
  '乡土人才!E10': errorValue('所在村(社区)', '#N/A'),
  '乡土人才!H10': errorValue('特长描述', '#DIV/0!'),
  '乡土人才!R10': errorValue('备注', '#REF!'),
  '乡土人才!B11': formula('姓名', '=B7&""'),
  '乡土人才!J11': formula('入库日期', '=TODAY()'),
  '农民党员!C4': '错误：身份证号：以数字形式保存时后几位已丢失，请把单元格设为文本后重新输入',
};

const marksOf = (book: Book) =>
  Object.fromEntries(
    Object.entries(book).flatMap(([sheet, { cells }]) =>
      Object.entries(cells)
        .filter(([, c]) => c.note)
        .map(([address, c]) => [`${sheet}!${address}`, c.note]),
    ),
  );

let source: string;
let marked: string;
let code: number | null;

beforeAll(async () => {
  source = temp.path('城关镇.xlsx');
  await copyFile(fixture('folder/城关镇.xlsx'), source);
  await mkdir(temp.path('marked'));
  const result = await runCli([
    'validate',
    source,
    '--today',
    '2026-12-01',
    '--annotate',
    temp.path('marked'),
  ]);
  code = result.code;
  marked = temp.path('marked/城关镇-已标注.xlsx');
}, 60_000);

describe('validate --annotate on the clerk’s own workbook', () => {
  it('fills each bad cell red with a note holding the message, and exits 1', async () => {
    expect(code).toBe(1);
    const book = (await readBack(marked))[marked]!;
    expect(marksOf(book)).toEqual(EXPECTED_MARKS);
    for (const key of Object.keys(EXPECTED_MARKS)) {
      const [sheet, address] = key.split('!') as [string, string];
      expect(book[sheet]!.cells[address]!.fill).toBe(RED);
    }
  });

  it('changes nothing else: the same sheets, values, merges and fills, plus a 问题清单 tab', async () => {
    const books = await readBack(source, marked);
    const before = books[source]!;
    const after = books[marked]!;
    expect(Object.keys(after)).toEqual([...Object.keys(before), '问题清单']);
    for (const sheet of Object.keys(before)) {
      expect(after[sheet]!.merged).toEqual(before[sheet]!.merged);
      const values = (b: Book) =>
        Object.fromEntries(Object.entries(b[sheet]!.cells).map(([a, c]) => [a, c.value]));
      expect(values(after)).toEqual(values(before));
      const fills = (b: Book) =>
        Object.fromEntries(
          Object.entries(b[sheet]!.cells)
            .filter(([a]) => !(`${sheet}!${a}` in EXPECTED_MARKS))
            .map(([a, c]) => [a, c.fill]),
        );
      expect(fills(after)).toEqual(fills(before));
    }
  });

  it('lists every problem in 问题清单 with a link to its cell', async () => {
    const list = (await readBack(marked))[marked]!.问题清单!.cells;
    const row = (n: number) => ['A', 'B', 'C', 'D', 'E', 'F'].map((c) => list[`${c}${n}`]?.value ?? null);
    expect(row(1)).toEqual(['序号', '工作表', '行', '列', '单元格', '类别']);
    expect(row(4)).toEqual([3, '乡土人才', 10, '所在村(社区)', 'E10', '错误']);
    expect(list.E4!.link).toBe("'乡土人才'!E10");
    expect(row(10)).toEqual([9, '农民党员', 4, '身份证号', 'C4', '错误']);
    expect(list.E10!.link).toBe("'农民党员'!C4");
    expect(list.G2!.value).toBe('「乡土人才」以下列不属于台账，导入时忽略：序号');
    expect(list.B12!.value).toBe('共 6 个错误、3 个提示。错误须改正后才计入考评；改正后删除本表即可。');
  });

  it('opens in LibreOffice, which keeps the fills and notes where they are when it saves the file again', async () => {
    const out = temp.path('libreoffice');
    await run('soffice', ['--headless', '--convert-to', 'xlsx', '--outdir', out, marked], {
      timeout: 120_000,
    });
    const resaved = join(out, '城关镇-已标注.xlsx');
    const book = (await readBack(resaved))[resaved]!;
    expect(marksOf(book)).toEqual(EXPECTED_MARKS);
    expect(book.乡土人才!.cells.E10!.fill).toBe(RED);
    expect(book.问题清单!.cells.F2!.fill).toBe(YELLOW);
  }, 150_000);

  it('marks a copy of an .xls as .xlsx: the sheet’s values kept, the bad cells red', async () => {
    const xls = fixture('cells/公式与错误值.xls');
    const out = temp.path('xls-marked.xlsx');
    const result = await runCli(['validate', xls, '--today', '2026-12-01', '--annotate', out]);
    expect(result.code).toBe(1);
    const books = await readBack(out);
    const cells = books[out]!.乡土人才!.cells;
    expect(marksOf(books[out]!)).toEqual({
      '乡土人才!A3': formula('姓名', '="王"&"建军"'),
      '乡土人才!I3': formula('入库日期', '=TODAY()'),
      '乡土人才!P3': errorValue('带动农户数', '#DIV/0!'),
    });
    expect([cells.A2!.value, cells.B2!.value, cells.A3!.fill]).toEqual(['张国华', '430521198503120318', RED]);
  }, 60_000);
});
