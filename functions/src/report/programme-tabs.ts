// The county tabs for the rest of the programme: 菜单式培训 (requests and classes) and 联系点督办 (三联).
import type { AssessmentResult } from '../core/assessment';
import type { SummaryRow, SummaryTab } from '../summary';

type CountKey = 'requests' | 'pending' | 'scheduled' | 'completed' | 'rejected' | 'withdrawn' | 'served';
const COUNTS: readonly CountKey[] = [
  'requests',
  'pending',
  'scheduled',
  'completed',
  'rejected',
  'withdrawn',
  'served',
];

export function trainingRequestsTab(result: AssessmentResult, info: string): SummaryTab {
  const rows: SummaryRow[] = result.trainingRequests.map((r) => ({
    tone: r.pending > 0 ? 'warning' : null,
    cells: [r.township, ...COUNTS.map((k) => r[k])],
  }));
  const sum = (k: CountKey) => result.trainingRequests.reduce((n, r) => n + r[k], 0);
  rows.push({ bold: true, cells: ['全县', ...COUNTS.map(sum)] });
  rows.push({ cells: [] }, { bold: true, cells: ['县里须组织的课程', '涉及乡镇', '申报数', '预计参训人数'] });
  if (!result.coursesToSchedule.length) rows.push({ cells: ['（无）'] });
  for (const c of result.coursesToSchedule) {
    rows.push({ cells: [c.course, c.townships.join('、'), c.requests, c.expectedTrainees] });
  }
  rows.push(
    { cells: [] },
    { bold: true, cells: ['乡镇', '申报编号', '课程名称', '期望时间', '状态', '施训的培训班', '未施训原因'] },
  );
  for (const l of result.trainingRequests.flatMap((r) => r.lines)) {
    rows.push({
      tone: l.servedBy ? null : l.status === '已安排' || l.status === '已完成' ? 'warning' : null,
      cells: [
        l.township,
        l.requestNo,
        l.course,
        l.wishedTo ? `${l.wishedFrom}至${l.wishedTo}` : l.wishedFrom,
        l.status,
        l.servedBy ?? '',
        l.why ?? '',
      ],
    });
  }
  return {
    name: '菜单式培训',
    title: `${result.county}菜单式培训申报与施训情况（${result.year}年度）`,
    info,
    header: ['乡镇', '申报数', '待审核', '已安排', '已完成', '未通过', '已撤回', '已施训的申报数'],
    rows,
    notes: [
      '申报按期望开始日期计入年度。一项申报“已施训”须同时满足：县里已采纳（状态为已安排或已完成）；「培训记录」有培训班的对应申报编号指向它；开班日期不早于期望开始日期；培训名称包含所申报的课程名称。',
      '本表“已施训的申报数”按申报计（一项申报有培训班为它施训即计1项）；各乡镇考评中的“按申报施训班次占比”按培训班计：本年度为已施训申报举办的培训班期数 ÷ 本年度培训班期数。',
      '黄色：汇总行为有待审核的申报；明细行为县里已采纳却没有对应培训班的申报。',
    ],
  };
}

export function liaisonTab(result: AssessmentResult, info: string): SummaryTab {
  const { liaison } = result;
  /** The 联系村 or 联系企业 of the leaders' lines for a township, each once. */
  const ofTownship = (township: string, part: 'village' | 'enterprise') =>
    [...new Set(liaison.leaders.filter((l) => l.township === township).map((l) => l[part]))]
      .filter(Boolean)
      .join('、');
  const rows: SummaryRow[] = liaison.townships.map((t) => ({
    tone: t.overdue ? 'warning' : null,
    cells: [
      t.township,
      t.leaders.join('、') || '（无）',
      t.visits,
      t.lastVisit ?? '从未督办',
      t.daysSince,
      t.overdue ? `超过${liaison.days}天未督办` : '',
      ofTownship(t.township, 'village'),
      ofTownship(t.township, 'enterprise'),
    ],
  }));
  rows.push(
    { cells: [] },
    {
      bold: true,
      cells: ['县委常委', '职务', '联系乡镇', '本年度督办', '最近一次', '提醒', '联系村', '联系企业'],
    },
  );
  for (const l of liaison.leaders) {
    rows.push({
      tone: l.visits === 0 ? 'warning' : null,
      cells: [
        l.leader,
        l.post ?? '',
        l.township,
        l.visits,
        l.lastVisit ?? '从未督办',
        l.visits ? '' : '本年度未督办',
        l.village ?? '',
        l.enterprise ?? '',
      ],
    });
  }
  if (liaison.outsideVisits.length) {
    rows.push(
      { cells: [] },
      { bold: true, cells: ['联系点以外的督办', '督办乡镇', '督办日期', '', '', '提醒'] },
    );
    for (const v of liaison.outsideVisits) {
      rows.push({
        tone: 'warning',
        cells: [v.leader, v.township, v.visitedOn, '', '', '不是其联系乡镇，不计入'],
      });
    }
  }
  return {
    name: '联系点督办',
    title: `${result.county}县委常委“三联”督办情况（${result.year}年度）`,
    info,
    header: [
      '乡镇',
      '联系的县委常委',
      '本年度督办次数',
      '最近一次督办',
      '距今天数',
      '提醒',
      '联系村',
      '联系企业',
    ],
    rows,
    notes: [
      `黄色为${liaison.days}天内没有县委常委督办的乡镇、本年度没有督办其联系乡镇的县委常委，以及联系点以外的督办。`,
      '督办只计入督办人自己的联系乡镇；「联系点」一格可填多个乡镇（用、分隔），一名常委也可占多行，按「联系点」中的顺序列出。',
      ...(liaison.unknownTownships.length
        ? [
            `「联系点」或「督办记录」中有不在「乡镇设置」里的乡镇：${liaison.unknownTownships.join('、')}，请核对名称。`,
          ]
        : []),
    ],
  };
}
