// Issue 14, defect 9: "a row counts in a figure when the fields that figure reads are valid and the row
// identifies its person; 数据质量 scores the errors separately. Traces show which rows were left out of a
// figure and why." A hand-checkable township whose rows are validated by the real sheet and county rules.
import { describe, expect, it } from 'vitest';
import { ASSESSED_FIELDS, type AssessedRow, type FieldsRead } from '../../../functions/src/core/assessment';
import { INDICATOR_PARTS } from '../../../functions/src/core/assessment/indicators/measure-indicators';
import { DEFINITIONS } from '../../../functions/src/core/assessment/statistic-definitions';
import { composeIdNumber } from '../../../functions/src/core/id-number';
import { ledgerById } from '../../../functions/src/core/ledgers';
import {
  checkCountyRules,
  MemoryCountyIndex,
  personEntry,
  personKeyOf,
  validateRow,
} from '../../../functions/src/core/validation';
import {
  assessSmall,
  memberCells,
  pairCells,
  personId,
  TODAY,
  talentCells,
} from '../../fixtures/small-county';

const T = '城关镇';
const young = composeIdNumber('430521', '1995-04-06', 131); // 31 on 2026-11-25
const badCheckDigit = `${personId(3).slice(0, 17)}${personId(3).endsWith('1') ? '2' : '1'}`;
const unregistered = personId(50);

/** Rows in push order, each checked against the rows before it, as ingest does (sheet rules, then county). */
function county(rows: [ledger: string, key: string, cells: Record<string, unknown>][]): AssessedRow[] {
  const index = new MemoryCountyIndex();
  return rows.map(([ledgerId, key, cells], i) => {
    const ledger = ledgerById(ledgerId)!;
    const result = validateRow(ledger, cells as never, { today: TODAY });
    const values = result.values as Record<string, unknown>;
    const issues = checkCountyRules(ledger, values, { township: T, key }, index);
    const errors = [...result.errors, ...issues.filter((x) => x.severity === 'error')];
    const warnings = [...result.warnings, ...issues.filter((x) => x.severity === 'warning')];
    const personKey = personKeyOf(ledger, values, T);
    const at = { township: T, key, sheetRow: i + 2 };
    if (personKey) index.add(personKey, personEntry(ledgerId, at, values, errors));
    const pick = ({ ruleId, field, column, message }: (typeof errors)[number]) => ({
      ruleId,
      field,
      column,
      message,
    });
    return {
      ledger: ledgerId,
      township: T,
      key,
      sheetRow: i + 2,
      status: errors.length ? 'error' : warnings.length ? 'warning' : 'ok',
      record: values,
      errors: errors.map(pick),
      warnings: warnings.map(pick),
    };
  });
}

const admitted = (name: string, id: string) => ({
  ...talentCells(name, id),
  政治面貌: '预备党员',
  入党申请日期: '2025-01-10',
  确定积极分子日期: '2025-03-01',
  列为发展对象日期: '2026-03-02',
  接收预备党员日期: '2026-05-01',
});

const rows = county([
  ['talents', 't1', talentCells('张一', personId(1))],
  // A typo in 文化程度 (大学本课): still in the talent pool, the admissions and its pair.
  ['talents', 't2', { ...admitted('李二', personId(2)), 文化程度: '大学本课' }],
  // A wrong check digit: the row does not say who it is, so it counts nowhere.
  ['talents', 't3', admitted('王三', badCheckDigit)],
  ['members', 'm1', { ...memberCells('赵一', personId(11)), 文化程度: '高中' }],
  // A typo in 文化程度: out of 高中或中专以上 only; still a 2+1 mentor.
  ['members', 'm2', { ...memberCells('钱二', personId(12)), 文化程度: '高中毕' }],
  // 性别 contradicts the ID number: no figure reads 性别, so the member counts in every one.
  ['members', 'm3', { ...memberCells('孙三', young), 入党日期: '2020-07-01', 性别: '女' }],
  // A 致富能手 whose 村级职务 is no post: out of 进入村级班子 only.
  ['members', 'm4', { ...memberCells('周四', personId(14)), 是否致富能手: '是', 村级职务: '村长' }],
  ['members', 'm5', { ...memberCells('吴五', personId(15)), 是否致富能手: '是', 村级职务: '书记' }],
  ['pairs', 'p1', pairCells('2+1', [personId(11), personId(12)], personId(2), '2025-06-01')],
  // Its first mentor is in no ledger: out of the mentor count, still a pair for its mentee.
  ['pairs', 'p2', pairCells('2+1', [unregistered, young], personId(1), '2025-06-01')],
]);
const result = assessSmall([T], rows);
const stat = (key: string) => result.statistics.find((s) => s.key === key)!;
const partOf = (indicator: string, label: string) =>
  result.ranking[0]!.indicators.find((i) => i.id === indicator)!.parts.find((p) => p.label === label)!;

