// The 通报 drafted from the hand-checkable fixture county (tests/fixtures/assessment-county.ts): 城关镇 leads,
// 河口乡 and 白沙镇 tie on 78.95 and the name puts 河口乡 last. Three indicators decide 河口乡's criticism, each
// checkable by hand against 城关镇: 示范带动 (1 base of 2 → 50, 30 households of 100 → 30; mean 40 → 4.00 of 10),
// 技能 (50% of 75% → 66.67 → 10.00 of 15), 结构 (0% young of 50% → 0, 50% of 50% → 100; mean 50 → 5.00 of 10).
import { describe, expect, it } from 'vitest';
import { assessmentNotice } from '../../../functions/src/report/documents/assessment-notice';
import { documentLines } from '../../../functions/src/report/documents/document-model';
import {
  defaultNoticeSettings,
  noticeSettings,
} from '../../../functions/src/report/documents/notice-settings';
import type { ReportTownship } from '../../../functions/src/report/documents/report-snapshot';
import { assessFixture, qualitative } from '../../fixtures/assessment-county';
import { result } from '../layout-fixture';

describe('the 通报 of a final ranking', () => {
  const notice = assessmentNotice(result, defaultNoticeSettings(result));

  it('reads, line by line, as the county would issue it', () => {
    expect(notice.draftNotice).toBeNull();
    expect(documentLines(notice)).toEqual([
      '关于2026年度“双培双带”活动考评结果的通报',
      'X组通〔2026〕X号',
      '各乡镇（场）党委：',
      '为推进“双培双带”活动，按照定性与定量相结合的考核评价机制，中共示范县委组织部对各乡镇2026年度“双培双带”活动开展情况进行了考评。现将考评结果通报如下。',
      '一、考评办法',
      '考评坚持定性与定量相结合。定量考评依据各乡镇“双培双带”工作台账计分，设乡土人才发展党员（25分）、帮带覆盖（15分）、培训（15分）、技能（15分）、结构（10分）、示范带动（10分）、数据质量（10分）等指标，每项指标以全县最好乡镇的数值为满分；定性考评由中共示范县委组织部根据定期汇报、专项督查、检查督促等情况评定。总分＝定量得分×70%＋定性考评得分×30%＋加分－扣分。',
      '二、考评结果',
      '各乡镇考评结果如下（按总分排名）；青山乡未报送台账，不参加排名：',
      '名次\t乡镇\t定量得分\t定性考评得分\t加分\t扣分\t总分\t等次\t奖惩',
      '1\t城关镇\t80.48\t90.0\t2.0\t1.0\t84.34\t良好\t表彰',
      '2\t白沙镇\t78.50\t80.0\t0.0\t0.0\t78.95\t合格\t',
      '3\t河口乡\t78.50\t80.0\t0.0\t0.0\t78.95\t合格\t通报批评',
      '三、表彰和通报批评',
      '根据考评结果，对城关镇予以表彰。',
      '城关镇总分84.34分，等次良好。在以下方面居全县首位：培训，培训期数2，每百名党员参训人次2500，按申报施训班次占比50%；技能，掌握实用技术党员占比75%；结构，35岁及以下党员占比50%，高中或中专以上占比50%；示范带动，示范基地数2，带动农户数100。',
      '对河口乡予以通报批评，在党建目标考核中予以扣分。',
      '河口乡总分78.95分，等次合格。与全县最好水平相比，失分较多的指标：示范带动得4.00分，全县最好的城关镇得10.00分（示范基地数：本乡镇1，城关镇2；带动农户数：本乡镇30，城关镇100）；技能得10.00分，全县最好的城关镇得15.00分（掌握实用技术党员占比：本乡镇50%，城关镇75%）；结构得5.00分，全县最好的城关镇得10.00分（35岁及以下党员占比：本乡镇0%，城关镇50%；高中或中专以上占比：本乡镇50%，城关镇50%）。',
      '四、定性考评',
      '定性考评由中共示范县委组织部评定，占总分的30%，各乡镇得分见上表。城关镇定性考评得分90.0分，加2.0分，扣1.0分（台账规范）。',
      '希望受到表彰的乡镇再接再厉，充分发挥示范带动作用；受到通报批评的乡镇要认真查找差距，制定整改措施，切实抓好整改落实。各乡镇要进一步把乡土人才培养成党员、把党员培养成乡土人才，推动“双培双带”活动取得新成效。',
      '中共示范县委组织部',
      '2026年11月25日',
    ]);
  });

  it('is laid out as an official document: title, 文号, headings, the ranking table, signature', () => {
    expect(notice.blocks.map((b) => b.kind)).toEqual([
      'title',
      'docNumber',
      ...Array(2).fill('paragraph'),
      'heading',
      'paragraph',
      'heading',
      'paragraph',
      'table',
      'heading',
      ...Array(4).fill('paragraph'),
      'heading',
      ...Array(4).fill('paragraph'),
    ]);
    expect(notice.blocks.filter((b) => b.kind === 'paragraph' && b.align === 'right')).toHaveLength(2);
  });

  it('takes the issuing body and the date from the settings, the defaults from the county and the assessment', () => {
    expect(defaultNoticeSettings(result)).toEqual({ issuer: '中共示范县委组织部', issuedOn: '2026-11-25' });
    const given = noticeSettings(result, { issuer: '中共示范县委', issuedOn: '2026-12-08' });
    expect(documentLines(assessmentNotice(result, given)).slice(-2)).toEqual([
      '中共示范县委',
      '2026年12月8日',
    ]);
    expect(noticeSettings(result, { issuer: '  ' }).issuer).toBe('中共示范县委组织部');
  });
});

