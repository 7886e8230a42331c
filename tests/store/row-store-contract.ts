// The RowStore port's promises, one suite run against every adapter (in memory, and Firestore on the emulator).
import { beforeEach, describe, expect, it } from 'vitest';
import { hashIdNumber } from '../../functions/src/core/id-number/hash-id-number';
import type {
  AuditEntry,
  ChunkWrites,
  RowStore,
  Tab,
  WriteContext,
} from '../../functions/src/ingest/row-store';
import type { PersonDoc, StoredRow } from '../../functions/src/ingest/stored-row';

export const SECRET = 'contract-id-hash-secret-0123456789ab';
const COUNTY = '示范县';
const TAB: Tab = { county: COUNTY, township: '城关镇', ledgerId: 'members' };
const CONTEXT: WriteContext = { actor: 'clerk@chengguan.example', spreadsheetId: 'sheet-chengguan' };

export interface StoreUnderTest {
  store: RowStore;
  /** The county's audit entries, oldest first, without the store's timestamp. */
  audit(county: string): Promise<AuditEntry[]>;
}

const row = (key: string, over: Partial<StoredRow> = {}): StoredRow => ({
  county: COUNTY,
  township: TAB.township,
  ledger: TAB.ledgerId,
  key,
  sheetRow: 2,
  revision: 1,
  status: 'ok',
  record: { name: '王建国', householdsLed: 30 },
  cells: { 姓名: '王建国', 带动农户数: 30 },
  errors: [],
  warnings: [],
  personDocId: null,
  fingerprint: `fp-${key}`,
  deleted: false,
  spreadsheetId: CONTEXT.spreadsheetId,
  updatedBy: CONTEXT.actor,
  ...over,
});

const person = (key: string): PersonDoc => ({
  ledger: 'members',
  township: '城关镇',
  key,
  sheetRow: 2,
  memberCategory: '正式党员',
  hasErrors: false,
});

const writes = (over: Partial<ChunkWrites>): ChunkWrites => ({
  rowWrites: [],
  personWrites: [],
  audit: [],
  ...over,
});

