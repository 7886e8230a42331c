// The registry is the one list of ledgers: every list the system needs is derived from it, and what the
// ledgers' folders declare holds together (references name real fields of ledgers with unique keys).
import { describe, expect, it } from 'vitest';
import { ASSESSED_FIELDS, groupByTownship } from '../../../functions/src/core/assessment';
import {
  ALL_LEDGERS,
  COUNTY_LEDGERS,
  ledgerById,
  ledgerCollections,
  REGISTRY,
  TOWNSHIP_LEDGERS,
  townshipPushPhases,
} from '../../../functions/src/core/ledgers';
import { ruleLabelOf } from '../../../functions/src/core/validation';
import { ruleLabel } from '../../../functions/src/report/labels';
import { TOWNSHIP_TABS } from '../../fixtures/ledger-rows';

describe('the ledger registry', () => {
  it('lists the township tabs, then the county tabs, in template order', () => {
    expect(TOWNSHIP_LEDGERS.map((l) => l.tab)).toEqual(TOWNSHIP_TABS);
    expect(COUNTY_LEDGERS.map((l) => l.tab)).toEqual([
      '乡镇设置',
      '定性考评',
      '培训菜单',
      '联系点',
      '督办记录',
    ]);
    expect(ALL_LEDGERS).toEqual([...TOWNSHIP_LEDGERS, ...COUNTY_LEDGERS]);
  });

  it('pushes people first, then what names them, then what names that', () => {
    const phases = townshipPushPhases();
    expect(phases).toEqual([
      ['talents', 'members'],
      ['pairs', 'trainingRequests'],
      ['mentoringLogs', 'trainings', 'bases'],
    ]);
    for (const [n, phase] of phases.entries()) {
      const earlier = new Set(phases.slice(0, n).flat());
      for (const id of phase) {
        for (const ref of REGISTRY.referencesOf(id)) {
          expect(ledgerById(ref.target)?.scope === 'county' || earlier.has(ref.target)).toBe(true);
        }
      }
    }
  });

  it('gives each ledger its collection and scope, for the deploy’s indexes', () => {
    expect(ledgerCollections().filter((c) => c.scope === 'township')).toEqual(
      TOWNSHIP_LEDGERS.map((l) => ({ id: l.id, collection: l.id, scope: 'township' })),
    );
    expect(ledgerCollections().map((c) => c.collection)).toEqual(ALL_LEDGERS.map((l) => l.id));
  });

  it('has references that name fields of their ledger and unique keys of their target', () => {
    const made: string[] = [];
    for (const { ledger, references } of REGISTRY.modules) {
      for (const ref of references) {
        made.push(`${ledger.id}.${ref.field} → ${ref.target}`);
        expect(ledger.fields.map((f) => f.key)).toContain(ref.field);
        // A listed reference names a column of its target; every other one the target's unique key.
        if (ref.listedIn) expect(ledgerById(ref.target)?.fields.map((f) => f.key)).toContain(ref.listedIn);
        else expect(ledgerById(ref.target)?.unique).toBeDefined();
      }
    }
    expect(made).toEqual([
      'pairs.mentorOneId → members',
      'pairs.mentorTwoId → members',
      'pairs.menteeId → talents',
      'pairs.mentorOneId → talents',
      'pairs.menteeId → members',
      'mentoringLogs.menteeId → pairs',
      'trainingRequests.course → trainingMenu',
      'trainings.requestNo → trainingRequests',
      'liaisonPoints.township → townshipSettings',
      'supervisionVisits.leader → liaisonPoints',
      'supervisionVisits.township → townshipSettings',
    ]);
  });

  it('knows the facts a row vouches for from its ledger’s folder: 党员类别, 拔尖人才, 政治面貌, 入党, 帮带期间', () => {
    const row = {
      memberCategory: '预备党员',
      isTopTalent: true,
      politicalStatus: '发展对象',
      name: '李春生',
    };
    expect(REGISTRY.factsOf('members', row)).toEqual({ memberCategory: '预备党员' });
    expect(REGISTRY.factsOf('talents', row)).toEqual({
      isTopTalent: true,
      politicalStatus: '发展对象',
      partySince: null,
    });
    expect(REGISTRY.factsOf('talents', {})).toEqual({
      isTopTalent: null,
      politicalStatus: null,
      partySince: null,
    });
    expect(REGISTRY.factsOf('pairs', row)).toEqual({});
    const pair = { pairType: '1+1', startedOn: '2024-03-01', plannedEndOn: null, status: '已中止' };
    expect(REGISTRY.factsOf('pairs', { ...pair, endedOn: '2024-06-30' })).toEqual({
      periodFrom: '2024-03-01',
      periodUntil: '2024-06-30',
    });
    expect(REGISTRY.factsOf('pairs', { ...pair, status: '进行中' })).toEqual({
      periodFrom: '2024-03-01',
      periodUntil: null,
    });
    expect(REGISTRY.factsOf('unknown', row)).toEqual({});
  });

  it('reads only fields the township ledgers have, and groups rows by every township ledger', () => {
    expect(Object.keys(ASSESSED_FIELDS)).toEqual(TOWNSHIP_LEDGERS.map((l) => l.id));
    for (const ledger of TOWNSHIP_LEDGERS) {
      const keys = ledger.fields.map((f) => f.key as string);
      for (const field of ASSESSED_FIELDS[ledger.id]) expect(keys).toContain(field);
    }
    const group = groupByTownship(['城关镇'], []).get('城关镇')!;
    expect(Object.keys(group).sort()).toEqual(
      ['all', 'candidates', 'township', ...TOWNSHIP_LEDGERS.map((l) => l.id)].sort(),
    );
    expect(Object.keys(group.candidates)).toEqual(TOWNSHIP_LEDGERS.map((l) => l.id));
  });
});