describe('the 通报 of a provisional ranking (白沙镇 has no 定性考评)', () => {
  const provisional = assessFixture({ qualitative: qualitative.filter((q) => q.township !== '白沙镇') });
  const notice = assessmentNotice(provisional, defaultNoticeSettings(provisional));
  const lines = documentLines(notice);

  it('is marked 草稿 in its title and its page header, saying why', () => {
    expect(notice.title).toBe('关于2026年度“双培双带”活动考评结果的通报（草稿）');
    expect(notice.draftNotice).toBe(
      '草稿：暂定排名，白沙镇尚未录入本年度定性考评，不作表彰和通报批评，不得印发',
    );
  });

  it('criticises and rewards nobody', () => {
    expect(lines.slice(9, 13)).toEqual([
      '名次\t乡镇\t定量得分\t定性考评得分\t加分\t扣分\t总分\t等次\t奖惩',
      '1\t城关镇\t80.48\t90.0\t2.0\t1.0\t84.34\t良好\t',
      '2\t河口乡\t78.50\t80.0\t0.0\t0.0\t78.95\t合格\t',
      '3\t白沙镇\t78.50\t未录入\t0.0\t0.0\t54.95\t不合格\t',
    ]);
    expect(lines.slice(13, 15)).toEqual([
      '三、表彰和通报批评',
      '白沙镇尚未录入本年度定性考评，本次排名为暂定排名，暂不确定表彰和通报批评。请在「定性考评」中录入并重新考评后，再行印发正式通报。',
    ]);
    expect(lines.filter((l) => /予以表彰|予以通报批评|失分较多|居全县首位|再接再厉/.test(l))).toEqual([]);
  });
});

describe('what a rewarded township led in, when it leads no indicator outright', () => {
  /** 白沙镇 marked 表彰 with a hundredth of a point less on every indicator than it has (so it leads none). */
  const rewarded = (change: (t: ReportTownship) => ReportTownship) => {
    const snapshot = {
      ...result,
      ranking: result.ranking.map((t) =>
        t.township === '白沙镇'
          ? change({
              ...t,
              mark: 'reward' as const,
              indicators: t.indicators.map((i) => ({ ...i, points: i.points - 0.01 })),
            })
          : t,
      ),
    };
    return documentLines(assessmentNotice(snapshot, defaultNoticeSettings(result))).filter((l) =>
      l.startsWith('白沙镇总分'),
    );
  };

  it('names the parts where it is the county’s best', () => {
    expect(rewarded((t) => t)).toEqual([
      '白沙镇总分78.95分，等次合格。在发展党员完成率（50%）、帮带覆盖率（33.3%）、按申报施训班次占比（100%）、高中或中专以上占比（50%）、无错误行占比（100%）方面居全县首位。',
    ]);
  });

  it('else its two best indicators', () => {
    const behind = (t: ReportTownship) => ({
      ...t,
      indicators: t.indicators.map((i) => ({ ...i, parts: i.parts.map((p) => ({ ...p, score: 99 })) })),
    });
    expect(rewarded(behind)).toEqual([
      '白沙镇总分78.95分，等次合格。得分较高的指标：乡土人才发展党员得24.99分（满分25分），帮带覆盖得14.99分（满分15分）。',
    ]);
  });
});
