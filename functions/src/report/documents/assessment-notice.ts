// The 考评结果通报 drafted from a snapshot: method, ranking table, 表彰 and 通报批评 with their reasons, 定性考评.
import { provisionalRanking } from '../../core/assessment/rank-townships';
import { type Block, type DraftedDocument, paragraph } from './document-model';
import { chineseDate, partValue, points, qualitativePoints } from './figures';
import { costliestIndicators, type IndicatorGap, ledIndicators } from './indicator-gaps';
import type { NoticeSettings } from './notice-settings';
import type { ReportSnapshot, ReportTownship } from './report-snapshot';

const MARK_WORDS = { reward: '表彰', criticism: '通报批评' } as const;
const percentOf = (share: number) => `${Math.round(share * 100)}%`;

export function noticeTitle(snapshot: ReportSnapshot, draft: boolean): string {
  return `关于${snapshot.year}年度“双培双带”活动考评结果的通报${draft ? '（草稿）' : ''}`;
}

function methodBlocks(snapshot: ReportSnapshot, issuer: string): Block[] {
  const indicators = (snapshot.ranking[0]?.indicators ?? []).map((i) => `${i.label}（${i.weight}分）`);
  const share = snapshot.config.quantitativeShare;
  const quantitative = `定量考评依据各乡镇“双培双带”工作台账计分，${indicators.length ? `设${indicators.join('、')}等指标，` : ''}每项指标以全县最好乡镇的数值为满分`;
  return [
    { kind: 'heading', text: '一、考评办法' },
    paragraph(
      `考评坚持定性与定量相结合。${quantitative}；定性考评由${issuer}根据定期汇报、专项督查、检查督促等情况评定。` +
        `总分＝定量得分×${percentOf(share)}＋定性考评得分×${percentOf(1 - share)}＋加分－扣分。`,
    ),
  ];
}

function rankingTable(snapshot: ReportSnapshot): Block {
  return {
    kind: 'table',
    header: ['名次', '乡镇', '定量得分', '定性考评得分', '加分', '扣分', '总分', '等次', '奖惩'],
    rows: snapshot.ranking.map((t) => [
      String(t.rank),
      t.township,
      points(t.quantitative),
      t.qualitative.entered ? qualitativePoints(t.qualitative.score) : '未录入',
      qualitativePoints(t.qualitative.bonus),
      qualitativePoints(t.qualitative.penalty),
      points(t.total),
      t.band,
      t.mark ? MARK_WORDS[t.mark] : '',
    ]),
  };
}

const standing = (t: ReportTownship) => `${t.township}总分${points(t.total)}分，等次${t.band}。`;

function rewardLine(snapshot: ReportSnapshot, t: ReportTownship): Block {
  const led = ledIndicators(snapshot, t);
  if (!led.length) {
    // No indicator led outright: the parts where it is the county's best (score 100), else its best indicators.
    const parts = t.indicators.flatMap((i) =>
      i.parts.filter((p) => p.score >= 100).map((p) => `${p.label}（${partValue(p)}）`),
    );
    if (parts.length) return paragraph(`${standing(t)}在${parts.join('、')}方面居全县首位。`);
    const best = [...t.indicators].sort((a, b) => b.score - a.score).slice(0, 2);
    return paragraph(
      `${standing(t)}得分较高的指标：${best.map((i) => `${i.label}得${points(i.points)}分（满分${i.weight}分）`).join('，')}。`,
    );
  }
  const figures = led.map((i) => `${i.label}，${i.parts.map((p) => `${p.label}${partValue(p)}`).join('，')}`);
  return paragraph(`${standing(t)}在以下方面居全县首位：${figures.join('；')}。`);
}

function gapText(gap: IndicatorGap): string {
  const own = gap.indicator;
  const best = gap.best.indicator;
  const parts = own.parts.map((p, n) => {
    const top = best.parts[n];
    return `${p.label}：本乡镇${partValue(p)}，${gap.best.township}${top ? partValue(top) : '—'}`;
  });
  return `${own.label}得${points(own.points)}分，全县最好的${gap.best.township}得${points(best.points)}分（${parts.join('；')}）`;
}

function criticismLine(snapshot: ReportSnapshot, t: ReportTownship): Block {
  const gaps = costliestIndicators(snapshot, t);
  if (!gaps.length) return paragraph(standing(t));
  return paragraph(`${standing(t)}与全县最好水平相比，失分较多的指标：${gaps.map(gapText).join('；')}。`);
}