describe('数据质量 labels, declared with each rule', () => {
  it('names every rule and reference of every ledger', () => {
    expect(Object.fromEntries(REGISTRY.ruleLabels())).toEqual({
      'person.sex-matches-id': '与身份证号不符',
      'talent.status-dates': '与政治面貌不符',
      'talent.dates-order': '先后顺序不对',
      'talent.activist-one-year': '培养期不足一年',
      'talent.probation-length': '预备期不符',
      'talent.probation-overdue': '预备期不符',
      'talent.apply-age': '未满18周岁',
      'member.join-age': '未满18周岁',
      'member.category-matches-date': '与入党日期不符',
      'member.skills-order': '填写顺序不对',
      'pair.shape': '与帮带类型不符',
      'pair.distinct-people': '与帮带人相同',
      'pair.dates': '早于开始日期',
      'pair.end-dates': '早于开始日期',
      'pair.ended-on': '与状态不符',
      'pair.planned-length': '与两年期限不符',
      'pair.overdue': '超过计划结束日期',
      'pair.duties': '不全',
      'pair.duties-named': '未写明责任卡事项',
      'pair.outcome': '未填写',
      'pair.mentor-full-member': '不是正式党员',
      'pair.mentee-talent': '已是党员',
      'pair.mentor-top-talent': '不是拔尖人才',
      'pair.mentee-member': '不在农民党员台账',
      'log.pair-exists': '找不到对应结对',
      'request.dates': '早于期望开始日期',
      'request.course-on-menu': '不在培训菜单',
      'training.sub-counts': '超过参训人数',
      'training.dates': '早于开班日期',
      'training.hours': '应大于 0',
      'training.request-exists': '不在本乡镇培训申报',
      'visit.leader-listed': '未在联系点登记',
      'visit.township-listed': '督办乡镇不在乡镇设置',
      'liaison.township-listed': '联系乡镇不在乡镇设置',
      'county.township-name': '名称含不允许的字符',
    });
  });

  it('names the shared checks too, and leaves an id no ledger knows as it is', () => {
    expect(
      ['cell.required', 'cell.format', 'county.duplicate-person', 'date.not-future'].map(ruleLabelOf),
    ).toEqual(['未填写', '格式不对', '重复登记', '晚于今天']);
    expect(ruleLabel('member.category-matches-date')).toBe('与入党日期不符');
    expect(ruleLabel('old.rule')).toBe('old.rule');
  });
});
