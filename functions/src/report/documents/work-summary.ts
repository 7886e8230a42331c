// The 主要成效 section of the yearly 工作总结: every 全县统计 figure in the report's wording, with its change and source.
import { ledgerById } from '../../core/ledgers';
import { type Block, type DraftedDocument, type Inline, text } from './document-model';
import { chineseDate } from './figures';
import type { ReportSnapshot, ReportStatistic } from './report-snapshot';
import { OTHER_GROUP, SUMMARY_GROUPS, type SummaryGroup } from './work-summary-groups';

/** `比上年增长2.6个百分点`, `比上年增加37名`, `与上年持平` — the snapshot's change, as stored. */
export function changeClause(s: Pick<ReportStatistic, 'change' | 'unit'>): string {
  if (s.change === 0) return '与上年持平';
  const size = String(Math.abs(s.change));
  if (s.unit === '%') return `比上年${s.change > 0 ? '增长' : '下降'}${size}个百分点`;
  return `比上年${s.change > 0 ? '增加' : '减少'}${size}${s.unit}`;
}

const tabName = (ledger: string) =>
  ledger === 'townshipSettings' ? '乡镇设置' : (ledgerById(ledger)?.tab ?? ledger);

/** Which ledger and how many rows: `「乡土人才」台账，全县无错误的行共86行`. */
export function sourceNote(s: ReportStatistic): string {
  if (!s.sources) return `${s.label}：见县级汇总表「全县统计」（该次考评未记录来源台账的行数）。`;
  const ledgers = s.sources.filter((src) => src.ledger !== 'townshipSettings');
  const parts = s.sources.map((src) =>
    src.ledger === 'townshipSettings'
      ? `县级表格「乡镇设置」${src.rows}个乡镇的年度发展目标之和`
      : `「${tabName(src.ledger)}」台账，全县无错误的行共${src.rows}行`,
  );
  return `${s.label}：来源${parts.join('；')}${ledgers.length ? '（有错误的行不计入）' : ''}。`;
}

function groupParagraph(
  group: SummaryGroup,
  figures: ReportStatistic[],
  withChange: boolean,
  footnotes: string[],
) {
  const runs: Inline[] = [text(`${group.heading}${group.lead}`)];
  figures.forEach((s, n) => {
    const clause = s.wording.replace('{value}', String(s.value));
    runs.push(text(`${clause}${withChange ? `，${changeClause(s)}` : ''}`));
    footnotes.push(sourceNote(s));
    runs.push({ footnote: footnotes.length });
    runs.push(text(n === figures.length - 1 ? '。' : '；'));
  });
  if (group.close) runs.push(text(group.close));
  return { kind: 'paragraph', runs } as Block;
}

/**
 * The section. `previousYear`: whether the year before has a stored snapshot; without one no change is
 * mentioned (the stored change would be against figures nobody published).
 */
export function workSummary(snapshot: ReportSnapshot, previousYear: boolean): DraftedDocument {
  const title = `${snapshot.county}${snapshot.year}年度“双培双带”活动工作总结`;
  const byKey = new Map(snapshot.statistics.map((s) => [s.key, s]));
  const grouped = new Set(SUMMARY_GROUPS.flatMap((g) => g.keys));
  const others = snapshot.statistics.filter((s) => !grouped.has(s.key));
  const groups = others.length
    ? [...SUMMARY_GROUPS, { ...OTHER_GROUP, keys: others.map((s) => s.key) }]
    : SUMMARY_GROUPS;
  const footnotes: string[] = [];
  const blocks: Block[] = [
    { kind: 'title', text: title },
    { kind: 'heading', text: '主要成效' },
    {
      kind: 'paragraph',
      runs: [
        text(
          `开展“双培双带”以来，我县农村基层党组织的战斗堡垒作用得到了进一步发挥，党员的先进性进一步得到体现，显现出多重效应（数据截至${chineseDate(snapshot.today)}）。`,
        ),
      ],
    },
  ];
  for (const group of groups) {
    const figures = group.keys.flatMap((k) => byKey.get(k) ?? []);
    if (figures.length) blocks.push(groupParagraph(group, figures, previousYear, footnotes));
  }
  return { title, draftNotice: null, blocks, footnotes };
}