function marksBlocks(snapshot: ReportSnapshot, missing: string[] | null): Block[] {
  const heading: Block = { kind: 'heading', text: '三、表彰和通报批评' };
  if (missing)
    return [
      heading,
      paragraph(
        `${missing.join('、')}尚未录入本年度定性考评，本次排名为暂定排名，暂不确定表彰和通报批评。请在「定性考评」中录入并重新考评后，再行印发正式通报。`,
      ),
    ];
  const rewarded = snapshot.ranking.filter((t) => t.mark === 'reward');
  const criticised = snapshot.ranking.filter((t) => t.mark === 'criticism');
  const blocks: Block[] = [heading];
  if (rewarded.length) {
    blocks.push(paragraph(`根据考评结果，对${rewarded.map((t) => t.township).join('、')}予以表彰。`));
    blocks.push(...rewarded.map((t) => rewardLine(snapshot, t)));
  }
  if (criticised.length) {
    blocks.push(
      paragraph(`对${criticised.map((t) => t.township).join('、')}予以通报批评，在党建目标考核中予以扣分。`),
    );
    blocks.push(...criticised.map((t) => criticismLine(snapshot, t)));
  }
  if (!rewarded.length && !criticised.length) blocks.push(paragraph('本年度没有乡镇予以表彰或通报批评。'));
  return blocks;
}

function qualitativeBlocks(snapshot: ReportSnapshot, issuer: string): Block[] {
  const share = 1 - snapshot.config.quantitativeShare;
  const notes = snapshot.ranking
    .filter(
      (t) => t.qualitative.entered && (t.qualitative.remarks || t.qualitative.bonus || t.qualitative.penalty),
    )
    .map((t) => {
      const q = t.qualitative;
      const extra = [
        q.bonus ? `加${qualitativePoints(q.bonus)}分` : '',
        q.penalty ? `扣${qualitativePoints(q.penalty)}分` : '',
      ].filter(Boolean);
      return `${t.township}定性考评得分${qualitativePoints(q.score)}分${extra.length ? `，${extra.join('，')}` : ''}${q.remarks ? `（${q.remarks}）` : ''}`;
    });
  return [
    { kind: 'heading', text: '四、定性考评' },
    paragraph(
      `定性考评由${issuer}评定，占总分的${percentOf(share)}，各乡镇得分见上表。${notes.length ? `${notes.join('；')}。` : ''}`,
    ),
  ];
}

/** The 通报; a provisional ranking makes a draft that names why and marks nobody. */
export function assessmentNotice(snapshot: ReportSnapshot, settings: NoticeSettings): DraftedDocument {
  const provisional = provisionalRanking(snapshot.ranking);
  const missing = provisional?.missingQualitative ?? null;
  const title = noticeTitle(snapshot, Boolean(missing));
  const unranked = snapshot.notSubmitted ?? [];
  const blocks: Block[] = [
    { kind: 'title', text: title },
    { kind: 'docNumber', text: `X组通〔${snapshot.year}〕X号` },
    { kind: 'paragraph', runs: [{ text: '各乡镇（场）党委：' }], flush: true },
    paragraph(
      `为推进“双培双带”活动，按照定性与定量相结合的考核评价机制，${settings.issuer}对各乡镇${snapshot.year}年度“双培双带”活动开展情况进行了考评。现将考评结果通报如下。`,
    ),
    ...methodBlocks(snapshot, settings.issuer),
    { kind: 'heading', text: '二、考评结果' },
    paragraph(
      `各乡镇考评结果如下（按总分排名）${unranked.length ? `；${unranked.join('、')}未报送台账，不参加排名` : ''}：`,
    ),
    rankingTable(snapshot),
    ...marksBlocks(snapshot, missing),
    ...qualitativeBlocks(snapshot, settings.issuer),
    paragraph(
      `${missing ? '' : '希望受到表彰的乡镇再接再厉，充分发挥示范带动作用；受到通报批评的乡镇要认真查找差距，制定整改措施，切实抓好整改落实。'}各乡镇要进一步把乡土人才培养成党员、把党员培养成乡土人才，推动“双培双带”活动取得新成效。`,
    ),
    { kind: 'paragraph', runs: [{ text: settings.issuer }], align: 'right' },
    { kind: 'paragraph', runs: [{ text: chineseDate(settings.issuedOn) }], align: 'right' },
  ];
  return {
    title,
    draftNotice: missing
      ? `草稿：暂定排名，${missing.join('、')}尚未录入本年度定性考评，不作表彰和通报批评，不得印发`
      : null,
    blocks,
    footnotes: [],
  };
}
