import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { membersLedger, pairsLedger, talentsLedger } from '../../../functions/src/core/ledgers';
import {
  checkCountyRules,
  formatZodError,
  headerIssues,
  lookupsFor,
  MemoryCountyIndex,
  mapHeaders,
  readSheetRows,
  validateFields,
  validateRow,
  zhErrorMap,
} from '../../../functions/src/core/validation';
import { headersOf, ID, inTemplateOrder, pairRow, TODAY, talentRow } from '../../fixtures/ledger-rows';

const ctx = { today: TODAY };

describe('header mapping', () => {
  it('follows the real column order, keeps the row key, ignores extra columns', () => {
    const map = mapHeaders(membersLedger, [
      '行键',
      '身份证号',
      '微信',
      ' 姓名 ',
      '党员类别',
      '入党日期',
      '所在村（社区）',
      '同步状态',
    ]);
    expect(map.rowKeyColumn).toBe(0);
    expect([...map.columnOf]).toEqual([
      ['idNumber', 1],
      ['name', 3],
      ['memberCategory', 4],
      ['joinedOn', 5],
      ['village', 6],
    ]);
    expect(map.unknownHeaders).toEqual(['微信']);
    expect(map.missingRequired).toEqual([]);
  });

  it('reports a missing required column once for the sheet, not once per row', () => {
    const header = headersOf(talentsLedger).filter((h) => h !== '身份证号' && h !== '入库日期');
    expect(headerIssues(talentsLedger, mapHeaders(talentsLedger, header))).toEqual({
      errors: [
        '「乡土人才」缺少必填列：身份证号、入库日期。请在第1行补上这些列标题（文字须完全一致）后重新同步',
      ],
      warnings: [],
    });
  });

  it('reads each non-blank row with its sheet row number and key, then validates it', () => {
    const header = ['行键', ...headersOf(talentsLedger)];
    const good = ['k1', ...inTemplateOrder(headersOf(talentsLedger), talentRow)];
    const bad = ['k2', ...good.slice(1)];
    bad[2] = '430521199005021230';
    const read = readSheetRows(mapHeaders(talentsLedger, header), [good, header.map(() => ''), bad], 2);
    const rows = read.map((r) => ({ ...r, ...validateFields(talentsLedger, r.cells, ctx) }));
    expect(rows.map((r) => [r.rowNumber, r.rowKey, r.errors.map((e) => e.message)])).toEqual([
      [2, 'k1', []],
      [4, 'k2', ['身份证号：校验位应为 1，请核对']],
    ]);
  });
});

describe('county-wide rules over an index', () => {
  const index = new MemoryCountyIndex([
    [
      '430521199005021231',
      {
        ledger: 'talents',
        township: '城关镇',
        key: 't1',
        sheetRow: 12,
        politicalStatus: '发展对象',
        isTopTalent: true,
      },
    ],
    [
      ID.memberA,
      { ledger: 'members', township: '城关镇', key: 'm1', sheetRow: 3, memberCategory: '正式党员' },
    ],
    [
      ID.memberB,
      { ledger: 'members', township: '河口乡', key: 'm2', sheetRow: 8, memberCategory: '预备党员' },
    ],
  ]);

  it('names the township and row that already holds a person', () => {
    const record = validateRow(talentsLedger, talentRow, ctx).record!;
    expect(checkCountyRules(talentsLedger, record, { township: '城关镇', key: 't1' }, index)).toEqual([]);
    expect(
      checkCountyRules(talentsLedger, record, { township: '河口乡', key: 'x9' }, index).map((i) => i.message),
    ).toEqual(['身份证号：此人已登记，在城关镇「乡土人才」第12行；全县每人只能登记一次，请核对后删除重复行']);
  });

  it('wants 2+1 mentors to be full members and the mentee a talent not yet in the party', () => {
    const record = validateRow(pairsLedger, pairRow, ctx).record!;
    expect(lookupsFor(pairsLedger, record)).toEqual([
      { ledger: 'pairs', personKey: `2+1:${ID.talentA}` },
      { ledger: 'members', personKey: ID.memberA },
      { ledger: 'members', personKey: ID.memberB },
      { ledger: 'talents', personKey: ID.talentA },
    ]);
    expect(
      checkCountyRules(pairsLedger, record, { township: '城关镇', key: 'p1' }, index).map(
        (i) => `${i.ruleId} ${i.message}`,
      ),
    ).toEqual([
      'pair.mentor-full-member 帮带人二身份证号：此人在河口乡「农民党员」第8行登记为预备党员；“2+1”帮带人须是正式党员',
    ]);
  });

  it('wants a 1+1 mentor to be a top talent and the mentee a member', () => {
    const row = {
      ...pairRow,
      帮带类型: '1+1',
      帮带职责: '技术、项目',
      帮带人一身份证号: ID.talentA,
      帮带人二身份证号: '',
      被帮带人身份证号: ID.memberC,
      帮带项目: '嫁接',
    };
    const record = validateRow(pairsLedger, row, ctx).record!;
    expect(
      checkCountyRules(pairsLedger, record, { township: '城关镇', key: 'p2' }, index).map((i) => i.message),
    ).toEqual([
      '被帮带人身份证号：全县农民党员台账中没有此人；“1+1”被帮带人须是农民党员，请先在农民党员台账登记',
    ]);
  });
});

describe('zod messages in Chinese', () => {
  it('never leaks English type names', () => {
    const schema = z.object({
      township: z.string().min(1),
      rows: z.array(z.object({ key: z.string() })).max(2),
    });
    const result = schema.safeParse({ township: 5, rows: [{ key: 1 }, {}] }, { error: zhErrorMap });
    expect(formatZodError(result.error!)).toEqual([
      'township：应为文字，收到的是数字',
      'rows[0].key：应为文字，收到的是数字',
      'rows[1].key：必填，缺少此项',
    ]);
    const tooMany = schema.safeParse(
      { township: '城关镇', rows: [{ key: 'a' }, { key: 'b' }, { key: 'c' }] },
      { error: zhErrorMap },
    );
    expect(formatZodError(tooMany.error!)).toEqual(['rows：最多 2 项']);
  });
});
