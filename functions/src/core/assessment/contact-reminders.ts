// Pairs whose 帮带记录 shows no contact for 90 days: the mentoring has lapsed and the township must act.
// And logs that do not count for their pair (outside its period, another township's pair), flagged where kept.
import { addDays, type CivilDate } from '../dates/civil-date';
import type { TownshipRows } from './county-data';
import type { RefusedLog } from './indicators/contacts';
import { maskedPerson, type Reminder } from './reminder';

/** Days without a 帮带记录 after which a running pair is flagged. */
export const NO_CONTACT_DAYS = 90;

/** The mentee's name, from the township's 乡土人才 (“2+1”) or 农民党员 (“1+1”). */
function menteeName(rows: TownshipRows, pairType: string, menteeId: string): string | null {
  const people = pairType === '2+1' ? rows.talents : rows.members;
  return people.find((p) => p.record.idNumber === menteeId)?.record.name ?? null;
}

/** `lastContact` comes from counted logs only (`sortLogs`), so a log outside the pair never resets the clock. */
export function contactReminders(
  rows: TownshipRows,
  lastContact: ReadonlyMap<string, CivilDate>,
  today: CivilDate,
): Reminder[] {
  return rows.pairs.flatMap((p): Reminder[] => {
    const r = p.record;
    if (r.status !== '进行中' || r.startedOn > today) return [];
    const last = lastContact.get(`${r.pairType}:${r.menteeId}`) ?? null;
    const due = addDays(last ?? r.startedOn, NO_CONTACT_DAYS);
    if (due > today) return [];
    const since = last ? `最近一次是${last}` : `自${r.startedOn}开始以来没有任何记录`;
    const message = `“${r.pairType}”结对已超过${NO_CONTACT_DAYS}天没有帮带记录（${since}），请及时开展帮带并在「帮带记录」中登记`;
    return [
      {
        kind: 'pairNoContact',
        township: rows.township,
        ledger: 'pairs',
        key: p.key,
        sheetRow: p.sheetRow,
        person: maskedPerson(menteeName(rows, r.pairType, r.menteeId), r.menteeId),
        dueOn: due,
        message,
      },
    ];
  });
}

/** One reminder per log that does not count, at its row in the township that keeps it. */
export function refusedLogReminders(refused: readonly RefusedLog[]): Reminder[] {
  return refused.map(({ log, reason }) => ({
    kind: 'logNotCounted',
    township: log.township,
    ledger: 'mentoringLogs',
    key: log.key,
    sheetRow: log.sheetRow,
    person: maskedPerson(null, log.record.menteeId),
    dueOn: null,
    message: `${log.record.contactOn}的“${log.record.pairType}”帮带记录不计入帮带覆盖：${reason}`,
  }));
}
