// The ingest use case over the in-memory store: headers, verdicts, full syncs and choices, without Java.
import { beforeEach, describe, expect, it } from 'vitest';
import { type IngestRequest, ingestAnswerSchema } from '../../functions/src/core/contract';
import { BadRequestError, UnprocessableError } from '../../functions/src/core/domain-errors';
import { ingestRows } from '../../functions/src/ingest/ingest-service';
import { MemoryRowStore } from '../../functions/src/store/memory/memory-row-store';
import { memberRow, TODAY } from '../fixtures/ledger-rows';
import { ingestCounts } from '../support/ingest-harness';

const ACTOR = 'clerk@chengguan.example';
let store: MemoryRowStore;
beforeEach(() => {
  store = new MemoryRowStore('memory-id-hash-secret-0123456789ab');
});

const members = (rows: IngestRequest['rows'], extra: Partial<IngestRequest> = {}): IngestRequest => ({
  spreadsheetId: 'sheet-chengguan',
  county: '示范县',
  township: '城关镇',
  ledger: 'members',
  rows,
  ...extra,
});
const ingest = (request: IngestRequest) => ingestRows(request, { store, today: TODAY, actor: ACTOR });
const tab = { county: '示范县', township: '城关镇', ledgerId: 'members' };
const memberB = { ...memberRow, 姓名: '赵德明', 身份证号: '430521197603120513', 村级职务: '无' };

describe('ingestRows (in memory)', () => {
  it('stores new rows and answers a re-send as unchanged', async () => {
    const rows = [
      { key: 'm1', revision: 1, row: 2, cells: memberRow },
      { key: 'm2', revision: 1, row: 3, cells: memberB },
    ];
    const first = await ingest(members(rows));
    expect(first.counts).toEqual(ingestCounts({ received: 2, created: 2 }));
    // The answer is exactly what the contract says the clients read (nothing stripped, nothing missing).
    expect(ingestAnswerSchema.strict().parse(first)).toEqual(first);
    const again = await ingest(members(rows));
    expect(again.counts).toEqual(ingestCounts({ received: 2, unchanged: 2 }));
    expect(await store.liveKeys(tab)).toEqual(['m1', 'm2']);
    expect(store.auditOf('示范县').map((a) => a.changes.map((c) => [c.key, c.action]))).toEqual([
      [
        ['m1', 'created'],
        ['m2', 'created'],
      ],
    ]);
  });

  it('tombstones, on a full sync, the rows no longer in the sheet and frees their person', async () => {
    await ingest(members([{ key: 'm1', revision: 1, row: 2, cells: memberRow }]));
    const sync = await ingest(members([], { liveKeys: [] }));
    expect(sync.counts).toEqual(ingestCounts({ deleted: 1 }));
    expect(await store.liveKeys(tab)).toEqual([]);
    // The person is free: another row may now claim it without being a duplicate.
    const next = await ingest(members([{ key: 'm9', revision: 1, row: 2, cells: memberRow }]));
    expect(next.rows[0]).toMatchObject({ key: 'm9', result: 'created', status: 'ok' });
    expect(store.auditOf('示范县')[1]!.changes).toEqual([
      { key: 'm1', row: 2, action: 'deleted', columns: [] },
    ]);
  });

  it('refuses a sheet without a required column, with its code, and stores nothing', async () => {
    const { 身份证号: _, ...withoutId } = memberRow;
    const error = await ingest(
      members([{ key: 'm1', revision: 1, row: 2, cells: withoutId }], { headers: Object.keys(withoutId) }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnprocessableError);
    expect((error as UnprocessableError).code).toBe('SHEET_UNREADABLE');
    expect((error as UnprocessableError).message).toBe(
      '「农民党员」缺少必填列：身份证号。请在第1行补上这些列标题（文字须完全一致）后重新同步',
    );
    expect(await store.liveKeys(tab)).toEqual([]);
  });

  it('refuses a township ledger sent without a township, as a bad request', async () => {
    const error = await ingest(members([], { township: null })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect([(error as BadRequestError).code, (error as BadRequestError).message]).toEqual([
      'BAD_REQUEST',
      'township：「农民党员」是乡镇台账，请填写乡镇名称',
    ]);
  });

  it('answers a 培训申报 push with the live courses of the county menu, in pinyin order', async () => {
    const course = (name: string) => ({
      课程名称: name,
      培训类别: '农村实用技术',
      培训形式: '集中办班',
      学时: 8,
    });
    await ingestRows(
      {
        spreadsheetId: 'county-sheet',
        county: '示范县',
        ledger: 'trainingMenu',
        rows: [
          { key: 'c1', revision: 1, row: 2, cells: course('柑橘栽培技术') },
          { key: 'c2', revision: 1, row: 3, cells: course('电商直播') },
        ],
      },
      { store, today: TODAY, actor: 'leader@county.example' },
    );
    const answer = await ingest(members([], { ledger: 'trainingRequests' }));
    expect(answer.choices).toEqual({ 课程名称: ['电商直播', '柑橘栽培技术'] });
  });
});
