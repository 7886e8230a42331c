// Rules that need the rest of the county: one person once per ledger, mentors and mentees of the right kind.

import { ledgerById } from '../ledgers';
import type { LedgerDef } from '../ledgers/define-ledger';
import { type CountyIndex, type PersonEntry, personKeyOf } from './county-index';
import type { RowIssue } from './validate-row';

export interface RowIdentity {
  township: string;
  key: string;
}

/** Where a holder's row is, in words: `城关镇「乡土人才」第12行`. */
export function describeHolder(holder: PersonEntry): string {
  const tab = ledgerById(holder.ledger)?.tab ?? holder.ledger;
  const where = holder.sheetRow ? `第${holder.sheetRow}行` : '';
  return `${holder.township}「${tab}」${where}`;
}

const columnOf = (ledger: LedgerDef, field: string) =>
  ledger.fields.find((f) => f.key === field)?.header ?? field;

function issue(ledger: LedgerDef, ruleId: string, field: string, text: string): RowIssue {
  const column = columnOf(ledger, field);
  return { ruleId, field, column, severity: 'error', message: `${column}：${text}` };
}

const isSelf = (holder: PersonEntry, self: RowIdentity) =>
  holder.township === self.township && holder.key === self.key;

function duplicatePerson(
  ledger: LedgerDef,
  record: Record<string, unknown>,
  self: RowIdentity,
  index: CountyIndex,
) {
  const personKey = personKeyOf(ledger, record);
  if (!personKey || !ledger.uniquePerson) return [];
  const holder = index.find(ledger.id, personKey);
  if (!holder || isSelf(holder, self)) return [];
  const what = ledger.uniquePerson.qualifier ? '此人已有同类帮带结对' : '此人已登记';
  return [
    issue(
      ledger,
      'county.duplicate-person',
      ledger.uniquePerson.field,
      `${what}，在${describeHolder(holder)}；全县每人只能登记一次，请核对后删除重复行`,
    ),
  ];
}

function pairPeople(ledger: LedgerDef, r: Record<string, unknown>, index: CountyIndex): RowIssue[] {
  const issues: RowIssue[] = [];
  const ids = (field: string) => (typeof r[field] === 'string' ? (r[field] as string) : null);
  if (r.pairType === '2+1') {
    for (const field of ['mentorOneId', 'mentorTwoId']) {
      const id = ids(field);
      if (!id) continue;
      const member = index.find('members', id);
      if (!member)
        issues.push(
          issue(
            ledger,
            'pair.mentor-full-member',
            field,
            '全县农民党员台账中没有此人；“2+1”帮带人须是正式党员，请先在农民党员台账登记',
          ),
        );
      else if (member.memberCategory !== '正式党员') {
        issues.push(
          issue(
            ledger,
            'pair.mentor-full-member',
            field,
            `此人在${describeHolder(member)}登记为${member.memberCategory ?? '非正式党员'}；“2+1”帮带人须是正式党员`,
          ),
        );
      }
    }
    const mentee = ids('menteeId');
    if (mentee) {
      const talent = index.find('talents', mentee);
      if (!talent)
        issues.push(
          issue(
            ledger,
            'pair.mentee-talent',
            'menteeId',
            '全县乡土人才台账中没有此人；“2+1”被帮带人须是乡土人才，请先在乡土人才台账登记',
          ),
        );
      else if (talent.politicalStatus === '正式党员' || talent.politicalStatus === '预备党员') {
        issues.push(
          issue(
            ledger,
            'pair.mentee-talent',
            'menteeId',
            `此人已是${talent.politicalStatus}；“2+1”帮带的是尚未入党的乡土人才`,
          ),
        );
      }
    }
  } else if (r.pairType === '1+1') {
    const mentor = ids('mentorOneId');
    if (mentor) {
      const talent = index.find('talents', mentor);
      if (!talent?.isTopTalent) {
        issues.push(
          issue(
            ledger,
            'pair.mentor-top-talent',
            'mentorOneId',
            talent
              ? `此人在${describeHolder(talent)}未标为拔尖人才；“1+1”帮带人须是乡土拔尖人才`
              : '全县乡土人才台账中没有此人；“1+1”帮带人须是乡土拔尖人才，请先登记',
          ),
        );
      }
    }
    const mentee = ids('menteeId');
    if (mentee && !index.find('members', mentee)) {
      issues.push(
        issue(
          ledger,
          'pair.mentee-member',
          'menteeId',
          '全县农民党员台账中没有此人；“1+1”被帮带人须是农民党员，请先在农民党员台账登记',
        ),
      );
    }
  }
  return issues;
}

/** The county-wide rules for one clean record; pure over the index it is given. */
export function checkCountyRules(
  ledger: LedgerDef,
  record: Record<string, unknown>,
  self: RowIdentity,
  index: CountyIndex,
): RowIssue[] {
  const issues = duplicatePerson(ledger, record, self, index);
  if (ledger.id === 'pairs') issues.push(...pairPeople(ledger, record, index));
  return issues;
}

/** The person keys a record needs looked up before `checkCountyRules` can run (for one batched read). */
export function lookupsFor(
  ledger: LedgerDef,
  record: Record<string, unknown>,
): { ledger: string; personKey: string }[] {
  const out: { ledger: string; personKey: string }[] = [];
  const own = personKeyOf(ledger, record);
  if (own) out.push({ ledger: ledger.id, personKey: own });
  if (ledger.id === 'pairs') {
    const mentorLedger = record.pairType === '2+1' ? 'members' : 'talents';
    const menteeLedger = record.pairType === '2+1' ? 'talents' : 'members';
    for (const field of ['mentorOneId', 'mentorTwoId']) {
      if (typeof record[field] === 'string')
        out.push({ ledger: mentorLedger, personKey: record[field] as string });
    }
    if (typeof record.menteeId === 'string') out.push({ ledger: menteeLedger, personKey: record.menteeId });
  }
  return out;
}
