// County mode only: 立即重新考评 (POST {county} to assessNow) and when the summary tabs were last written.
import { callFunction, errorMessage } from './call-function';
import { loadConfig, NOT_CONFIGURED } from './config';
import type { Services } from './ports';

export const SUMMARY_TAB = '考评排名';
const COUNTY_ONLY = '此功能只在县级表格中使用（设置同步参数时乡镇名留空）';

export function assessNow(s: Services): string {
  const config = loadConfig(s.settings);
  if (!config) return NOT_CONFIGURED;
  if (config.township) return COUNTY_ONLY;
  const result = callFunction(s, `${config.baseUrl}/assessNow`, { county: config.county });
  if (result.kind !== 'answer') return `重新考评未完成：${result.message}，请稍后再试`;
  if (result.status !== 200) return `重新考评未完成：${errorMessage(result.status, result.json)}`;
  const answer = (result.json ?? {}) as { message?: unknown; year?: unknown; queued?: unknown };
  const year = typeof answer.year === 'number' ? `（考评年度 ${answer.year}）` : '';
  // Deployed: the run is queued and the server answers at once; its message says when to look.
  if (answer.queued === true)
    return `已提交重新考评${year}：约一两分钟后「${SUMMARY_TAB}」等汇总表更新，可用菜单「查看考评更新时间」确认`;
  const message = typeof answer.message === 'string' && answer.message ? `\n${answer.message}` : '';
  return `已重新考评${year}，「${SUMMARY_TAB}」等汇总表将随后更新。${message}`;
}

/** The server writes `计算时间：YYYY-MM-DD HH:mm　考评年度：YYYY` into A2 of 考评排名. */
export function summaryTime(s: Services): string {
  const config = loadConfig(s.settings);
  if (!config) return NOT_CONFIGURED;
  if (config.township) return COUNTY_ONLY;
  const sheet = s.spreadsheet.sheet(SUMMARY_TAB);
  if (!sheet) return `还没有「${SUMMARY_TAB}」表：请先运行「立即重新考评」，或等待每日自动考评`;
  const text = String(sheet.displayValues(2, 1, 1, 1)[0]?.[0] ?? '').trim();
  const match = /计算时间：(\d{4}-\d{2}-\d{2} \d{2}:\d{2})\s*考评年度：(\d{4})/.exec(text);
  if (match) return `「${SUMMARY_TAB}」等汇总表最近一次写入：${match[1]}（考评年度 ${match[2]}）`;
  return text ? `「${SUMMARY_TAB}」A2：${text}` : `「${SUMMARY_TAB}」尚未写入考评结果`;
}
