// 安装触发器: the installable triggers, replaced as a set so running it twice leaves one of each.
import type { Services, TriggerSpec } from './ports';

export const TRIGGERS: readonly TriggerSpec[] = [
  { handler: 'handleEdit', kind: 'edit' },
  { handler: 'handleChange', kind: 'change' },
  { handler: 'retrySync', kind: 'minutes', every: 5 },
  { handler: 'nightlySync', kind: 'daily', hour: 2 },
];

export function installTriggers(s: Services): string {
  const ours = new Set(TRIGGERS.map((t) => t.handler));
  for (const handler of new Set(s.triggers.handlers())) if (ours.has(handler)) s.triggers.remove(handler);
  for (const spec of TRIGGERS) s.triggers.install(spec);
  return [
    `已为 ${s.userEmail() || '当前账号'} 安装触发器：`,
    '· 修改单元格后自动同步',
    '· 删除行后同步删除',
    '· 同步失败时每 5 分钟检查并重试',
    '· 每天凌晨 2 点全量同步',
    '同步以安装触发器的账号身份进行。',
  ].join('\n');
}
