// Adding a ledger costs its folder plus one registry line: 荣誉记录 (tests/fixtures/throwaway-ledger, four
// files) joins a registry here, and every list derived from the registry takes it in.
import { describe, expect, it } from 'vitest';
import {
  defineLedger,
  defineLedgerModule,
  defineReference,
  defineRule,
  field,
  LEDGER_MODULES,
  ledgerRegistry,
  membersLedger,
} from '../../../functions/src/core/ledgers';
import { validateRow } from '../../../functions/src/core/validation';
import { ID, TODAY, TOWNSHIP_TABS } from '../../fixtures/ledger-rows';
import { honours, honoursLedger } from '../../fixtures/throwaway-ledger';

const registry = ledgerRegistry([...LEDGER_MODULES, honours]);

describe('a throwaway ledger added with one registry line', () => {
  it('is a township tab of the registry, with its collection', () => {
    expect(registry.ledgers.filter((l) => l.scope === 'township').map((l) => l.tab)).toEqual([
      ...TOWNSHIP_TABS,
      '荣誉记录',
    ]);
    expect(registry.collections().at(-1)).toEqual({
      id: 'honours',
      collection: 'honours',
      scope: 'township',
    });
  });

  it('is pushed after the members it refers to, in the last phase since nothing names it', () => {
    expect(registry.pushPhases('township')).toEqual([
      ['talents', 'members'],
      ['pairs', 'trainingRequests'],
      ['mentoringLogs', 'trainings', 'bases', 'honours'],
    ]);
  });

  it('brings its rule, its reference and their 数据质量 labels', () => {
    expect(registry.rulesOf('honours').map((r) => r.id)).toEqual(['honour.document']);
    expect(registry.ruleLabels().get('honour.document')).toBe('缺少表彰文号');
    expect(registry.ruleLabels().get('honour.member-listed')).toBe('不在农民党员台账');
    const [reference] = registry.referencesOf('honours');
    expect(reference?.target).toBe('members');
    expect(reference?.keyOf({ idNumber: ID.memberA }, '城关镇')).toBe(ID.memberA);
    expect(reference?.keyOf({ idNumber: null }, '城关镇')).toBeNull();
  });

  it('brings the fields the assessment reads', () => {
    expect(registry.assessedFields().honours).toEqual(['idNumber', 'awardedOn']);
  });

  it('parses its rows from its definition, and its rule finds the missing document', () => {
    const row = { 党员身份证号: ID.memberA, 授予日期: '2026-07-01', 荣誉级别: '县级', 表彰文号: '' };
    const parsed = validateRow(honoursLedger, row, { today: TODAY });
    expect(parsed.values).toEqual({
      idNumber: ID.memberA,
      awardedOn: '2026-07-01',
      level: '县级',
      documentNo: null,
    });
    const [rule] = registry.rulesOf('honours');
    expect(rule?.check(parsed.values, { today: TODAY })).toEqual([
      { field: 'documentNo', severity: 'error', message: '县级以上荣誉须填写表彰文号' },
    ]);
  });

  it('does not compile with a reference to a field that does not exist, or a rule without a label', () => {
    const refer = () =>
      defineReference(honoursLedger, membersLedger, {
        ruleId: 'honour.typo',
        label: '—',
        // @ts-expect-error 荣誉记录 has no field `memberId`
        field: 'memberId',
        missing: '—',
      });
    expect(refer().keyOf({ idNumber: ID.memberA }, '城关镇')).toBeNull();
    // @ts-expect-error a rule needs its 数据质量 label
    const unlabelled = defineRule<{ level: string }>({
      id: 'honour.unlabelled',
      uses: ['level'],
      check: () => [],
    });
    expect(unlabelled.id).toBe('honour.unlabelled');
  });

  it('cannot refer to a ledger without a unique key, nor form a cycle', () => {
    expect(() =>
      defineReference(membersLedger, honoursLedger, {
        ruleId: 'x',
        label: 'x',
        field: 'idNumber',
        missing: 'x',
      }),
    ).toThrow('「荣誉记录」没有唯一键，不能被「农民党员」引用');
    const ledger = <const Id extends string>(id: Id) =>
      defineLedger({
        id,
        tab: id,
        scope: 'township',
        fields: [field.text('code', '编号', { required: true })],
        naturalKey: ['code'],
        unique: { field: 'code' },
      });
    const [a, b] = [ledger('a'), ledger('b')];
    const refer = (from: typeof a | typeof b, to: typeof a | typeof b) => [
      defineReference(from, to, { ruleId: `${from.id}.ref`, label: '—', field: 'code', missing: '—' }),
    ];
    const cyclic = ledgerRegistry([
      defineLedgerModule({ ledger: a, rules: [], references: refer(a, b) }),
      defineLedgerModule({ ledger: b, rules: [], references: refer(b, a) }),
    ]);
    expect(() => cyclic.pushPhases('township')).toThrow('台账引用成环：a → b → a');
  });
});
