// Pairs whose 帮带记录 shows no contact for 90 days: the mentoring has lapsed and the township must act.
import { addDays, type CivilDate } from '../dates/civil-date';
import type { TownshipRows } from './county-data';
import { maskedPerson, type Reminder } from './reminder';

/** Days without a 帮带记录 after which a running pair is flagged. */
export const NO_CONTACT_DAYS = 90;

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
        person: maskedPerson(null, r.menteeId),
        dueOn: due,
        message,
      },
    ];
  });
}
