// Publishing an assessment to .xlsx workbooks: the county's and each township's, named with the county.
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { memoryLogger } from '../../functions/src/log/logger';
import { createPublisher, workbookTargets } from '../../functions/src/report/publish-summaries';
import { writeSummaryWorkbook } from '../../functions/src/summary';
import { townships } from '../fixtures/assessment-county';
import { computedAt, INFO, result } from './layout-fixture';

describe('publishing to workbooks', () => {
  it('writes the county workbook and one feedback workbook per township, and reports each', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'summaries-'));
    const publish = createPublisher(writeSummaryWorkbook, workbookTargets(dir), memoryLogger());
    const report = await publish(result, { computedAt, countySpreadsheetId: null, townships });
    expect(report).toEqual(
      ['全县', '城关镇', '河口乡', '白沙镇', '青山乡'].map((label) => ({ label, ok: true })),
    );
    expect((await readdir(dir)).sort()).toEqual(
      [
        '示范县-全县考评汇总.xlsx',
        '示范县-本乡镇考评-城关镇.xlsx',
        '示范县-本乡镇考评-河口乡.xlsx',
        '示范县-本乡镇考评-白沙镇.xlsx',
        '示范县-本乡镇考评-青山乡.xlsx',
      ].sort(),
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, '示范县-全县考评汇总.xlsx'));
    expect(book.worksheets.map((w) => w.name)).toEqual([
      '考评排名',
      '全县统计',
      '预警提醒',
      '数据质量',
      '菜单式培训',
      '联系点督办',
      '通报草稿',
    ]);
    expect(book.getWorksheet('考评排名')!.getCell('A2').value).toBe(INFO);
  });
});
