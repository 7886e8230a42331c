// The county summary's tabs, laid out from the fixture county's assessment.
import { describe, expect, it } from 'vitest';
import { countySummary } from '../../functions/src/report/county-layout';
import { computedAt, INFO, plain, result } from './layout-fixture';

describe('county summary layout', () => {
  const doc = countySummary(result, computedAt);
  const tab = (name: string) => doc.tabs.find((t) => t.name === name)!;

  it('has the county tabs, each saying when and for which year', () => {
    expect(doc.tabs.map((t) => [t.name, t.info])).toEqual(
      ['考评排名', '全县统计', '预警提醒', '数据质量', '菜单式培训', '联系点督办', '通报草稿'].map((name) => [
        name,
        INFO,
      ]),
    );
  });

  it('考评排名: every indicator, total, rank, band, mark and change, coloured by mark, with a chart of totals', () => {
    const ranking = tab('考评排名');
    expect(ranking.header).toEqual([
      '排名',
      '乡镇',
      '乡土人才发展党员(25)',
      '帮带覆盖(15)',
      '培训(15)',
      '技能(15)',
      '结构(10)',
      '示范带动(10)',
      '数据质量(10)',
      '定量得分',
      '定性得分',
      '加分',
      '扣分',
      '总分',
      '等次',
      '奖惩',
      '名次变化',
      '总分变化',
    ]);
    expect(ranking.rows.map((r) => [r.tone, ...r.cells.map(plain)])).toEqual([
      [
        'reward',
        1,
        '城关镇',
        12.5,
        11.25,
        12.5,
        15,
        10,
        10,
        9.23,
        80.48,
        90,
        2,
        1,
        84.34,
        '良好',
        '表彰',
        1,
        4.34,
      ],
      // Three ranked townships: one 表彰, one 通报批评 (see mark-counts.ts).
      [null, 2, '白沙镇', 25, 15, 9.5, 10, 5, 4, 10, 78.5, 80, 0, 0, 78.95, '合格', '', 1, 8.95],
      [
        'criticism',
        3,
        '河口乡',
        25,
        15,
        9.5,
        10,
        5,
        4,
        10,
        78.5,
        80,
        0,
        0,
        78.95,
        '合格',
        '通报批评',
        -2,
        -6.05,
      ],
      // 青山乡 (in 乡镇设置, not one row) is 未提交: not ranked, so never 通报批评.
    ]);
    expect(ranking.chart).toEqual({
      type: 'bar',
      title: '各乡镇总分',
      categoryColumn: 1,
      valueColumns: [13],
    });
  });

  it('全县统计 uses the report wording; 预警提醒 masks ID numbers; 数据质量 lists duplicates', () => {
    expect(tab('全县统计').rows[0]!.cells.map(plain)).toEqual([
      '乡土人才库人数',
      10,
      9,
      1,
      '名',
      '已对10名乡土人才建立了人才信息库',
    ]);
    // Issue 14, defect 10: 党内统计 counts 35岁及以下; the tab states the definition it uses.
    expect(tab('全县统计').notes).toContain(
      '35岁及以下：按身份证号中的出生日期，在统计截止日（考评年度12月31日；年度未结束时为今天）年龄不超过35周岁（未满36周岁），与党内统计口径一致；考评“结构”指标用同一口径。',
    );
    // Issue 14, defect 9: e1 (a talent with a wrong check digit) and e2 (a member registered first in 河口乡)
    // say nobody's identity, so each is left out of every figure of its ledger; pairs and classes lose none.
    expect(tab('全县统计').notes?.at(-1)).toBe(
      `因有错误未计入的行数：${[
        '乡土人才库人数',
        '本年度乡土人才发展党员',
        '累计吸收乡土人才入党',
        '近两年递交入党申请书的乡土人才',
        '积极向党组织靠拢的乡土人才',
        '农民党员总数',
        '掌握实用技术的农民党员',
        '掌握实用技术的农民党员占比',
        '进入村级班子的党员致富能手',
        '其中担任村主职干部',
        '35岁及以下农民党员',
        '35岁及以下农民党员占比',
        '高中或中专以上文化程度占比',
      ]
        .map((label) => `${label}1行`)
        .join('；')}。`,
    );
    const share = tab('全县统计').rows.find((r) => r.cells[0] === '35岁及以下农民党员占比')!;
    expect(share.cells.slice(1, 5)).toEqual([
      { value: 0.25, format: 'percent1' },
      { value: 0.25, format: 'percent1' },
      { value: 0, format: 'delta' },
      '百分点',
    ]);
    const activist = tab('预警提醒').rows.find((r) => r.cells[1] === '积极分子满一年')!;
    expect(activist.cells).toEqual([
      '城关镇',
      '积极分子满一年',
      '乡土人才',
      6,
      '甲五',
      expect.stringMatching(/^430521\*{8}\d{3}[\dX]$/),
      '2026-10-01',
      '确定为入党积极分子已满一年（2025-10-01起），可按程序列为发展对象',
    ]);
    expect(
      tab('预警提醒')
        .rows.filter((r) => r.cells[1] === '帮带长期无记录')
        .map((r) => r.cells[3]),
    ).toEqual([4, 3]);
    expect(JSON.stringify(doc)).not.toMatch(/430521\d{11}[\dX]/);
    const quality = tab('数据质量').rows.map((r) => r.cells.map(plain));
    expect(quality[0]).toEqual([
      '城关镇',
      26,
      2,
      1,
      1,
      0.923,
      '身份证号格式不对（1行）；身份证号重复登记（1行）；状态超过计划结束日期（1行）',
    ]);
    expect(quality.at(-1)).toEqual([
      '城关镇',
      '农民党员',
      6,
      null,
      null,
      null,
      '身份证号：此人已登记，在河口乡「农民党员」第3行；全县每人只能登记一次，请核对后删除重复行',
    ]);
  });

  it('菜单式培训: requests per township and how many were served, with a county total', () => {
    expect(tab('菜单式培训').rows.map((r) => [r.tone ?? null, ...r.cells])).toEqual([
      ['warning', '城关镇', 2, 1, 0, 1, 0, 0, 1],
      [null, '河口乡', 1, 0, 1, 0, 0, 0, 1],
      [null, '白沙镇', 1, 0, 1, 0, 0, 0, 1],
      [null, '青山乡', 0, 0, 0, 0, 0, 0, 0],
      [null, '全县', 4, 1, 2, 1, 0, 0, 3],
      [null],
      [null, '县里须组织的课程', '涉及乡镇', '申报数', '预计参训人数'],
      [null, '（无）'],
      [null],
      [null, '乡镇', '申报编号', '课程名称', '期望时间', '状态', '施训的培训班', '未施训原因'],
      [
        null,
        '城关镇',
        '2026-01',
        '柑橘栽培',
        '2026-03-01',
        '已完成',
        '2026-03-10 柑橘栽培培训班2026-03-10',
        '',
      ],
      [null, '城关镇', '2026-02', '电商营销', '2026-10-01', '待审核', '', '尚待县里审核'],
      [
        null,
        '河口乡',
        '2026-01',
        '柑橘栽培',
        '2026-05-01',
        '已安排',
        '2026-06-01 柑橘栽培培训班2026-06-01',
        '',
      ],
      [
        null,
        '白沙镇',
        '2026-01',
        '柑橘栽培',
        '2026-05-01',
        '已安排',
        '2026-06-01 柑橘栽培培训班2026-06-01',
        '',
      ],
    ]);
  });

  it('联系点督办: visits per township and per leader with 联系村 and 联系企业, the unvisited in yellow', () => {
    expect(tab('联系点督办').header).toEqual([
      '乡镇',
      '联系的县委常委',
      '本年度督办次数',
      '最近一次督办',
      '距今天数',
      '提醒',
      '联系村',
      '联系企业',
    ]);
    expect(tab('联系点督办').rows.map((r) => [r.tone ?? null, ...r.cells])).toEqual([
      [null, '城关镇', '张书记', 2, '2026-10-10', 46, '', '城东村', '城关柑橘合作社'],
      ['warning', '河口乡', '李县长', 1, '2026-05-20', 189, '超过90天未督办', '', ''],
      ['warning', '白沙镇', '王部长', 0, '2025-12-01', 359, '超过90天未督办', '', ''],
      ['warning', '青山乡', '（无）', 0, '从未督办', null, '超过90天未督办', '', ''],
      [null],
      [null, '县委常委', '职务', '联系乡镇', '本年度督办', '最近一次', '提醒', '联系村', '联系企业'],
      [null, '张书记', '县委书记', '城关镇', 2, '2026-10-10', '', '城东村', '城关柑橘合作社'],
      [null, '李县长', '县长', '河口乡', 1, '2026-05-20', '', '', ''],
      ['warning', '王部长', '组织部长', '白沙镇', 0, '2025-12-01', '本年度未督办', '', ''],
    ]);
  });
});