/** Registers the suite; `make` gives an empty store for each test. */
export function rowStoreContract(make: () => Promise<StoreUnderTest>): void {
  let s: StoreUnderTest;
  beforeEach(async () => {
    s = await make();
  });
  const read = (tab: Tab, ids: { rowKeys?: string[]; personIds?: string[] }) =>
    s.store.transact(tab, CONTEXT, async (r) => ({ ...writes({}), docs: await r(ids) }));
  const commit = (plan: ChunkWrites, tab = TAB) => s.store.transact(tab, CONTEXT, async () => plan);

  describe('RowStore contract', () => {
    it('names person documents by ledger and keyed hash, never by the raw key', () => {
      expect(s.store.personDocId('members', '430521197001010114')).toBe(
        `members_${hashIdNumber('430521197001010114', SECRET)}`,
      );
    });

    it('reads nothing from an empty store, and back exactly what a commit wrote', async () => {
      expect((await read(TAB, { rowKeys: ['m1'], personIds: ['p1'] })).docs).toEqual({
        rows: new Map(),
        persons: new Map(),
      });
      const change = { key: 'm1', row: 2, action: 'created' as const, columns: ['姓名'] };
      const committed = await commit(
        writes({
          rowWrites: [{ key: 'm1', kind: 'set', doc: row('m1', { personDocId: 'p1' }) }],
          personWrites: [{ id: 'p1', doc: person('m1') }],
          audit: [change],
        }),
      );
      expect(committed.audit).toEqual([change]);
      const { docs } = await read(TAB, { rowKeys: ['m1', 'm2'], personIds: ['p1', 'p2'] });
      expect(docs.rows).toEqual(new Map([['m1', row('m1', { personDocId: 'p1' })]]));
      expect(docs.persons).toEqual(new Map([['p1', person('m1')]]));
      expect(await s.audit(COUNTY)).toEqual([
        {
          actor: CONTEXT.actor,
          township: '城关镇',
          ledger: 'members',
          spreadsheetId: CONTEXT.spreadsheetId,
          changes: [change],
        },
      ]);
    });

    it('updates only the fields an update names, deletes a released person, adds no audit entry without changes', async () => {
      await commit(
        writes({
          rowWrites: [{ key: 'm1', kind: 'set', doc: row('m1', { personDocId: 'p1' }) }],
          personWrites: [{ id: 'p1', doc: person('m1') }],
        }),
      );
      await commit(
        writes({
          rowWrites: [{ key: 'm1', kind: 'update', fields: { revision: 4, sheetRow: 7, personDocId: null } }],
          personWrites: [{ id: 'p1', doc: null }],
        }),
      );
      const { docs } = await read(TAB, { rowKeys: ['m1'], personIds: ['p1'] });
      expect(docs.rows.get('m1')).toEqual(row('m1', { revision: 4, sheetRow: 7, personDocId: null }));
      expect(docs.persons.size).toBe(0);
      expect(await s.audit(COUNTY)).toEqual([]);
    });

    it('commits nothing of a plan that throws', async () => {
      await expect(
        s.store.transact(TAB, CONTEXT, async (r) => {
          await r({ rowKeys: ['m1'] });
          throw new Error('plan failed');
        }),
      ).rejects.toThrow('plan failed');
      const { docs } = await read(TAB, { rowKeys: ['m1'] });
      expect(docs.rows.size).toBe(0);
    });

    it('commits nothing when one write cannot be applied (an update of a row that does not exist)', async () => {
      const plan = writes({
        rowWrites: [
          { key: 'm1', kind: 'set', doc: row('m1') },
          { key: 'ghost', kind: 'update', fields: { revision: 2 } },
        ],
        personWrites: [{ id: 'p1', doc: person('m1') }],
        audit: [{ key: 'm1', row: 2, action: 'created', columns: [] }],
      });
      await expect(commit(plan)).rejects.toThrow();
      const { docs } = await read(TAB, { rowKeys: ['m1', 'ghost'], personIds: ['p1'] });
      expect([docs.rows.size, docs.persons.size, (await s.audit(COUNTY)).length]).toEqual([0, 0, 0]);
    });

    it('keeps tabs apart: rows of another township or ledger are neither read nor listed', async () => {
      const other: Tab = { ...TAB, township: '河口乡' };
      await commit(writes({ rowWrites: [{ key: 'm1', kind: 'set', doc: row('m1') }] }));
      await commit(
        writes({ rowWrites: [{ key: 'h1', kind: 'set', doc: row('h1', { township: '河口乡' }) }] }),
        other,
      );
      expect((await read(other, { rowKeys: ['m1'] })).docs.rows.size).toBe(0);
      expect(await s.store.liveKeys(other)).toEqual(['h1']);
      expect(await s.store.liveKeys({ ...TAB, ledgerId: 'talents' })).toEqual([]);
    });

    it('lists the live keys of a tab in key order, without tombstones', async () => {
      await commit(
        writes({
          rowWrites: ['m3', 'm1', 'm2'].map((key) => ({
            key,
            kind: 'set' as const,
            doc: row(key, { deleted: key === 'm2' }),
          })),
        }),
      );
      expect(await s.store.liveKeys(TAB)).toEqual(['m1', 'm3']);
    });

    it('offers as choices the field of the county tab rows that are live and without errors', async () => {
      const menu: Tab = { county: COUNTY, township: null, ledgerId: 'trainingMenu' };
      const course = (key: string, name: unknown, over: Partial<StoredRow> = {}) => ({
        key,
        kind: 'set' as const,
        doc: row(key, { township: null, ledger: 'trainingMenu', record: { courseName: name }, ...over }),
      });
      await commit(
        writes({
          rowWrites: [
            course('c1', '柑橘嫁接'),
            course('c2', '电商直播', { status: 'warning' }),
            course('c3', '旧课程', { deleted: true }),
            course('c4', '有错误', { status: 'error' }),
            course('c5', 12),
          ],
        }),
        menu,
      );
      expect((await s.store.choices(COUNTY, 'trainingMenu', 'courseName')).sort()).toEqual(
        ['柑橘嫁接', '电商直播'].sort(),
      );
      // What a listed reference checks against: every live row, errors or not.
      const all = await s.store.choices(COUNTY, 'trainingMenu', 'courseName', { withErrors: true });
      expect(all.sort()).toEqual(['柑橘嫁接', '电商直播', '有错误'].sort());
    });
  });
}
