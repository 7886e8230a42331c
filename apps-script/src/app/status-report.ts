// 查看同步情况 and the answer to 立即同步 / 全量同步, in words a clerk reads.
import { SYNC_STATUSES } from '../../../functions/src/core/ledgers';
import { ledgersOf, loadConfig, NOT_CONFIGURED } from './config';
import type { FlushReport } from './flush';
import { readInbox } from './inbox';
import type { Services } from './ports';
import { readTab } from './read-tab';
import { lastSuccess, loadRetry } from './retry-state';
import { loadTabState } from './tab-state';

const TIME = 'yyyy-MM-dd HH:mm';
const ZONE = 'Asia/Shanghai';

export function syncReport(s: Services): string {
  const config = loadConfig(s.settings);
  if (!config) return NOT_CONFIGURED;
  const time = (ms: number) => s.formatDate(new Date(ms), ZONE, TIME);
  const lines = [`${config.county}${config.township ?? '（县级表格）'}　账号：${s.userEmail() || '未知'}`];
  for (const ledger of ledgersOf(config)) {
    const sheet = s.spreadsheet.sheet(ledger.tab);
    if (!sheet) {
      lines.push(`${ledger.tab}：未建立，请运行「初始化台账」`);
      continue;
    }
    const read = readTab(sheet, ledger, () => '');
    if (!read.ok) {
      lines.push(read.message);
      continue;
    }
    const rows = read.value.rows.filter((r) => !r.blank);
    const count = (status: string) => rows.filter((r) => r.status === status).length;
    const pending = rows.filter((r) => r.status === SYNC_STATUSES.pending || !r.key).length;
    lines.push(
      `${ledger.tab}：共 ${rows.length} 行，待同步 ${pending}，有错误 ${count(SYNC_STATUSES.error)}，` +
        `有提示 ${count(SYNC_STATUSES.warning)}`,
    );
    const blocked = loadTabState(s.state, ledger.id).blocked;
    if (blocked) lines.push(`　未能同步（${time(blocked.at)}）：${blocked.message}`);
  }
  const waiting = readInbox(s.state).entries.length;
  if (waiting) lines.push(`另有 ${waiting} 次修改等待处理`);
  const retry = loadRetry(s.state);
  if (retry) {
    lines.push(`上次同步失败（${time(retry.at)}，连续 ${retry.failures} 次）：${retry.message}`);
    lines.push(`将于 ${time(retry.nextAt)} 后自动重试，也可点「立即同步」`);
  }
  const success = lastSuccess(s.state);
  lines.push(success ? `最近一次成功同步：${time(success)}` : '尚未成功同步过');
  return lines.join('\n');
}

export function describeFlush(s: Services, r: FlushReport): string {
  if (r.skipped === 'unconfigured') return NOT_CONFIGURED;
  if (r.skipped === 'locked') return '另一次同步正在进行，请稍后再试（修改已记录，不会丢失）';
  const lines: string[] = [];
  if (r.sent) lines.push(`已发送 ${r.sent} 行：有错误 ${r.errors} 行，有提示 ${r.warnings} 行`);
  for (const x of r.refused) lines.push(`「${x.tab}」未能同步：${x.message}`);
  if (r.failure) {
    const at = s.formatDate(new Date(r.failure.nextAt), ZONE, TIME);
    lines.push(`${r.failure.message}。未同步的行已保留（待同步），将于 ${at} 后自动重试`);
  }
  if (!lines.length) lines.push(r.requests ? '同步完成' : '没有需要同步的行');
  return lines.join('\n');
}
