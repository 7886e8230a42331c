// Row keys never carry an ID number without the county's secret. Before, a workbook without a 行键 column got
// keys `n-` + SHA-256(["talents", ID]) — stored in persons.key, audit entries and snapshot traces, and
// reversed in 29 s knowing the area code; and a raw ID number was accepted as a row key.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLedgerFolder } from '../../functions/src/local/push/ledger-folder';
import { pushCounty } from '../../functions/src/local/push/push-county';
import { type FunctionsHost, startFunctionsHost } from '../../functions/src/local/stack/functions-host';
import { writeCountyTemplate } from '../../functions/src/local/workbooks';
import { writeLegacyWorkbook } from '../local/workbooks/legacy-workbook';
import { useTempDir } from '../local/workbooks/temp-dir';
import {
  COUNTY,
  type Harness,
  ingestBody,
  setUpIngestHarness,
  TEST_SECRET,
  USERS,
} from '../support/ingest-harness';

const temp = useTempDir('row-key-privacy');
let h: Harness;
let host: FunctionsHost;

beforeAll(async () => {
  h = await setUpIngestHarness(import.meta.url);
  host = await startFunctionsHost();
  await writeCountyTemplate(temp.path('县委组织部.xlsx'));
  await writeLegacyWorkbook(temp.path('白沙镇.xlsx'));
});
afterAll(async () => {
  await host?.close();
  await h?.close();
});

/** Every text stored under the county: document paths and every field, as JSON. */
async function storedTexts(): Promise<string> {
  const texts: string[] = [];
  const visit = async (ref: FirebaseFirestore.DocumentReference) => {
    const doc = await ref.get();
    texts.push(ref.path, JSON.stringify(doc.data() ?? null));
    for (const sub of await ref.listCollections())
      for (const child of await sub.listDocuments()) await visit(child);
  };
  await visit(h.db.doc(`counties/${COUNTY}`));
  return texts.join('\n');
}

describe('row keys derived from cells', () => {
  it('are keyed with the county secret: no unkeyed hash of an ID number is stored anywhere', async () => {
    const folder = await readLedgerFolder(temp.path(''));
    const tabs = folder.townships[0]!.workbook.tabs;
    const derived = tabs.flatMap((t) => t.rows.filter((r) => r.keySource !== 'column'));
    expect(derived.map((r) => r.key.slice(0, 2)).sort()).toEqual(
      ['n-', 'n-', 'n-', 'n-', 'n-', 'n-', 'r-'].sort(),
    );
    await pushCounty(folder, {
      db: h.db,
      functionsUrl: host.url,
      county: COUNTY,
      token: h.token,
      rowKeySecret: TEST_SECRET,
    });
    const stored = await storedTexts();
    // What the old keys were made of: an attacker hashes guessed ID numbers and looks for them.
    const ids = tabs
      .flatMap((t) => t.rows.flatMap((r) => Object.values(r.cells)))
      .map(String)
      .filter((v) => /^\d{17}[\dX]$/.test(v));
    expect(ids.length).toBeGreaterThan(3);
    for (const id of ids)
      for (const ledger of ['talents', 'members']) {
        const unkeyed = createHash('sha256')
          .update(JSON.stringify([ledger, id]))
          .digest('base64url');
        expect(stored).not.toContain(unkeyed);
      }
    for (const r of derived) expect(stored).not.toContain(r.key.slice(2));
    const talents = await h.db.collection(`counties/${COUNTY}/townships/白沙镇/talents`).listDocuments();
    expect(talents.map((d) => /^k-[A-Za-z0-9_-]{43}$/.test(d.id))).toEqual([true, true, true, true, true]);
  });
});

describe('a row key that looks like an ID number', () => {
  it('is refused (400, nothing written), alone or inside a key, in rows and in liveKeys', async () => {
    const token = await h.token(USERS.chengguan!.email);
    const cells = { 身份证号: '430521199005021231', 姓名: '李春生' };
    const message = '行键像身份证号码：行键会被保存和显示，不能含身份证号码，请清空「行键」列后全量同步';
    for (const [key, liveKeys, where] of [
      ['430521199005021231', undefined, '第2行的'],
      ['id430521199005021231', undefined, '第2行的'],
      ['r-1', ['r-1', 'x43052119900502123Xx'], ''],
      ['430521900502123', undefined, '第2行的'],
    ] as const) {
      const body = ingestBody('talents', [{ key, cells }], liveKeys ? { liveKeys } : {});
      const res = await h.post(body, token);
      expect([key, res.status, res.body.error]).toEqual([
        key,
        400,
        { code: 'BAD_REQUEST', message: where + message },
      ]);
    }
    expect((await h.db.collection(`counties/${COUNTY}/townships/城关镇/talents`).get()).size).toBe(0);
  });
});
