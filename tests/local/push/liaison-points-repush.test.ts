// A county workbook pushed before 联系点 allowed a leader several rows (its rows keyed by 县委常委 alone, each
// claiming the leader) and pushed again now (keyed by 县委常委 and 联系乡镇): no row doubled, none lost.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liaisonPointsLedger, townshipSettingsLedger } from '../../../functions/src/core/ledgers';
import { protectRowKey } from '../../../functions/src/local/push/protect-row-key';
import {
  type LedgerWorkbookTab,
  readLedgerWorkbook,
  writeLedgerWorkbook,
} from '../../../functions/src/local/workbooks';
import { COUNTY, type Harness, setUpIngestHarness, TEST_SECRET, USERS } from '../../support/ingest-harness';

let h: Harness;
let leader: string;
let dir: string;
beforeAll(async () => {
  h = await setUpIngestHarness(import.meta.url);
  leader = await h.token(USERS.leader!.email);
  dir = await mkdtemp(join(tmpdir(), 'shuangpei-liaison-'));
}, 60_000);
afterAll(() => h.close());

const OLD = { naturalKey: ['leader'], unique: { field: 'leader', noun: '这位县委常委' } };

/** Reads and pushes the workbook's tabs as `shuangpei run` does (derived keys, keyed; a full sync per tab). */
async function pushWorkbook(file: string) {
  const workbook = await readLedgerWorkbook(file);
  const answers: Record<string, { counts: Record<string, number>; rows: { status: string }[] }> = {};
  for (const tab of workbook.tabs) answers[tab.ledger.id] = (await pushTab(tab)).body;
  return answers;
}

const pushTab = (tab: LedgerWorkbookTab) => {
  const keys = tab.rows.map((r) => protectRowKey(r.key, r.keySource, TEST_SECRET));
  return h.post(
    {
      spreadsheetId: 'local:示范县',
      county: COUNTY,
      ledger: tab.ledger.id,
      rows: tab.rows.map((r, i) => ({ key: keys[i]!, revision: 0, row: r.rowNumber, cells: r.cells })),
      liveKeys: keys,
    },
    leader,
  );
};

/** Runs `body` with 联系点 defined as it was (one row per leader). */
async function asBefore<T>(body: () => Promise<T>): Promise<T> {
  const ledger = liaisonPointsLedger as unknown as Record<string, unknown>;
  const now = { naturalKey: ledger.naturalKey, unique: ledger.unique };
  Object.assign(ledger, OLD);
  try {
    return await body();
  } finally {
    Object.assign(ledger, now);
  }
}

const county = () => h.db.collection('counties').doc(COUNTY);
const liveRows = async () => {
  const rows = await county().collection('liaisonPoints').where('deleted', '==', false).get();
  return rows.docs
    .map((d) => `${d.get('record.leader')} ${d.get('record.township')} ${d.get('status')}`)
    .sort();
};
const claims = async () =>
  (await county().collection('persons').where('ledger', '==', 'liaisonPoints').get()).size;

describe('联系点 pushed again after its key became 县委常委 + 联系乡镇', () => {
  it('replaces the rows keyed by leader alone with the new keys, and releases their claims', async () => {
    const settings = {
      ledger: townshipSettingsLedger,
      rows: ['甲镇', '乙乡', '丙镇'].map((乡镇) => ({ 乡镇, 年度发展目标: 2 })),
    };
    const old = join(dir, 'old.xlsx');
    await writeLedgerWorkbook(old, [
      settings,
      {
        ledger: liaisonPointsLedger,
        rows: [
          { 县委常委: '张三', 联系乡镇: '甲镇' },
          { 县委常委: '李四', 联系乡镇: '乙乡、丙镇' },
        ],
      },
    ]);
    const before = await asBefore(() => pushWorkbook(old));
    expect(before.liaisonPoints!.counts).toMatchObject({ created: 2, withErrors: 0 });
    expect([await liveRows(), await claims()]).toEqual([['张三 甲镇 ok', '李四 乙乡、丙镇 ok'], 2]);

    // The same workbook, pushed by today's code, then with 张三's second contact township on its own row.
    const again = await pushWorkbook(old);
    expect(again.liaisonPoints!.counts).toMatchObject({ created: 2, deleted: 2, withErrors: 0 });
    expect([await liveRows(), await claims()]).toEqual([['张三 甲镇 ok', '李四 乙乡、丙镇 ok'], 2]);

    const now = join(dir, 'now.xlsx');
    await writeLedgerWorkbook(now, [
      settings,
      {
        ledger: liaisonPointsLedger,
        rows: [
          { 县委常委: '张三', 联系乡镇: '甲镇' },
          { 县委常委: '张三', 联系乡镇: '乙乡' },
          { 县委常委: '李四', 联系乡镇: '乙乡、丙镇' },
        ],
      },
    ]);
    const grown = await pushWorkbook(now);
    expect(grown.liaisonPoints!.counts).toMatchObject({
      created: 1,
      unchanged: 2,
      deleted: 0,
      withErrors: 0,
    });
    expect([await liveRows(), await claims()]).toEqual([
      ['张三 乙乡 ok', '张三 甲镇 ok', '李四 乙乡、丙镇 ok'],
      3,
    ]);
    const repeat = await pushWorkbook(now);
    expect(repeat.liaisonPoints!.counts).toMatchObject({ created: 0, unchanged: 3, deleted: 0 });
  });
});
