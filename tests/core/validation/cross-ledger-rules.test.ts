// The cross-ledger rules on 帮带结对, and what a referenced row with errors may vouch for (nothing).
import { describe, expect, it } from 'vitest';
import { mentoringLogsLedger, pairsLedger, talentsLedger } from '../../../functions/src/core/ledgers';
import {
  checkCountyRules,
  MemoryCountyIndex,
  type PersonEntry,
  validateRow,
} from '../../../functions/src/core/validation';
import { ID, pairRow, TODAY, talentRow } from '../../fixtures/ledger-rows';

const ctx = { today: TODAY };
const self = { township: '城关镇', key: 'p1' };

const member = (key: string, sheetRow: number, more: Partial<PersonEntry> = {}): PersonEntry => ({
  ledger: 'members',
  township: '城关镇',
  key,
  sheetRow,
  memberCategory: '正式党员',
  ...more,
});
const talent = (more: Partial<PersonEntry> = {}): PersonEntry => ({
  ledger: 'talents',
  township: '河口乡',
  key: 't1',
  sheetRow: 12,
  politicalStatus: '发展对象',
  isTopTalent: true,
  ...more,
});
/** A county where the 2+1 fixture pair is valid; `change` replaces (or, with null, removes) entries by person key. */
const county = (change: Record<string, PersonEntry | null> = {}) => {
  const entries = {
    [ID.memberA]: member('m1', 3),
    [ID.memberB]: member('m2', 4),
    [ID.talentA]: talent(),
    ...change,
  };
  return new MemoryCountyIndex(
    Object.entries(entries).filter((e): e is [string, PersonEntry] => e[1] !== null),
  );
};
const twoPlusOne = validateRow(pairsLedger, pairRow, ctx).record!;
const onePlusOne = validateRow(
  pairsLedger,
  {
    ...pairRow,
    帮带类型: '1+1',
    帮带职责: '技术、项目',
    帮带人一身份证号: ID.talentA,
    帮带人二身份证号: '',
    被帮带人身份证号: ID.memberA,
    帮带项目: '嫁接',
  },
  ctx,
).record!;
const issues = (record: Record<string, unknown>, index: MemoryCountyIndex) =>
  checkCountyRules(pairsLedger, record, self, index).map((i) => `${i.ruleId} ${i.message}`);

describe('帮带结对 across the ledgers', () => {
  it('accepts the fixture pairs when every person is what the pair type needs', () => {
    expect(issues(twoPlusOne, county())).toEqual([]);
    expect(issues(onePlusOne, county())).toEqual([]);
  });

  it('rejects a 1+1 mentor who is not marked 拔尖人才', () => {
    expect(issues(onePlusOne, county({ [ID.talentA]: talent({ isTopTalent: false }) }))).toEqual([
      'pair.mentor-top-talent 帮带人一身份证号：此人在河口乡「乡土人才」第12行未标为拔尖人才；“1+1”帮带人须是乡土拔尖人才',
    ]);
  });

  // Issue 14, defect 1. The report: 帮带时间为两年，直至把帮带对象培养成为中共党员 — the mentee joining is the
  // purpose. Only a mentee already in the party when the pair started (2025-03-01) is an error.
  const joined = (partySince: string | undefined, politicalStatus = '预备党员') =>
    county({ [ID.talentA]: talent({ politicalStatus, ...(partySince ? { partySince } : {}) }) });
  const withSeverity = (record: Record<string, unknown>, index: MemoryCountyIndex) =>
    checkCountyRules(pairsLedger, record, self, index).map((i) => `${i.severity} ${i.ruleId} ${i.message}`);

  it('rejects a 2+1 mentee who was already in the party when the pair started', () => {
    expect(withSeverity(twoPlusOne, joined('2024-06-01'))).toEqual([
      'error pair.mentee-talent 被帮带人身份证号：此人于2024-06-01入党（现为预备党员），开始帮带时已是党员；“2+1”帮带的是尚未入党的乡土人才，请核对开始日期或被帮带人',
    ]);
    expect(withSeverity(twoPlusOne, joined('2025-03-01', '正式党员'))).toHaveLength(1);
  });

  it('accepts a 2+1 pair whose mentee joined since; a running one is advised to be 已完成', () => {
    expect(withSeverity(twoPlusOne, joined('2026-07-01'))).toEqual([
      'warning pair.mentee-talent 状态：被帮带人已于2026-07-01入党（现为预备党员），帮带目标已实现；请把状态改为“已完成”并填写成效',
    ]);
    expect(withSeverity({ ...twoPlusOne, status: '已完成' }, joined('2026-07-01'))).toEqual([]);
    expect(withSeverity({ ...twoPlusOne, status: '已中止' }, joined('2026-07-01', '正式党员'))).toEqual([]);
  });

  it('does not refuse a pair on an entry stored before 接收预备党员日期 was recorded', () => {
    expect(withSeverity(twoPlusOne, joined(undefined, '正式党员'))).toEqual([
      'warning pair.mentee-talent 状态：被帮带人已入党（现为正式党员），帮带目标已实现；请把状态改为“已完成”并填写成效',
    ]);
  });

  it('rejects a 2+1 mentor missing from the 农民党员 ledger', () => {
    expect(issues(twoPlusOne, county({ [ID.memberB]: null }))).toEqual([
      'pair.mentor-full-member 帮带人二身份证号：全县农民党员台账中没有此人；“2+1”帮带人须是正式党员，请先在农民党员台账登记',
    ]);
  });
});

