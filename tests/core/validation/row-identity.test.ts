// Which errors make a row vouch for nothing to other ledgers (issue 14: "a typo in 文化程度 removes a talent
// from … the pairs"; "a 2+1 mentor with such a row fails the pair too"): only errors in who the row is or in
// the facts other ledgers read.
import { describe, expect, it } from 'vitest';
import { ledgerById } from '../../../functions/src/core/ledgers';
import { identityFieldsOf, personEntry, vouchesForNothing } from '../../../functions/src/core/validation';

const at = { township: '城关镇', key: 'm1', sheetRow: 3 };
const on = (field: string) => [{ field }];

describe('identityFieldsOf', () => {
  it('is the natural key, the unique key with its qualifier, and 姓名 where the ledger has one', () => {
    expect(identityFieldsOf(ledgerById('members')!)).toEqual(['idNumber', 'name']);
    expect(identityFieldsOf(ledgerById('pairs')!)).toEqual(['pairType', 'menteeId']);
    expect(identityFieldsOf(ledgerById('trainings')!)).toEqual(['startedOn', 'title']);
    expect(identityFieldsOf(ledgerById('bases')!)).toEqual(['name']);
    expect(identityFieldsOf(ledgerById('mentoringLogs')!)).toEqual(['pairType', 'menteeId', 'contactOn']);
  });
});

describe('vouchesForNothing and personEntry', () => {
  it('a member with an error in 文化程度 or 性别 still vouches for its 党员类别', () => {
    expect(vouchesForNothing('members', on('education'))).toBe(false);
    expect(vouchesForNothing('members', [...on('sex'), ...on('villagePost')])).toBe(false);
    expect(personEntry('members', at, { memberCategory: '正式党员' }, on('education'))).toEqual({
      ledger: 'members',
      ...at,
      memberCategory: '正式党员',
      hasErrors: false,
    });
  });

  it('an error in 党员类别, 入党日期 (it is checked against), 身份证号 or 姓名 makes it vouch for nothing', () => {
    expect(
      ['memberCategory', 'joinedOn', 'idNumber', 'name'].map((f) => vouchesForNothing('members', on(f))),
    ).toEqual([true, true, true, true]);
  });

  it('a talent vouches unless who it is, 是否拔尖人才, 政治面貌 or a date it is checked against is wrong', () => {
    expect(
      ['education', 'phone', 'sex', 'isTopTalent', 'politicalStatus', 'appliedOn', 'probationaryOn'].map(
        (f) => vouchesForNothing('talents', on(f)),
      ),
    ).toEqual([false, false, false, true, true, true, true]);
  });

  it('a pair vouches for its period unless a date or 状态 is wrong (not for a mentor reference)', () => {
    expect(
      ['mentorOneId', 'duties', 'startedOn', 'endedOn', 'status'].map((f) =>
        vouchesForNothing('pairs', on(f)),
      ),
    ).toEqual([false, false, true, true, true]);
  });

  it('a row without errors vouches', () => {
    expect(vouchesForNothing('members', [])).toBe(false);
  });
});
