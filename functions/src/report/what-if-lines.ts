// The 本乡镇考评 lines of a way out: the smallest single changes that would lift the township out of
// 通报批评 (or into 表彰), as the pure engine found them; a sentence instead while the ranking is provisional.
import { type AssessmentResult, INDICATOR_LABELS } from '../core/assessment';
import type { SummaryRow } from '../summary';

const HEADINGS = { leaveCriticism: '如何走出通报批评', reward: '如何进入表彰' } as const;
const GOALS = { leaveCriticism: '走出通报批评', reward: '进入表彰' } as const;

export function whatIfLines(result: AssessmentResult, township: string): SummaryRow[] {
  if (result.provisional) {
    return [
      { cells: [] },
      {
        tone: 'muted',
        cells: ['改进测算', '', '排名为暂定（定性考评尚未录齐），暂不测算走出通报批评或进入表彰所需的改进'],
      },
    ];
  }
  const plan = result.whatIf.find((w) => w.township === township);
  if (!plan) return [];
  const rows: SummaryRow[] = [
    { cells: [] },
    { bold: true, cells: [HEADINGS[plan.goal], '最少需要', '只做这一项、其他各项不变时'] },
  ];
  if (!plan.changes.length) {
    rows.push({
      tone: 'muted',
      cells: ['　单项改进', '', `任何一项单独改进都不足以${GOALS[plan.goal]}，需要多项同时改进`],
    });
  }
  const total = result.ranking.find((t) => t.township === township)?.total ?? 0;
  for (const c of plan.changes) {
    // A township already the county's best at a part gains nothing itself: the others' scores fall instead.
    const outcome =
      c.total > total
        ? `总分可达${c.total}分，排第${c.rank}名`
        : `本乡镇总分不变（${c.total}分），但全县最好水平提高、其他乡镇此项得分下降，可排第${c.rank}名`;
    rows.push({ cells: [`　${INDICATOR_LABELS[c.indicator]}`, c.amount, `${c.text}：${outcome}`] });
  }
  return rows;
}
