// Issue 14, defect 5: one mentee may have several pairs of a type over the years (a 1+1 pair on another
// 帮带项目, a new 2+1 pair after the first was 已中止); only pairs of the same type that overlap are duplicates.
import { describe, expect, it } from 'vitest';
import { pairsLedger, REGISTRY } from '../../../functions/src/core/ledgers';
import {
  checkCountyRules,
  MemoryCountyIndex,
  type PersonEntry,
} from '../../../functions/src/core/validation';
import { ID } from '../../fixtures/ledger-rows';

const self = { township: '城关镇', key: 'p2' };
const first = (facts: Record<string, unknown>): PersonEntry => ({
  ledger: 'pairs',
  township: '城关镇',
  key: 'p1',
  sheetRow: 3,
  ...REGISTRY.factsOf('pairs', facts),
});
const onePlusOne = {
  pairType: '1+1',
  mentorOneId: ID.talentA,
  mentorTwoId: null,
  menteeId: ID.memberA,
  project: '柑橘嫁接',
  startedOn: '2023-03-01',
  plannedEndOn: null,
  endedOn: null,
  status: '进行中',
};
const duplicates = (record: Record<string, unknown>, holder: PersonEntry) =>
  checkCountyRules(pairsLedger, record, self, new MemoryCountyIndex([[`1+1:${ID.memberA}`, holder]]))
    .filter((i) => i.ruleId === 'county.duplicate-person')
    .map((i) => i.message);

describe('two pairs of one type for one mentee', () => {
  const stopped = first({ ...onePlusOne, status: '已中止', endedOn: '2024-05-31' });

  it('are not duplicates when the first ended before the second started', () => {
    expect(duplicates({ ...onePlusOne, project: '生猪养殖', startedOn: '2024-06-01' }, stopped)).toEqual([]);
    // A hand-over on the same day is no overlap.
    expect(duplicates({ ...onePlusOne, startedOn: '2024-05-31' }, stopped)).toEqual([]);
  });

  it('are duplicates when they overlap, with a message saying what to do', () => {
    expect(duplicates({ ...onePlusOne, startedOn: '2024-05-01' }, stopped)).toEqual([
      '被帮带人身份证号：此人已有时间重叠的同类帮带结对，在城关镇「帮带结对」第3行；同一时间同类结对只能有一个。如那个结对已结束，请在该行填写结束日期并修改状态；否则请删除重复行',
    ]);
    expect(duplicates({ ...onePlusOne, startedOn: '2025-01-01' }, first(onePlusOne))).toHaveLength(1);
    // The same start is the same pair typed twice, even if both have ended.
    expect(duplicates({ ...onePlusOne, status: '已完成', endedOn: '2023-03-01' }, stopped)).toHaveLength(1);
  });

  it('keep the old rule against an entry stored before pairs recorded their period', () => {
    const legacy: PersonEntry = { ledger: 'pairs', township: '城关镇', key: 'p1', sheetRow: 3 };
    expect(duplicates({ ...onePlusOne, startedOn: '2026-01-01' }, legacy)).toEqual([
      '被帮带人身份证号：此人已有同类帮带结对，在城关镇「帮带结对」第3行；全县每人只能登记一次，请核对后删除重复行',
    ]);
  });
});
