import { expect, test } from 'vitest';
import { memoryLogger } from '../../functions/src/log/logger';
import {
  type SummaryTarget,
  SummaryWriteError,
  type WriteSummary,
  writeAllSummaries,
} from '../../functions/src/summary';
import { countyDocument, townshipDocument } from '../fixtures/summary-document';

test('a failing target is reported and the others are still written, in order', async () => {
  const written: string[] = [];
  const write: WriteSummary = async (target: SummaryTarget) => {
    if (target.label === '城关镇')
      throw new SummaryWriteError('SHEETS_FORBIDDEN', '表格 t-cg 拒绝访问（403）');
    if (target.label === '河口乡') throw new Error('boom');
    written.push(target.label);
  };
  const log = memoryLogger();
  const report = await writeAllSummaries(
    [
      { target: { label: '全县', spreadsheetId: 'county' }, doc: countyDocument },
      { target: { label: '城关镇', spreadsheetId: 't-cg' }, doc: townshipDocument },
      { target: { label: '河口乡', spreadsheetId: 't-hk' }, doc: townshipDocument },
      { target: { label: '白沙镇', spreadsheetId: 't-bs' }, doc: townshipDocument },
    ],
    write,
    log,
  );
  expect(report).toEqual([
    { label: '全县', ok: true },
    { label: '城关镇', ok: false, error: { code: 'SHEETS_FORBIDDEN', message: '表格 t-cg 拒绝访问（403）' } },
    { label: '河口乡', ok: false, error: { code: 'SUMMARY_WRITE_FAILED', message: 'boom' } },
    { label: '白沙镇', ok: true },
  ]);
  expect(written).toEqual(['全县', '白沙镇']);
  expect(log.lines.map((line) => JSON.parse(line))).toEqual([
    {
      severity: 'INFO',
      message: 'summary written',
      label: '全县',
      tabs: ['考评排名', '全县统计', '预警提醒', '数据质量'],
    },
    {
      severity: 'ERROR',
      message: 'summary write failed',
      label: '城关镇',
      code: 'SHEETS_FORBIDDEN',
      reason: '表格 t-cg 拒绝访问（403）',
    },
    {
      severity: 'ERROR',
      message: 'summary write failed',
      label: '河口乡',
      code: 'SUMMARY_WRITE_FAILED',
      reason: 'boom',
    },
    { severity: 'INFO', message: 'summary written', label: '白沙镇', tabs: ['本乡镇考评'] },
  ]);
});

test('writes at most `concurrency` spreadsheets at once and reports them in the jobs’ order', async () => {
  let inFlight = 0;
  let most = 0;
  const finished: string[] = [];
  const labels = ['全县', '城关镇', '河口乡', '白沙镇', '青山乡', '新坪镇', '东岭镇'];
  const write: WriteSummary = async (target: SummaryTarget) => {
    inFlight++;
    most = Math.max(most, inFlight);
    // Later jobs finish sooner, so the order of completion differs from the jobs' order.
    await new Promise((resolve) => setTimeout(resolve, 5 * (labels.length - labels.indexOf(target.label))));
    inFlight--;
    finished.push(target.label);
    if (target.label === '河口乡') throw new Error('boom');
  };
  const jobs = labels.map((label, i) => ({
    target: { label, spreadsheetId: `s${i}` },
    doc: i ? townshipDocument : countyDocument,
  }));
  const report = await writeAllSummaries(jobs, write, memoryLogger(), 3);
  expect(most).toBe(3);
  expect(finished).not.toEqual(labels);
  expect(report).toEqual(
    labels.map((label) =>
      label === '河口乡'
        ? { label, ok: false, error: { code: 'SUMMARY_WRITE_FAILED', message: 'boom' } }
        : { label, ok: true },
    ),
  );
});
