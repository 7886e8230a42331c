// 帮带结对 row rules: the shape of “2+1” and “1+1” pairs, dates, and the 帮带责任卡.
import { describe, expect, it } from 'vitest';
import { pairsLedger } from '../../../../functions/src/core/ledgers';
import { dutiesOf } from '../../../../functions/src/core/ledgers/pairs';
import { validateRow } from '../../../../functions/src/core/validation';
import { ID, pairRow, TODAY } from '../../../fixtures/ledger-rows';
import { issues, messages } from '../../../fixtures/row-issues';

const ctx = { today: TODAY };

describe('帮带结对', () => {
  it('needs two different mentors for 2+1 and none twice', () => {
    expect(issues(validateRow(pairsLedger, { ...pairRow, 帮带人二身份证号: '' }, ctx)).errors).toEqual([
      'pair.shape 帮带人二身份证号：“2+1”须由两名正式党员帮带，请填写帮带人二身份证号',
    ]);
    expect(
      issues(validateRow(pairsLedger, { ...pairRow, 帮带人二身份证号: ID.memberA }, ctx)).errors,
    ).toEqual(['pair.distinct-people 帮带人二身份证号：与帮带人一是同一人，“2+1”须由两名不同的党员帮带']);
    expect(
      issues(validateRow(pairsLedger, { ...pairRow, 被帮带人身份证号: ID.memberB }, ctx)).errors,
    ).toEqual(['pair.distinct-people 被帮带人身份证号：被帮带人不能同时是帮带人，请核对']);
  });

  it('needs one mentor and a project for 1+1', () => {
    const row = {
      ...pairRow,
      帮带类型: '1+1',
      帮带人一身份证号: ID.talentB,
      被帮带人身份证号: ID.memberC,
      帮带职责: '技术、项目',
    };
    expect(issues(validateRow(pairsLedger, row, ctx)).errors).toEqual([
      'pair.shape 帮带人二身份证号：“1+1”只有一名帮带人，请清空帮带人二身份证号',
      'pair.shape 帮带项目：“1+1”须确定帮带项目，请填写',
    ]);
    expect(
      validateRow(pairsLedger, { ...row, 帮带人二身份证号: '', 帮带项目: '柑橘修剪' }, ctx).errors,
    ).toEqual([]);
  });

  it('warns when a 2+1 plan is not two years, or a pair runs past its plan', () => {
    expect(
      issues(validateRow(pairsLedger, { ...pairRow, 计划结束日期: '2026-12-31' }, ctx)).warnings,
    ).toEqual(['pair.planned-length 计划结束日期：“2+1”规定帮带时间为两年，计划结束日期一般为 2027-03-01']);
    const late = { ...pairRow, 开始日期: '2024-03-01', 计划结束日期: '' };
    expect(issues(validateRow(pairsLedger, late, ctx))).toEqual({
      errors: [],
      warnings: ['pair.overdue 状态：已超过计划结束日期（2026-03-01）仍在进行中，请更新状态或填写成效'],
    });
    expect(
      validateRow(pairsLedger, { ...pairRow, 计划结束日期: '2024-01-01' }, ctx).errors.map((e) => e.message),
    ).toEqual(['计划结束日期：2024-01-01 早于开始日期（2025-03-01），请核对']);
  });
});

describe('帮带责任卡 on 帮带结对', () => {
  it('wants the duties of the pair type, warns when some are missing', () => {
    expect(messages(validateRow(pairsLedger, { ...pairRow, 帮带职责: '' }, ctx)).warnings).toEqual([
      '帮带职责：请填写帮带责任卡上的职责：学习、思想、作风、生活',
    ]);
    expect(messages(validateRow(pairsLedger, { ...pairRow, 帮带职责: '学习，思想' }, ctx)).warnings).toEqual([
      '帮带职责：“2+1”责任卡通常包括 学习、思想、作风、生活，未写明：作风、生活',
    ]);
    const other = validateRow(pairsLedger, { ...pairRow, 帮带职责: '学习、技术' }, ctx);
    expect([other.errors, messages(other).warnings]).toEqual([
      [],
      ['帮带职责：“2+1”责任卡通常包括 学习、思想、作风、生活，未写明：思想、作风、生活'],
    ]);
  });

  it('reads real 责任卡 wording by the items it names, whatever joins them (issue 19, defect 3)', () => {
    const read = (type: '2+1' | '1+1', text: string) => {
      const row =
        type === '2+1'
          ? { ...pairRow, 帮带职责: text }
          : {
              ...pairRow,
              帮带类型: '1+1',
              帮带人一身份证号: ID.talentB,
              帮带人二身份证号: '',
              被帮带人身份证号: ID.memberC,
              帮带项目: '柑橘修剪',
              计划结束日期: '',
              帮带职责: text,
            };
      const result = validateRow(pairsLedger, row, ctx);
      return [dutiesOf(text, type), result.errors.length, result.warnings.length];
    };
    const all2 = ['学习', '思想', '作风', '生活'];
    expect(read('2+1', '学习、思想、作风和生活')).toEqual([all2, 0, 0]);
    expect(read('2+1', '学习、思想、作风、生活等方面')).toEqual([all2, 0, 0]);
    expect(read('2+1', '学习、思想、作风、生活。')).toEqual([all2, 0, 0]);
    expect(read('2+1', '学习/思想/作风/生活')).toEqual([all2, 0, 0]);
    expect(read('1+1', '技术和项目')).toEqual([['技术', '项目'], 0, 0]);
    expect(read('1+1', '技术、智力')).toEqual([['技术', '项目'], 0, 0]);
    expect(read('1+1', '提供技术、智力等支持')).toEqual([['技术', '项目'], 0, 0]);
  });

  it('warns, never errs, on a card naming none of the expected items', () => {
    const result = validateRow(pairsLedger, { ...pairRow, 帮带职责: '按要求帮带' }, ctx);
    expect([result.errors, issues(result).warnings]).toEqual([
      [],
      [
        'pair.duties-named 帮带职责：未写明“2+1”责任卡的任何一项职责（学习、思想、作风、生活），请按责任卡填写',
      ],
    ]);
  });

  it('asks for the result when a pair is finished', () => {
    expect(
      messages(validateRow(pairsLedger, { ...pairRow, 状态: '已完成', 结束日期: '2026-06-30' }, ctx))
        .warnings,
    ).toEqual(['成效：帮带已完成，请填写成效（如已入党、掌握某项技术）']);
  });

  // Issue 14, defect 4: a pair counts in a year when it ran on some day of it, so the day it actually ended
  // is asked for once it is 已完成/已中止 — a warning, since rows kept before the column existed were valid.
  it('asks for 结束日期 once a pair has ended, and only then', () => {
    expect(messages(validateRow(pairsLedger, { ...pairRow, 状态: '已中止' }, ctx))).toEqual({
      errors: [],
      warnings: ['结束日期：帮带已中止，请填写实际结束的日期；不填时按计划结束日期计算在哪些年度帮带'],
    });
    expect(messages(validateRow(pairsLedger, { ...pairRow, 结束日期: '2026-06-30' }, ctx))).toEqual({
      errors: [],
      warnings: ['结束日期：帮带仍在进行中，不应填写结束日期；如已结束，请把状态改为已完成或已中止'],
    });
    expect(
      messages(validateRow(pairsLedger, { ...pairRow, 状态: '已中止', 结束日期: '2025-02-01' }, ctx)).errors,
    ).toEqual(['结束日期：2025-02-01 早于开始日期（2025-03-01），请核对']);
  });
});
