import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { pairsLedger, talentsLedger, trainingsLedger } from '../../../functions/src/core/ledgers';
import { readLedgerWorkbook, writeLedgerWorkbook } from '../../../functions/src/local/workbooks';
import { useTempDir } from './temp-dir';

const temp = useTempDir('write');

const talent = {
  姓名: '李春生',
  身份证号: '430521199005021231',
  性别: '男',
  '所在村(社区)': '白马村',
  特长类别: '农',
  是否拔尖人才: '是',
  入库日期: '2024/3/1',
  政治面貌: '群众',
  带动农户数: 12,
};

describe('writeLedgerWorkbook', () => {
  it('writes the template layout plus data, which reads back cell for cell', async () => {
    const path = temp.path('data.xlsx');
    await writeLedgerWorkbook(path, [
      {
        ledger: talentsLedger,
        rows: [talent, { ...talent, 姓名: '王秀英', 身份证号: '430521198503150429' }],
      },
      {
        ledger: trainingsLedger,
        rows: [
          {
            开班日期: new Date(Date.UTC(2024, 4, 6)),
            培训名称: '柑橘栽培技术培训班',
            学时: 8,
            参训人数: '45人',
          },
        ],
      },
    ]);
    const read = await readLedgerWorkbook(path);
    expect(read.kind).toBe('township');
    const [talents, trainings] = read.tabs;
    expect(talents!.rows).toHaveLength(2);
    expect(talents!.rows[0]!.rowNumber).toBe(2);
    expect(talents!.rows[0]!.cells).toEqual({
      ...Object.fromEntries(talentsLedger.fields.map((f) => [f.header, null])),
      ...talent,
    });
    expect(talents!.rows[1]!.cells.身份证号).toBe('430521198503150429');
    expect(trainings!.rows[0]!.cells).toMatchObject({
      开班日期: '2024-05-06',
      培训名称: '柑橘栽培技术培训班',
      学时: 8,
      参训人数: '45人',
      结束日期: null,
    });
  });

  it('keeps ID numbers as text cells and extends the dropdowns past the data', async () => {
    const path = temp.path('types.xlsx');
    const rows = Array.from({ length: 5200 }, (_, i) => ({
      帮带类型: '2+1',
      被帮带人身份证号: `4305211990050212${String(i % 100).padStart(2, '0')}`,
    }));
    await writeLedgerWorkbook(path, [{ ledger: pairsLedger, rows }]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.getWorksheet('帮带结对')!;
    expect(sheet.getCell('D2').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('D2').value).toBe('430521199005021200');
    expect(sheet.getCell('A6201').dataValidation?.formulae).toEqual(['"2+1,1+1"']);
    expect(sheet.getCell('A6202').dataValidation).toBeUndefined();
  });

  it('gives byte-identical files for the same data', async () => {
    const tabs = [{ ledger: talentsLedger, rows: [talent] }];
    await writeLedgerWorkbook(temp.path('same-1.xlsx'), tabs);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2031-06-01T08:00:00Z')); // a different "now" for every zip entry
      await writeLedgerWorkbook(temp.path('same-2.xlsx'), tabs);
    } finally {
      vi.useRealTimers();
    }
    const [first, second] = await Promise.all([
      readFile(temp.path('same-1.xlsx')),
      readFile(temp.path('same-2.xlsx')),
    ]);
    expect(first.equals(second)).toBe(true);
  });
});
