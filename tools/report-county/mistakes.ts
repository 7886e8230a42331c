// Rows with a planted mistake, which the county must refuse. Each mistake is in a field that identifies the
// row's person (身份证号, 姓名, 被帮带人身份证号) or in the very field every figure of its ledger reads (入党日期 for
// members, 开始日期 for pairs, 开班日期 for classes, 成立日期 for bases). So the row counts in no figure under the
// rule of today (a row with any error counts nowhere) nor under issue 14's defect 9 (a row counts in a figure when
// it identifies its person and the fields that figure reads are valid): the figures are the same either way.
import { addYears, dayBetween } from './dates';
import { withWrongCheck } from './id-numbers';
import type { Base, Cell, Member, Pair, Talent, Training } from './model';
import { birthForAge, ethnicity, type Makers, makePerson } from './people';
import { TODAY } from './plan';

export const MISTAKE_KINDS = [
  'talent-check-digit',
  'talent-no-name',
  'member-check-digit',
  'member-year-month-number',
  'member-year-month-text',
  'pair-mentee-check-digit',
  'pair-impossible-start',
  'training-year-month-start',
  'base-impossible-founded',
  'base-year-only-founded',
] as const;
export type MistakeKind = (typeof MISTAKE_KINDS)[number];

export type PlantedRow =
  | { kind: MistakeKind; ledger: 'talents'; record: Talent; typed: Record<string, Cell> }
  | { kind: MistakeKind; ledger: 'members'; record: Member; typed: Record<string, Cell> }
  | { kind: MistakeKind; ledger: 'pairs'; record: Pair; typed: Record<string, Cell> }
  | { kind: MistakeKind; ledger: 'trainings'; record: Training; typed: Record<string, Cell> }
  | { kind: MistakeKind; ledger: 'bases'; record: Base; typed: Record<string, Cell> };

export interface MistakeSources {
  villages: readonly string[];
  /** Full members who mentor no 2+1 pair (a refused pair names them: counted, they would change the figure). */
  idleMentors: string[];
  /** A talent not yet in the party, in no 2+1 pair. */
  spareTalent: Talent;
  training: Training;
  base: Base;
}

function talent(m: Makers, villages: readonly string[]): Talent {
  const registeredOn = dayBetween(m.random, '2019-01-02', '2026-11-20');
  return {
    ...makePerson(m, villages, birthForAge(m.random, TODAY, m.random.int(25, 60)), false),
    ethnicity: ethnicity(m.random),
    phone: null,
    category: '农',
    description: '水稻种植',
    isTop: false,
    registeredOn,
    status: '群众',
    appliedOn: null,
    activistOn: null,
    candidateOn: null,
    probationaryOn: null,
    fullMemberOn: null,
    households: null,
  };
}

function member(m: Makers, villages: readonly string[]): Member {
  const joinedOn = dayBetween(m.random, '2000-01-05', '2020-12-20');
  return {
    ...makePerson(m, villages, birthForAge(m.random, TODAY, m.random.int(40, 70)), false),
    joinedOn,
    category: '正式党员',
    skillOne: '水稻种植',
    skillTwo: null,
    wealthLeader: true,
    post: '无',
    households: 10,
    fromTalent: false,
  };
}

export function plantMistake(m: Makers, kind: MistakeKind, s: MistakeSources): PlantedRow {
  const { random } = m;
  const pair = (mentee: string, menteeName: string): Pair => {
    const startedOn = dayBetween(random, '2026-01-05', '2026-06-30');
    const [mentorOne, mentorTwo] = [s.idleMentors.shift()!, s.idleMentors.shift()!];
    return {
      ...{ type: '2+1', mentorOne, mentorTwo, mentee, menteeName, project: null, startedOn },
      ...{
        plannedEndOn: addYears(startedOn, 2),
        endedOn: null,
        status: '进行中',
        duties: '学习、思想、作风、生活',
      },
      outcome: null,
    };
  };
  switch (kind) {
    case 'talent-check-digit': {
      const record = talent(m, s.villages);
      return { kind, ledger: 'talents', record, typed: { id: withWrongCheck(record.id) } };
    }
    case 'talent-no-name':
      return { kind, ledger: 'talents', record: talent(m, s.villages), typed: { name: null } };
    case 'member-check-digit': {
      const record = member(m, s.villages);
      return { kind, ledger: 'members', record, typed: { id: withWrongCheck(record.id) } };
    }
    case 'member-year-month-number': {
      const record = member(m, s.villages);
      // What Excel stores when a clerk types “2019.3”: the number 2019.3.
      return {
        kind,
        ledger: 'members',
        record,
        typed: { joinedOn: Number(`${record.joinedOn.slice(0, 4)}.${random.int(1, 9)}`) },
      };
    }
    case 'member-year-month-text': {
      const record = member(m, s.villages);
      return {
        kind,
        ledger: 'members',
        record,
        typed: { joinedOn: `${record.joinedOn.slice(0, 4)}年${random.int(1, 12)}月` },
      };
    }
    case 'pair-mentee-check-digit': {
      const someone = talent(m, s.villages);
      return {
        kind,
        ledger: 'pairs',
        record: pair(someone.id, someone.name),
        typed: { mentee: withWrongCheck(someone.id) },
      };
    }
    case 'pair-impossible-start':
      return {
        kind,
        ledger: 'pairs',
        record: pair(s.spareTalent.id, s.spareTalent.name),
        typed: { startedOn: '2026.2.30' },
      };
    case 'training-year-month-start':
      return {
        kind,
        ledger: 'trainings',
        record: { ...s.training, title: `${s.training.title}（补录）` },
        typed: { startedOn: '2025年6月' },
      };
    case 'base-impossible-founded':
      return {
        kind,
        ledger: 'bases',
        record: { ...s.base, name: `${s.base.name}二期` },
        typed: { foundedOn: '2023年13月5日' },
      };
    case 'base-year-only-founded':
      return {
        kind,
        ledger: 'bases',
        record: { ...s.base, name: `${s.base.name}分场` },
        typed: { foundedOn: 2019 },
      };
  }
}
