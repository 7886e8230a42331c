// The masking pattern finds ID numbers anywhere in a string: before, one beside letters
// (`id430521199001019070` in a log line, `x430521199001019089x` in securityLog) was left whole.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskIdNumbersIn } from '../../functions/src/core/id-number';
import { memoryLogger } from '../../functions/src/log/logger';
import { COUNTY, type Harness, ingestBody, setUpIngestHarness, USERS } from '../support/ingest-harness';

let h: Harness;
beforeAll(async () => {
  h = await setUpIngestHarness(import.meta.url);
});
afterAll(() => h.close());

describe('masking ID numbers in free text', () => {
  it('masks 18- and 15-digit numbers beside letters, punctuation and CJK, but not inside longer digit runs', () => {
    expect(
      [
        'id430521199001019070',
        'x430521199001019089x',
        'ID:43052119900101907X;',
        '身份证430521900101907号',
        '电话13800731234，编号1234567890123456789',
      ].map(maskIdNumbersIn),
    ).toEqual([
      'id430521********9070',
      'x430521********9089x',
      'ID:430521********907X;',
      '身份证430521*****1907号',
      '电话13800731234，编号1234567890123456789',
    ]);
  });

  it('masks them in log lines and in the security log', async () => {
    const log = memoryLogger();
    log.info('ingest', { note: 'id430521199001019070' });
    expect(log.lines.join('\n')).not.toMatch(/\d{18}/);
    const res = await h.post(
      ingestBody('talents', [{ key: 'r-1', cells: { 姓名: '李春生' } }], {
        township: 'x430521199001019089x',
      }),
      await h.token(USERS.chengguan!.email),
    );
    expect(res.status).toBe(403);
    const logged = await h.db.collection('securityLog').where('county', '==', COUNTY).get();
    expect(logged.docs.map((d) => d.get('township'))).toEqual(['x430521********9089x']);
  });
});
