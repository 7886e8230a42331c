// The county tabs for the rest of the programme: 菜单式培训 (requests and classes) and 联系点督办 (三联).
import type { AssessmentResult } from '../core/assessment';
import type { SummaryRow, SummaryTab } from '../summary';

export function trainingRequestsTab(result: AssessmentResult, info: string): SummaryTab {
  const rows: SummaryRow[] = result.trainingRequests.map((r) => ({
    tone: r.pending > 0 ? 'warning' : null,
    cells: [r.township, r.requests, r.pending, r.scheduled, r.completed, r.rejected, r.served],
  }));
  const sum = (k: 'requests' | 'pending' | 'scheduled' | 'completed' | 'rejected' | 'served') =>
    result.trainingRequests.reduce((n, r) => n + r[k], 0);
  rows.push({
    bold: true,
    cells: [
      '全县',
      sum('requests'),
      sum('pending'),
      sum('scheduled'),
      sum('completed'),
      sum('rejected'),
      sum('served'),
    ],
  });
  return {
    name: '菜单式培训',
    title: `${result.county}菜单式培训申报与施训情况（${result.year}年度）`,
    info,
    header: ['乡镇', '申报', '待审核', '已安排', '已完成', '未通过', '已按申报施训'],
    rows,
    notes: [
      '申报按期望开始日期计入年度；“已按申报施训”指「培训记录」的对应申报编号指向该申报。黄色为有待审核的申报。',
    ],
  };
}

export function liaisonTab(result: AssessmentResult, info: string): SummaryTab {
  const { liaison } = result;
  const rows: SummaryRow[] = liaison.townships.map((t) => ({
    tone: t.overdue ? 'warning' : null,
    cells: [
      t.township,
      t.leaders.join('、') || '（无）',
      t.visits,
      t.lastVisit ?? '从未督办',
      t.daysSince,
      t.overdue ? `超过${liaison.days}天未督办` : '',
    ],
  }));
  rows.push(
    { cells: [] },
    { bold: true, cells: ['县委常委', '职务', '联系乡镇', '本年度督办', '最近一次', ''] },
  );
  for (const l of liaison.leaders)
    rows.push({ cells: [l.leader, l.post ?? '', l.township, l.visits, l.lastVisit ?? '从未督办', ''] });
  return {
    name: '联系点督办',
    title: `${result.county}县委常委“三联”督办情况（${result.year}年度）`,
    info,
    header: ['乡镇', '联系的县委常委', '本年度督办次数', '最近一次督办', '距今天数', '提醒'],
    rows,
    notes: [
      `黄色为${liaison.days}天内没有县委常委督办的乡镇。`,
      ...(liaison.unknownTownships.length
        ? [
            `「联系点」或「督办记录」中有不在「乡镇设置」里的乡镇：${liaison.unknownTownships.join('、')}，请核对名称。`,
          ]
        : []),
    ],
  };
}
