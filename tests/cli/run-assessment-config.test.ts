import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

describe('shuangpei run with a wrong SHUANGPEI_ASSESSMENT_CONFIG', () => {
  it('exits 2 naming the problem, before reading ledgers or starting the stack', async () => {
    const run = await runCli(['run', '--ledgers', 'no-such-folder', '--year', '2026'], {
      SHUANGPEI_ASSESSMENT_CONFIG: '{"weights":{"development":30}}',
    });
    expect([run.code, run.stderr, run.stdout]).toEqual([
      2,
      '✘ Invalid SHUANGPEI_ASSESSMENT_CONFIG: 考评设置有误：各指标权重之和应为 100，现为 105 (see README, Configuration)\n',
      '',
    ]);
  });
});
