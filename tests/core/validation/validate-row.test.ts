import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ALL_LEDGERS,
  basesLedger,
  membersLedger,
  pairsLedger,
  qualitativeScoresLedger,
  talentsLedger,
  townshipSettingsLedger,
  trainingsLedger,
} from '../../../functions/src/core/ledgers';
import { ruleLabelOf, validateRow } from '../../../functions/src/core/validation';
import {
  baseRow,
  ID,
  memberRow,
  pairRow,
  qualitativeRow,
  TODAY,
  talentRow,
  townshipSettingRow,
  trainingRow,
} from '../../fixtures/ledger-rows';

const ctx = { today: TODAY };

describe('a valid row of each ledger becomes a clean record', () => {
  it('乡土人才', () => {
    expect(validateRow(talentsLedger, talentRow, ctx)).toEqual({
      record: {
        name: '李春生',
        idNumber: ID.talentA,
        sex: '男',
        ethnicity: '汉族',
        education: '高中',
        village: '白马村',
        phone: '13800731234',
        specialtyCategory: '农',
        specialtyDescription: '柑橘嫁接',
        isTopTalent: true,
        registeredOn: '2023-03-01',
        politicalStatus: '发展对象',
        appliedOn: '2023-04-10',
        activistOn: '2023-06-01',
        candidateOn: '2024-06-01',
        probationaryOn: null,
        fullMemberOn: null,
        householdsLed: 12,
        remarks: null,
      },
      values: expect.any(Object),
      errors: [],
      warnings: [],
    });
  });

  it('农民党员', () => {
    const result = validateRow(membersLedger, memberRow, ctx);
    expect(result.errors).toEqual([]);
    expect(result.record).toEqual({
      name: '王建国',
      idNumber: ID.memberA,
      sex: '男',
      education: '初中',
      village: '白马村',
      joinedOn: '1998-07-01',
      memberCategory: '正式党员',
      skillOne: '水稻种植',
      skillTwo: null,
      isWealthLeader: false,
      villagePost: '书记',
      householdsLed: 30,
      remarks: null,
    });
  });

  it('帮带结对, 培训记录, 示范基地, 乡镇设置, 定性考评', () => {
    expect(validateRow(pairsLedger, pairRow, ctx).record).toEqual({
      pairType: '2+1',
      mentorOneId: ID.memberA,
      mentorTwoId: ID.memberB,
      menteeId: ID.talentA,
      project: null,
      startedOn: '2025-03-01',
      plannedEndOn: '2027-03-01',
      endedOn: null,
      duties: '学习、思想、作风、生活',
      status: '进行中',
      outcome: null,
    });
    expect(validateRow(trainingsLedger, trainingRow, ctx).record).toEqual({
      startedOn: '2026-03-10',
      endedOn: '2026-03-12',
      title: '柑橘栽培技术培训班',
      category: '农村实用技术',
      form: '集中办班',
      location: '镇党校',
      hours: 16,
      trainees: 60,
      memberTrainees: 25,
      talentTrainees: 20,
      skilledTrainees: 48,
      requestNo: null,
    });
    expect(validateRow(basesLedger, baseRow, ctx).record).toEqual({
      name: '白马村柑橘示范基地',
      leaderId: ID.memberA,
      industry: '林果',
      foundedOn: '2019-10-01',
      scale: '300亩',
      householdsLed: 85,
      annualOutputWan: 120.5,
    });
    expect(validateRow(townshipSettingsLedger, townshipSettingRow, ctx).record).toEqual({
      township: '城关镇',
      spreadsheetId: '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789',
      annualTarget: 25,
    });
    expect(validateRow(qualitativeScoresLedger, qualitativeRow, ctx).record).toEqual({
      year: 2026,
      township: '城关镇',
      score: 88,
      bonus: 2,
      penalty: 0,
      remarks: '台账规范',
    });
  });
});

describe('cell errors name the column and say what to do', () => {
  it('reports every bad cell of a row at once', () => {
    const result = validateRow(
      talentsLedger,
      {
        ...talentRow,
        姓名: '',
        身份证号: '430521199005021232',
        特长类别: '木工',
        入库日期: '2023-02-30',
        带动农户数: '-1',
      },
      ctx,
    );
    expect(result.record).toBeNull();
    expect(result.errors.map((e) => [e.ruleId, e.message])).toEqual([
      ['cell.required', '姓名：必填，请填写'],
      ['cell.format', '身份证号：校验位应为 1，请核对'],
      [
        'cell.format',
        '特长类别：「木工」不是可选项，请从下拉列表中选择：农、林、牧、副、渔、工、商、建、运、服',
      ],
      ['cell.format', '入库日期：2023年2月没有30日，请核对'],
      ['cell.format', '带动农户数：不能为负数，请填写 0 或正整数'],
    ]);
    expect(result.values.village).toBe('白马村');
  });

  it('ignores unknown headers and reads full-width header brackets', () => {
    const { '所在村(社区)': village, ...rest } = talentRow;
    const result = validateRow(talentsLedger, { ...rest, '所在村（社区）': village, 微信号: 'abc' }, ctx);
    expect(result.errors).toEqual([]);
    expect(result.record?.village).toBe('白马村');
  });

  it('yields a clear error or a clean value for any cell content of any ledger, never an exception', () => {
    const nasty = fc.oneof(
      fc.string({ maxLength: 50 }),
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.constant('x'.repeat(10_240)),
      fc.constant('😀🎉'),
      fc.constant('=HYPERLINK("http://evil","点")'),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.constant({ nested: { deep: [1, 2] } }),
      fc.constant([1, 2, 3]),
    );
    for (const ledger of ALL_LEDGERS) {
      fc.assert(
        fc.property(
          fc.array(nasty, { minLength: ledger.fields.length, maxLength: ledger.fields.length }),
          (cells) => {
            const row = Object.fromEntries(ledger.fields.map((f, i) => [f.header, cells[i]]));
            const result = validateRow(ledger, row as never, ctx);
            expect(result.record === null).toBe(result.errors.length > 0);
            for (const e of result.errors) expect(e.message).toMatch(/^[^：]+：.+/u);
            for (const e of result.errors)
              expect(e.message).not.toMatch(/\b(string|number|object|undefined|Invalid)\b/);
            for (const issue of [...result.errors, ...result.warnings])
              expect(ruleLabelOf(issue.ruleId)).not.toBe(issue.ruleId);
          },
        ),
        { numRuns: 200 },
      );
    }
  });
});
