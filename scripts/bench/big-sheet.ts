// A 50,000-row 乡土人才 sheet for the validate/annotate benchmark: every row valid, or every row with its ID
// number stored as a number (the commonest real failure: Excel drops the last digits).
import { composeIdNumber } from '../../functions/src/core/id-number';
import { talentsLedger } from '../../functions/src/core/ledgers';
import { writeLedgerWorkbook } from '../../functions/src/local/workbooks';

const VILLAGES = ['白马村', '荷花村', '石门村', '桃花村', '青山村'];
const CATEGORIES = ['农', '林', '牧', '副', '渔'];

export async function writeBigSheet(path: string, rows: number, idAsNumber: boolean): Promise<void> {
  const data = Array.from({ length: rows }, (_, i) => {
    const birth = `19${60 + (i % 40)}${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}`;
    const id = composeIdNumber(String(430500 + (i % 90)), birth, 1 + (Math.floor(i / 90) % 999));
    return {
      姓名: `张${'国华建军秀英春梅'[i % 8]}${'明亮'[i % 2]}`,
      身份证号: idAsNumber ? Number(id.replace('X', '0')) : id,
      '所在村(社区)': VILLAGES[i % VILLAGES.length]!,
      特长类别: CATEGORIES[i % CATEGORIES.length]!,
      是否拔尖人才: i % 10 === 0 ? '是' : '否',
      入库日期: '2025-03-01',
      政治面貌: '群众',
      带动农户数: i % 7,
      备注: '种养大户',
    };
  });
  await writeLedgerWorkbook(path, [{ ledger: talentsLedger, rows: data }]);
}
