// Lone surrogates (`"x\ud800y"`: valid JSON, but no UTF-8 text or Firestore string can hold it) in a cell, the
// spreadsheetId or a name are refused with a Chinese 400, never a 5xx; and a refusal is always recorded,
// even when a name in it is not well-formed. Before: 500 INTERNAL, and the securityLog write failed silently.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryLogger } from '../../functions/src/log/logger';
import { firestoreRecordRefusal } from '../../functions/src/store/firestore/security-log';
import {
  COUNTY,
  type Harness,
  ingestBody,
  setUpIngestHarness,
  TEST_SECRET,
  USERS,
} from '../support/ingest-harness';

let h: Harness;
beforeAll(async () => {
  h = await setUpIngestHarness(import.meta.url);
});
afterAll(() => h.close());

/** The body as JSON text with `\ud800` escapes, as a client (or an attacker) would send it. */
const escaped = (body: unknown) => JSON.stringify(body).replaceAll('LONE', '\\ud800');

describe('lone surrogates', () => {
  it('are refused with a Chinese 400 wherever they are, and nothing is written', async () => {
    const token = await h.token(USERS.chengguan!.email);
    const cases = [
      ingestBody('talents', [{ key: 'r-1', cells: { 姓名: 'xLONEy', 身份证号: '430521199005021231' } }]),
      ingestBody('talents', [{ key: 'r-1', cells: { 姓名: '李春生' } }], { spreadsheetId: 'sheetLONE' }),
      ingestBody('talents', [{ key: 'r-1', cells: { 姓名: '李春生' } }], { township: '城关LONE镇' }),
      ingestBody('talents', [{ key: 'r-1', cells: { 姓名LONE: '李春生' } }]),
    ];
    const shown = ['x�y', 'sheet�', '城关�镇', '姓名�'];
    for (const [i, body] of cases.entries()) {
      for (const type of ['text/plain; charset=utf-8', 'application/json']) {
        const res = await h.post(escaped(body), token, type);
        expect([i, type, res.status, res.body.error]).toEqual([
          i,
          type,
          400,
          {
            code: 'BAD_REQUEST',
            message: `请求中「${shown[i]}」含有无法识别的字符（不成对的 UTF-16 代理项，显示为 �），请在表格中删除该字符后重新同步`,
          },
        ]);
      }
    }
    expect((await h.db.collection(`counties/${COUNTY}/townships/城关镇/talents`).get()).size).toBe(0);
  });

  it('in a refusal’s names are stored replaced by U+FFFD, so the refusal is recorded', async () => {
    const record = firestoreRecordRefusal(h.db, TEST_SECRET, { log: memoryLogger() });
    // 59 characters and an emoji: cutting at 60 UTF-16 units would split its surrogate pair.
    await record({
      function: 'ingest',
      status: 403,
      code: 'WRONG_TOWNSHIP',
      county: 'y',
      township: `${'镇'.repeat(59)}😀`,
      email: 'a@b.example',
    });
    await record({
      function: 'ingest',
      status: 403,
      code: 'WRONG_TOWNSHIP',
      county: 'y',
      township: '城关\ud800镇',
      email: 'a@b.example',
    });
    const logged = await h.db.collection('securityLog').where('county', '==', 'y').get();
    expect(logged.docs.map((d) => d.get('township')).sort()).toEqual(
      [`${'镇'.repeat(59)}\ufffd`, '城关\ufffd镇'].sort(),
    );
  });
});