describe('a row error leaves the row out only of the figures that read the wrong field (issue 14, defect 9)', () => {
  it('has exactly the planted errors, each on its column', () => {
    expect(rows.flatMap((r) => r.errors.map((e) => [r.key, e.column, e.ruleId]))).toEqual([
      ['t2', '文化程度', 'cell.format'],
      ['t3', '身份证号', 'cell.format'],
      ['m2', '文化程度', 'cell.format'],
      ['m3', '性别', 'person.sex-matches-id'],
      ['m4', '村级职务', 'cell.format'],
      ['p2', '帮带人一身份证号', 'pair.mentor-full-member'],
    ]);
  });

  it('"a typo in 文化程度 removes a talent from the talent pool, the admissions and the pairs" no more', () => {
    // t1 and t2; t3 (no valid 身份证号) is in none.
    expect(stat('talentPool')).toMatchObject({ value: 2, leftOut: 1 });
    expect(stat('talentsAdmittedThisYear')).toMatchObject({ value: 1, leftOut: 1 });
    expect(partOf('development', '发展党员完成率')).toMatchObject({ numerator: 1, trace: ['talents/t2'] });
    // t2 is p1's mentee: a 2+1 pair whose mentee joined (advice only) still mentors her.
    expect(stat('mentees2p1')).toMatchObject({ value: 2, leftOut: 0 });
  });

  it('a pair whose mentor row has an error in an unrelated column (m2: 文化程度) still counts', () => {
    expect(rows.find((r) => r.key === 'p1')!.errors).toEqual([]);
    // m1 and m2 of p1; p2 (first mentor in no ledger) is left out of the mentor count.
    expect(stat('mentors2p1')).toMatchObject({ value: 2, leftOut: 1 });
  });

  it('a cross-ledger reference error leaves the pair out only of figures that read the reference', () => {
    // p2 (mentor one not a member) is out of the mentor count above, in the mentee count (2 above).
    expect(stat('mentees2p1').value).toBe(2);
  });

  it('a member with a wrong 文化程度 is out of 高中或中专以上 only, with numerator and denominator', () => {
    expect(stat('members')).toMatchObject({ value: 5, leftOut: 0 });
    expect(stat('membersWithSkills')).toMatchObject({ value: 5, leftOut: 0 });
    // m1 高中 of m1, m3, m4, m5 (m2 left out): 1 of 4.
    expect(stat('highSchoolOrAboveShare')).toMatchObject({ value: 25, leftOut: 1 });
    expect(partOf('structure', '高中或中专以上占比')).toMatchObject({
      numerator: 1,
      denominator: 4,
      trace: ['members/m1'],
      leftOut: [
        {
          row: 'members/m2',
          township: T,
          sheetRow: 6,
          column: '文化程度',
          message: rows.find((r) => r.key === 'm2')!.errors[0]!.message,
        },
      ],
    });
  });

  it('35岁及以下 reads only 身份证号 and 入党日期: a wrong 性别 or 文化程度 does not remove anyone', () => {
    // m3 (born 1995) of all five members; members have no 出生日期 column, the age comes from the ID number.
    expect(stat('membersUnder35')).toMatchObject({ value: 1, leftOut: 0 });
    expect(partOf('structure', '35岁及以下党员占比')).toMatchObject({
      numerator: 1,
      denominator: 5,
      trace: ['members/m3'],
      leftOut: [],
    });
  });

  it('a wrong 村级职务 leaves the member out of 进入村级班子 only', () => {
    expect(stat('membersInVillageCommittees')).toMatchObject({ value: 1, leftOut: 1 });
    expect(stat('villageHeads')).toMatchObject({ value: 1, leftOut: 1 });
  });

  it('an invalid 身份证号 is out of every figure, and the trace says why with the ID number masked', () => {
    const t3 = rows.find((r) => r.key === 't3')!;
    expect(partOf('development', '发展党员完成率').leftOut).toEqual([
      { row: 'talents/t3', township: T, sheetRow: 4, column: '身份证号', message: t3.errors[0]!.message },
    ]);
    expect(t3.errors[0]!.message).not.toContain(badCheckDigit);
    expect(stat('talentsAdmittedTotal')).toMatchObject({ value: 1, leftOut: 1 });
    expect(stat('talentApplicationsTwoYears')).toMatchObject({ value: 1, leftOut: 1 });
  });

  it('数据质量 still scores every row with an error: 4 of 10 rows are clean', () => {
    expect(partOf('dataQuality', '无错误行占比')).toMatchObject({
      numerator: 4,
      denominator: 10,
      leftOut: [],
    });
    expect(result.dataQuality[0]).toMatchObject({ rows: 10, withErrors: 6 });
  });

  it('reads only fields the store fetches for the assessment (ASSESSED_FIELDS)', () => {
    const reads = [
      ...DEFINITIONS.map((d) => d.reads),
      ...Object.values(INDICATOR_PARTS)
        .flat()
        .map((p) => p.reads),
    ];
    const missing = reads.flatMap((r) =>
      Object.entries(r).flatMap(([ledger, fields]) =>
        (fields as string[])
          .filter(
            (f) =>
              !(ASSESSED_FIELDS[ledger as keyof typeof ASSESSED_FIELDS] as readonly string[]).includes(f),
          )
          .map((f) => `${ledger}.${f}`),
      ),
    );
    expect(missing).toEqual([]);
    expect(reads).toHaveLength(26 + 11);
  });

  it('declares the fields of each figure against the ledgers: a misspelt field does not compile', () => {
    const reads: FieldsRead = { members: ['joinedOn', 'education'] };
    // @ts-expect-error 'educaton' is no field of 农民党员
    const misspelt: FieldsRead = { members: ['educaton'] };
    // @ts-expect-error 'idNumber' is no field of 培训记录
    const wrongLedger: FieldsRead = { trainings: ['idNumber'] };
    expect([reads, misspelt, wrongLedger].map((r) => Object.keys(r))).toEqual([
      ['members'],
      ['members'],
      ['trainings'],
    ]);
  });
});