describe('a referenced row with errors vouches for nothing', () => {
  it('does not let a 正式党员 row with errors make a 2+1 mentor, and says to fix that row first', () => {
    const index = county({ [ID.memberA]: member('m1', 3, { hasErrors: true }) });
    expect(issues(twoPlusOne, index)).toEqual([
      'pair.mentor-full-member 帮带人一身份证号：此人在城关镇「农民党员」第3行的登记有错误，不能作为“2+1”帮带人的依据；须先改正该行，再全量同步本表',
    ]);
  });

  it('does not trust a talent row with errors as a 2+1 mentee or a 1+1 mentor', () => {
    const index = county({ [ID.talentA]: talent({ hasErrors: true }) });
    expect(issues(twoPlusOne, index)).toEqual([
      'pair.mentee-talent 被帮带人身份证号：此人在河口乡「乡土人才」第12行的登记有错误，不能作为“2+1”被帮带人的依据；须先改正该行，再全量同步本表',
    ]);
    expect(issues(onePlusOne, index)).toEqual([
      'pair.mentor-top-talent 帮带人一身份证号：此人在河口乡「乡土人才」第12行的登记有错误，不能作为“1+1”帮带人的依据；须先改正该行，再全量同步本表',
    ]);
  });

  it('trusts entries without errors, and entries stored before errors were recorded', () => {
    const { hasErrors: _, ...legacy } = member('m1', 3, { hasErrors: false });
    expect(issues(twoPlusOne, county({ [ID.memberA]: member('m1', 3, { hasErrors: false }) }))).toEqual([]);
    expect(issues(twoPlusOne, county({ [ID.memberA]: legacy }))).toEqual([]);
  });

  it('asks only that a 帮带结对 exists for its 帮带记录, errors or not (the pair’s row shows its own)', () => {
    const log = validateRow(
      mentoringLogsLedger,
      {
        帮带类型: '2+1',
        被帮带人身份证号: ID.talentA,
        帮带日期: '2026-10-01',
        帮带形式: '上门走访',
        帮带内容: '学习党章',
      },
      ctx,
    ).record!;
    const pair = { ledger: 'pairs', township: '城关镇', key: 'p1', sheetRow: 4, hasErrors: true };
    const index = new MemoryCountyIndex([[`2+1:${ID.talentA}`, pair]]);
    expect(
      checkCountyRules(mentoringLogsLedger, log, { township: '城关镇', key: 'l1' }, index).map(
        (i) => i.message,
      ),
    ).toEqual([]);
  });

  it('still holds its person, so a second row is a duplicate', () => {
    const record = validateRow(talentsLedger, talentRow, ctx).record!;
    const index = county({ [ID.talentA]: talent({ hasErrors: true }) });
    expect(
      checkCountyRules(talentsLedger, record, { township: '城关镇', key: 't9' }, index).map((i) => i.message),
    ).toEqual(['身份证号：此人已登记，在河口乡「乡土人才」第12行；全县每人只能登记一次，请核对后删除重复行']);
  });
});
