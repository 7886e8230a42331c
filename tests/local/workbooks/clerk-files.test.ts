// Reading the files clerks send, made by openpyxl, LibreOffice and Gnumeric (tests/fixtures/clerk-files).
import { describe, expect, it } from 'vitest';
import { validateRow } from '../../../functions/src/core/validation';
import { readLedgerWorkbook } from '../../../functions/src/local/workbooks';

const fixture = (name: string) => `tests/fixtures/clerk-files/${name}`;
const today = '2026-12-01';

const errorsOf = async (name: string) => {
  const workbook = await readLedgerWorkbook(fixture(name));
  return workbook.tabs.flatMap((tab) =>
    tab.rows.flatMap((row) =>
      validateRow(tab.ledger, row.cells, { today }).errors.map((e) => [
        tab.ledger.tab,
        row.rowNumber,
        e.message,
      ]),
    ),
  );
};

const errorValue = (column: string, code: string) =>
  `${column}：单元格是错误值 ${code}（公式出错或引用丢失），不是内容：请改为实际内容后保存`;
const formula = (column: string, text: string) =>
  `${column}：单元格是公式「${text}」：台账须填写内容本身，公式及其结果都不读取。请复制该列，用“选择性粘贴→数值”粘贴回原处后保存`;

describe('the files clerks send', () => {
  it('finds the header on row 6 under title rows, reads *-marked and variant headers, skips totals and footer', async () => {
    const workbook = await readLedgerWorkbook(fixture('folder/城关镇.xlsx'));
    const [talents, members] = workbook.tabs;
    expect([workbook.format, talents!.headerRowNumber, members!.headerRowNumber]).toEqual(['xlsx', 6, 1]);
    expect(talents!.headerRow.slice(0, 11)).toEqual([
      '序号',
      '姓名',
      '身份证号',
      '性别',
      '所在村(社区)',
      '联系电话',
      '特长类别',
      '特长描述',
      '是否拔尖人才',
      '入库日期',
      '政治面貌',
    ]);
    expect(talents!.rows.map((r) => r.rowNumber)).toEqual([7, 8, 9, 10, 11]);
    expect(talents!.sheetIssues.map((i) => i.message)).toEqual([
      '「乡土人才」以下列不属于台账，导入时忽略：序号',
      '「乡土人才」第12、13、14行是合计或表尾（合计、填表人、审核人等），不是台账行，已跳过',
    ]);
    expect(members!.rows[0]!.cells).toMatchObject({
      入党日期: '1998-07-01',
      文化程度: '高中',
      带动农户数: 4,
    });
  });

  it('gives error values, formulas and lost ID digits their own messages, on the cells that hold them', async () => {
    expect(await errorsOf('folder/城关镇.xlsx')).toEqual([
      ['乡土人才', 10, errorValue('所在村(社区)', '#N/A')],
      ['乡土人才', 10, errorValue('特长描述', '#DIV/0!')],
      ['乡土人才', 10, errorValue('备注', '#REF!')],
      ['乡土人才', 11, formula('姓名', '=B7&""')],
      ['乡土人才', 11, formula('入库日期', '=TODAY()')],
      ['农民党员', 4, '身份证号：以数字形式保存时后几位已丢失，请把单元格设为文本后重新输入'],
    ]);
  });

  it.each(['xls', 'ods', 'xlsx'])(
    'reads formulas that LibreOffice computed (.%s) as formulas, and their error results as errors',
    async (ext) => {
      expect(await errorsOf(`cells/公式与错误值.${ext}`)).toEqual([
        ['乡土人才', 3, formula('姓名', '="王"&"建军"')],
        ['乡土人才', 3, formula('入库日期', '=TODAY()')],
        ['乡土人才', 3, errorValue('带动农户数', '#DIV/0!')],
      ]);
    },
  );

  it.each([
    ['folder/河口乡.xls', 'biff', undefined],
    ['folder/青山乡.et', 'biff', undefined],
    ['folder/新坪镇.ods', 'ods', undefined],
    ['folder/白沙镇.csv', 'csv', 'gb18030'],
    ['folder/龙山乡.csv', 'csv', 'utf-8'],
  ])('reads %s by its content (%s) with its dates, text and numbers', async (name, format, encoding) => {
    const workbook = await readLedgerWorkbook(fixture(name));
    expect([workbook.kind, workbook.format, workbook.encoding]).toEqual(['township', format, encoding]);
    const talents = workbook.tabs.find((t) => t.ledger.id === 'talents')!;
    const second = talents.rows[1]!.cells;
    const csv = format === 'csv';
    expect([
      second.姓名,
      second['所在村(社区)'],
      second.政治面貌,
      second.入党申请日期,
      second.带动农户数,
    ]).toEqual(['李秀英', '荷花村', '预备党员', csv ? '2023/03/01' : '2023-03-01', csv ? '5' : 5]);
    expect(talents.rows.map((r) => validateRow(talents.ledger, r.cells, { today }).errors)).toEqual([
      [],
      [],
      [],
    ]);
  });
});
