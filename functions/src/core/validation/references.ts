// Cross-ledger references a row makes, and what the referenced row must be: one table, read by the
// county rules (to check) and by the store (to fetch every referenced entry in one batched read).
// A referenced row with errors vouches for no fact: a reference that checks facts gets its `flawed` message.
import type { PersonEntry } from './county-index';

export interface Reference {
  ruleId: string;
  /** The referring field, whose column the message names. */
  field: string;
  /** The ledger whose unique keys are looked up. */
  target: string;
  /** The unique key to look up, or null when the row names nothing. */
  keyOf(record: Readonly<Record<string, unknown>>, township: string): string | null;
  /** The message when nothing is found. */
  missing: string;
  /** The message when the entry found will not do, else null. */
  check?(entry: PersonEntry, where: string): string | null;
  /**
   * For a reference that relies on the entry's facts (`check`): the message when the entry's own row has
   * errors, since those facts are not to be trusted until it is corrected. A reference that needs only the
   * entry to exist has none, so one row's mistake is not counted again on every row that names it.
   */
  flawed?(where: string): string;
}

const text = (record: Readonly<Record<string, unknown>>, field: string) =>
  typeof record[field] === 'string' && record[field] ? (record[field] as string) : null;
const when = (type: string, field: string) => (r: Readonly<Record<string, unknown>>) =>
  r.pairType === type ? text(r, field) : null;
const PARTY = new Set(['正式党员', '预备党员']);
/** `此人在城关镇「农民党员」第3行的登记有错误，不能作为“2+1”帮带人的依据；须先改正该行，再全量同步本表` */
const flawed = (subject: string, basis: string) => (where: string) =>
  `${subject}在${where}的登记有错误，不能作为${basis}的依据；须先改正该行，再全量同步本表`;

const REFERENCES: Record<string, readonly Reference[]> = {
  pairs: [
    ...['mentorOneId', 'mentorTwoId'].map((field) => ({
      ruleId: 'pair.mentor-full-member',
      field,
      target: 'members',
      keyOf: when('2+1', field),
      missing: '全县农民党员台账中没有此人；“2+1”帮带人须是正式党员，请先在农民党员台账登记',
      check: (m: PersonEntry, where: string) =>
        m.memberCategory === '正式党员'
          ? null
          : `此人在${where}登记为${m.memberCategory ?? '非正式党员'}；“2+1”帮带人须是正式党员`,
      flawed: flawed('此人', '“2+1”帮带人'),
    })),
    {
      ruleId: 'pair.mentee-talent',
      field: 'menteeId',
      target: 'talents',
      keyOf: when('2+1', 'menteeId'),
      missing: '全县乡土人才台账中没有此人；“2+1”被帮带人须是乡土人才，请先在乡土人才台账登记',
      check: (t) =>
        PARTY.has(t.politicalStatus ?? '')
          ? `此人已是${t.politicalStatus}；“2+1”帮带的是尚未入党的乡土人才`
          : null,
      flawed: flawed('此人', '“2+1”被帮带人'),
    },
    {
      ruleId: 'pair.mentor-top-talent',
      field: 'mentorOneId',
      target: 'talents',
      keyOf: when('1+1', 'mentorOneId'),
      missing: '全县乡土人才台账中没有此人；“1+1”帮带人须是乡土拔尖人才，请先登记',
      check: (t, where) =>
        t.isTopTalent ? null : `此人在${where}未标为拔尖人才；“1+1”帮带人须是乡土拔尖人才`,
      flawed: flawed('此人', '“1+1”帮带人'),
    },
    {
      ruleId: 'pair.mentee-member',
      field: 'menteeId',
      target: 'members',
      keyOf: when('1+1', 'menteeId'),
      missing: '全县农民党员台账中没有此人；“1+1”被帮带人须是农民党员，请先在农民党员台账登记',
    },
  ],
  mentoringLogs: [
    {
      ruleId: 'log.pair-exists',
      field: 'menteeId',
      target: 'pairs',
      keyOf: (r) => (text(r, 'menteeId') && text(r, 'pairType') ? `${r.pairType}:${r.menteeId}` : null),
      missing: '全县「帮带结对」中没有这个被帮带人的同类结对；请核对身份证号和帮带类型，或先登记结对',
    },
  ],
  trainingRequests: [
    {
      ruleId: 'request.course-on-menu',
      field: 'course',
      target: 'trainingMenu',
      keyOf: (r) => text(r, 'course'),
      missing: '不在县级「培训菜单」中；请从菜单中选择课程，名称须完全一致',
    },
  ],
  trainings: [
    {
      ruleId: 'training.request-exists',
      field: 'requestNo',
      target: 'trainingRequests',
      keyOf: (r, township) => (text(r, 'requestNo') ? `${township}|${r.requestNo}` : null),
      missing: '本乡镇「培训申报」中没有这个申报编号；请核对，或清空此格',
    },
  ],
  supervisionVisits: [
    {
      ruleId: 'visit.leader-listed',
      field: 'leader',
      target: 'liaisonPoints',
      keyOf: (r) => text(r, 'leader'),
      missing: '不在「联系点」中；请先在「联系点」登记这位县委常委的联系乡镇',
    },
  ],
};

export const referencesOf = (ledgerId: string): readonly Reference[] => REFERENCES[ledgerId] ?? [];
