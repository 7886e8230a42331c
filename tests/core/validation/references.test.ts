// The references the programme ledgers make (帮带记录 → 帮带结对, 培训申报 → 培训菜单, 培训记录 → 培训申报,
// 督办记录 → 联系点), checked county-wide over an index.
import { describe, expect, it } from 'vitest';
import {
  liaisonPointsLedger,
  mentoringLogsLedger,
  supervisionVisitsLedger,
  trainingRequestsLedger,
  trainingsLedger,
} from '../../../functions/src/core/ledgers';
import {
  checkCountyRules,
  lookupsFor,
  MemoryCountyIndex,
  validateRow,
} from '../../../functions/src/core/validation';
import { ID, logRow, requestRow, TODAY, trainingRow, visitRow } from '../../fixtures/ledger-rows';
import { messages } from '../../fixtures/row-issues';

const ctx = { today: TODAY };

describe('references between the new ledgers, checked county-wide', () => {
  const index = new MemoryCountyIndex([
    [`2+1:${ID.talentA}`, { ledger: 'pairs', township: '城关镇', key: 'p1', sheetRow: 2 }],
    ['柑橘栽培', { ledger: 'trainingMenu', township: '', key: 'c1', sheetRow: 2 }],
    ['城关镇|2026-01', { ledger: 'trainingRequests', township: '城关镇', key: 'r1', sheetRow: 2 }],
    ['城关镇:张书记', { ledger: 'liaisonPoints', township: '', key: 'l1', sheetRow: 2 }],
  ]);
  // 乡镇设置's townships and 联系点's leaders, as the store reads them for listed references.
  for (const township of ['城关镇', '河口乡', '青山乡'])
    index.addListed('townshipSettings', ['township'], { township });
  index.addListed('liaisonPoints', ['leader'], { leader: '张书记' });
  const county = (
    ledger: Parameters<typeof validateRow>[0],
    cells: Record<string, unknown>,
    township = '城关镇',
    key = 'x',
  ) =>
    checkCountyRules(
      ledger,
      validateRow(ledger, cells as never, ctx).values as Record<string, unknown>,
      { township, key },
      index,
    ).map((i) => `${i.ruleId} ${i.message}`);

  it('a 帮带记录 must name an existing pair', () => {
    expect(county(mentoringLogsLedger, logRow)).toEqual([]);
    expect(county(mentoringLogsLedger, { ...logRow, 帮带类型: '1+1' })).toEqual([
      'log.pair-exists 被帮带人身份证号：全县「帮带结对」中没有这个被帮带人的同类结对；请核对身份证号和帮带类型，或先登记结对',
    ]);
  });

  it('a 培训申报 must take its course from the county menu; its number is unique within the township only', () => {
    expect(county(trainingRequestsLedger, { ...requestRow, 课程名称: '无人机植保' })).toEqual([
      'county.duplicate-person 申报编号：此申报编号已登记，在城关镇「培训申报」第2行；本乡镇只能登记一次，请核对后删除重复行',
      'request.course-on-menu 课程名称：不在县级「培训菜单」中；请从菜单中选择课程，名称须完全一致',
    ]);
    expect(county(trainingRequestsLedger, requestRow, '河口乡')).toEqual([]);
    expect(county(trainingRequestsLedger, requestRow, '城关镇', 'r1')).toEqual([]);
    expect(
      lookupsFor(trainingRequestsLedger, { requestNo: '2026-01', course: '柑橘栽培' }, '河口乡'),
    ).toEqual([
      { ledger: 'trainingRequests', personKey: '河口乡|2026-01' },
      { ledger: 'trainingMenu', personKey: '柑橘栽培' },
    ]);
  });

  it('a class may name a request of its own township only', () => {
    expect(county(trainingsLedger, { ...trainingRow, 对应申报编号: '2026-01' })).toEqual([]);
    expect(county(trainingsLedger, { ...trainingRow, 对应申报编号: '2026-01' }, '河口乡')).toEqual([
      'training.request-exists 对应申报编号：本乡镇「培训申报」中没有这个申报编号；请核对，或清空此格',
    ]);
  });

  it('a 督办记录 must be by a county leader listed in 联系点, to a township of 乡镇设置', () => {
    expect(county(supervisionVisitsLedger, visitRow, '')).toEqual([]);
    // 张书记's row in 联系点 names 城关镇; a visit elsewhere is no error (the 联系点督办 tab flags it).
    expect(county(supervisionVisitsLedger, { ...visitRow, 乡镇: '河口乡人民政府' }, '')).toEqual([]);
    expect(county(supervisionVisitsLedger, { ...visitRow, 县委常委: '赵副县长', 乡镇: '丁乡' }, '')).toEqual([
      'visit.leader-listed 县委常委：不在「联系点」中；请先在「联系点」登记这位县委常委的联系乡镇',
      'visit.township-listed 乡镇：「丁乡」不在「乡镇设置」中；现有乡镇：城关镇、河口乡、青山乡。请从下拉列表中选择，或先在「乡镇设置」中登记该乡镇',
    ]);
  });

  it('a 联系点 names townships of 乡镇设置: one, several joined by 、，,; or as their 人民政府', () => {
    const point = (联系乡镇: string, 县委常委 = '李部长') =>
      county(liaisonPointsLedger, { 县委常委, 联系乡镇 }, '');
    expect(point('河口乡')).toEqual([]);
    expect(point('河口乡、青山乡人民政府')).toEqual([]);
    expect(point('河口乡，青山乡;城关镇政府')).toEqual([]);
    expect(point('河口乡、丁乡、戊镇人民政府')).toEqual([
      'liaison.township-listed 联系乡镇：「丁乡」「戊镇」不在「乡镇设置」中；现有乡镇：城关镇、河口乡、青山乡。请从下拉列表中选择，或先在「乡镇设置」中登记该乡镇',
    ]);
    // The same leader and township twice is a duplicate; the same leader with another township is not.
    expect(point('城关镇', '张书记')).toEqual([
      'county.duplicate-person 县委常委：这位县委常委的这个联系乡镇已登记，在「联系点」第2行；全县只能登记一次，请核对后删除重复行',
    ]);
    expect(point('河口乡', '张书记')).toEqual([]);
  });

  it('says so when 乡镇设置 has no township yet, and checks nothing it was not given', () => {
    const empty = new MemoryCountyIndex();
    empty.addListed('townshipSettings', ['township']);
    const record = { leader: '李部长', township: '河口乡' };
    expect(checkCountyRules(liaisonPointsLedger, record, { township: '', key: 'x' }, empty)).toMatchObject([
      {
        ruleId: 'liaison.township-listed',
        column: '联系乡镇',
        message:
          '联系乡镇：「河口乡」不在「乡镇设置」中：「乡镇设置」还没有任何乡镇，请先填写并同步「乡镇设置」',
      },
    ]);
    const unknown = new MemoryCountyIndex();
    expect(checkCountyRules(liaisonPointsLedger, record, { township: '', key: 'x' }, unknown)).toEqual([]);
    expect(lookupsFor(liaisonPointsLedger, record)).toEqual([
      { ledger: 'liaisonPoints', personKey: '河口乡:李部长' },
    ]);
  });

  it('refuses a wished period that runs backwards', () => {
    expect(
      messages(validateRow(trainingRequestsLedger, { ...requestRow, 期望结束日期: '2027-02-01' }, ctx))
        .errors,
    ).toEqual(['期望结束日期：2027-02-01 早于期望开始日期（2027-03-01），请核对']);
  });
});
