// Lays out one township's own feedback tab, 本乡镇考评: its indicators, rank, gap to the next, open reminders.
import type { AssessmentResult, ScoredPart } from '../core/assessment';
import type { SummaryDocument, SummaryRow } from '../summary';
import { infoLine, MARK_LABELS, REMINDER_LABELS, tabOf } from './labels';
import { leftOutRows } from './left-out-rows';
import { whatIfLines } from './what-if-lines';

/** Parts whose denominator is members in hundreds: shown as trainees and members, not `180 ÷ 0.05`. */
const PER_HUNDRED = '每百名党员参训人次';

const describePart = (p: ScoredPart): string => {
  const shown = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2));
  const score = `，折算 ${p.score} 分`;
  if (p.shown) return `${p.label}：${p.shown}${score}`;
  if (p.denominator === 1) return `${p.label}：${shown(p.numerator)}${score}`;
  if (p.label === PER_HUNDRED) {
    const members = Math.round(p.denominator * 100);
    return `${p.label}：${shown(p.value)}（参训${p.numerator}人次，党员${members}名）${score}`;
  }
  const percent = `${Number((p.value * 100).toFixed(1))}%`;
  return `${p.label}：${percent}（${shown(p.numerator)} ÷ ${shown(p.denominator)}）${score}`;
};

/** The one tab of a township's summary, 本乡镇考评, holding `rows`. */
function townshipTab(
  result: AssessmentResult,
  township: string,
  computedAt: Date,
  rows: SummaryRow[],
): SummaryDocument {
  return {
    tabs: [
      {
        name: '本乡镇考评',
        title: `${township}${result.year}年度“双培双带”考评结果`,
        info: infoLine(computedAt, result.year),
        header: ['项目', '得分 / 结果', '说明'],
        rows,
        columnWidths: [34, 14, 80],
      },
    ],
  };
}

/** A township of 乡镇设置 without a single ledger row: told so, and that it is not ranked. */
function notSubmittedSummary(result: AssessmentResult, township: string, computedAt: Date): SummaryDocument {
  const rows: SummaryRow[] = [
    {
      bold: true,
      tone: 'warning',
      cells: [
        '名次',
        '未提交',
        `本年度尚未收到本乡镇的任何台账行，不参加排名、表彰和通报批评；请提交台账后重新考评`,
      ],
    },
  ];
  return townshipTab(result, township, computedAt, rows);
}

export function townshipSummary(
  result: AssessmentResult,
  township: string,
  computedAt: Date,
): SummaryDocument {
  const index = result.ranking.findIndex((t) => t.township === township);
  const t = result.ranking[index];
  if (!t && result.notSubmitted.includes(township)) return notSubmittedSummary(result, township, computedAt);
  if (!t) throw new Error(`${township} is not in the ranking`);
  const above = index > 0 ? result.ranking[index - 1]! : null;
  const share = Math.round(result.config.quantitativeShare * 100);
  const rows: SummaryRow[] = [
    {
      bold: true,
      tone: t.mark,
      cells: ['名次', `${t.rank} / ${result.ranking.length}`, t.mark ? MARK_LABELS[t.mark] : ''],
    },
    { cells: ['等次', t.band, ''] },
    {
      bold: true,
      cells: [
        '总分',
        { value: t.total, format: 'decimal2' },
        `定量 × ${share}% + 定性 × ${100 - share}% + 加分 − 扣分`,
      ],
    },
    { cells: ['定量得分', { value: t.quantitative, format: 'decimal2' }, '下列各项得分之和'] },
    ...t.indicators.map((i) => ({
      cells: [
        `　${i.label}（满分${i.weight}）`,
        { value: i.points, format: 'decimal2' as const },
        i.parts.map(describePart).join('；'),
      ],
    })),
    {
      cells: [
        '定性得分',
        t.qualitative.entered ? { value: t.qualitative.score, format: 'decimal1' } : null,
        t.qualitative.remarks ?? (t.qualitative.entered ? '' : '县委组织部尚未录入'),
      ],
    },
    { cells: ['加分 / 扣分', `+${t.qualitative.bonus} / −${t.qualitative.penalty}`, ''] },
    {
      cells: [
        '与上一名差距',
        above ? { value: Math.round((above.total - t.total) * 100) / 100, format: 'decimal2' } : null,
        above ? `上一名：${above.township}（${above.total} 分）` : '已是全县第一',
      ],
    },
    {
      cells: [
        '名次变化',
        t.change.rank === null ? null : { value: t.change.rank, format: 'deltaInteger' },
        t.change.rank === null ? '上年度无考评结果' : '正数为比上年度前进的名次',
      ],
    },
  ];
  const requests = result.trainingRequests.find((r) => r.township === township);
  if (requests) {
    rows.push({
      cells: [
        '菜单式培训',
        `${requests.served} / ${requests.requests}`,
        `本年度申报${requests.requests}项，已按申报施训${requests.served}项，待审核${requests.pending}项`,
      ],
    });
  }
  const visits = result.liaison.townships.find((t) => t.township === township);
  if (visits) {
    const who = visits.leaders.length ? `联系的县委常委：${visits.leaders.join('、')}` : '暂无联系的县委常委';
    const last = visits.lastVisit ? `最近一次${visits.lastVisit}` : '尚无督办记录';
    rows.push({
      tone: visits.overdue ? 'warning' : null,
      cells: ['县委常委督办', visits.visits, `${who}；本年度督办${visits.visits}次，${last}`],
    });
  }
  rows.push(...whatIfLines(result, township));
  const reminders = result.reminders.filter((r) => r.township === township);
  rows.push({ cells: [] }, { bold: true, cells: ['待办提醒', '到期日期', '需要做的事'] });
  if (!reminders.length) rows.push({ tone: 'muted', cells: ['暂无', '', ''] });
  for (const r of reminders) {
    const who = r.person ? `${r.person.name} ${r.person.idNumber}`.trim() : '';
    const where = r.sheetRow ? `「${tabOf(r.ledger)}」第${r.sheetRow}行` : '';
    rows.push({
      tone: r.dueOn !== null && r.dueOn < result.today ? 'warning' : null,
      cells: [`${REMINDER_LABELS[r.kind]} ${where} ${who}`.trim(), r.dueOn ?? '', r.message],
    });
  }
  rows.push(...leftOutRows(t));
  return townshipTab(result, township, computedAt, rows);
}
