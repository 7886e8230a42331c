// What a township must act on soon: activists ready, 预备期 ending, 2+1 pairs past two years, targets behind pace.
import { addDays, addYears, type CivilDate, daysBetween, isLeapYear, yearOf } from '../dates/civil-date';
import { contactReminders } from './contact-reminders';
import type { QualitativeScore, TownshipRows } from './county-data';
import { inWindow, yearWindow } from './county-data';
import { maskedPerson, type Reminder } from './reminder';

function peopleReminders(rows: TownshipRows, today: CivilDate, horizon: CivilDate): Reminder[] {
  const out: Reminder[] = [];
  const seen = new Set<string>();
  const at = (ledger: string, c: { key: string; sheetRow: number | null }) => ({
    ledger,
    key: c.key,
    sheetRow: c.sheetRow,
  });
  for (const t of rows.talents) {
    const r = t.record;
    if (r.politicalStatus === '入党积极分子' && r.activistOn) {
      const due = addYears(r.activistOn, 1);
      if (due <= horizon) {
        const message =
          due <= today
            ? `确定为入党积极分子已满一年（${r.activistOn}起），可按程序列为发展对象`
            : `确定为入党积极分子将于${due}满一年，届时可按程序列为发展对象`;
        out.push({
          kind: 'activistReady',
          township: rows.township,
          ...at('talents', t),
          person: maskedPerson(r.name, r.idNumber),
          dueOn: due,
          message,
        });
      }
    }
    if (r.politicalStatus === '预备党员' && r.probationaryOn) {
      seen.add(r.idNumber);
      out.push(
        ...probation(
          rows.township,
          at('talents', t),
          maskedPerson(r.name, r.idNumber),
          r.probationaryOn,
          today,
          horizon,
        ),
      );
    }
  }
  for (const m of rows.members) {
    const r = m.record;
    if (r.memberCategory === '预备党员' && !seen.has(r.idNumber)) {
      out.push(
        ...probation(
          rows.township,
          at('members', m),
          maskedPerson(r.name, r.idNumber),
          r.joinedOn,
          today,
          horizon,
        ),
      );
    }
  }
  for (const p of rows.pairs) {
    const r = p.record;
    const due = addYears(r.startedOn, 2);
    if (r.pairType === '2+1' && r.status === '进行中' && due < today) {
      const message = `“2+1”帮带已满两年（${r.startedOn}开始），请总结成效并把状态改为已完成或说明原因`;
      out.push({
        kind: 'pairOverdue',
        township: rows.township,
        ...at('pairs', p),
        person: maskedPerson(null, r.menteeId),
        dueOn: due,
        message,
      });
    }
  }
  return out;
}

function probation(
  township: string,
  at: Pick<Reminder, 'ledger' | 'key' | 'sheetRow'>,
  who: Reminder['person'],
  start: CivilDate,
  today: CivilDate,
  horizon: CivilDate,
): Reminder[] {
  const due = addYears(start, 1);
  if (due > horizon) return [];
  const overdue = due < today;
  const message = overdue
    ? `预备期已于${due}届满，请及时讨论其转正（最多延长至${addYears(start, 2)}）`
    : `预备期将于${due}届满，请提前做好转正准备`;
  return [
    {
      kind: overdue ? 'probationOverdue' : 'probationDue',
      township,
      ...at,
      person: who,
      dueOn: due,
      message,
    },
  ];
}

function paceReminder(rows: TownshipRows, target: number, year: number, today: CivilDate): Reminder[] {
  if (yearOf(today) !== year || target <= 0) return [];
  const window = yearWindow(year, today);
  const admitted = rows.talents.filter((t) => inWindow(t.record.probationaryOn, window)).length;
  const elapsed = (daysBetween(`${year}-01-01`, today) + 1) / (isLeapYear(year) ? 366 : 365);
  const expected = Math.floor(target * elapsed);
  if (admitted >= expected) return [];
  const message = `本年度已从乡土人才中发展党员${admitted}名，按进度应达到${expected}名（全年目标${target}名），请加快进度`;
  return [
    {
      kind: 'behindTarget',
      township: rows.township,
      ledger: null,
      key: null,
      sheetRow: null,
      person: null,
      dueOn: `${year}-12-31`,
      message,
    },
  ];
}

export function countyReminders(
  groups: readonly TownshipRows[],
  targets: ReadonlyMap<string, number>,
  qualitative: readonly QualitativeScore[],
  lastContact: ReadonlyMap<string, CivilDate>,
  year: number,
  today: CivilDate,
  days: number,
  extra: readonly Reminder[] = [],
): Reminder[] {
  const horizon = addDays(today, days);
  const out = [
    ...extra,
    ...groups.flatMap((rows) => [
      ...paceReminder(rows, targets.get(rows.township) ?? 0, year, today),
      ...(qualitative.some((q) => q.township === rows.township)
        ? []
        : [
            {
              kind: 'qualitativeMissing' as const,
              township: rows.township,
              ledger: null,
              key: null,
              sheetRow: null,
              person: null,
              dueOn: null,
              message: `尚未录入${year}年度定性考评得分，请在县级表格「定性考评」中填写`,
            },
          ]),
      ...peopleReminders(rows, today, horizon),
      ...contactReminders(rows, lastContact, today),
    ]),
  ];
  return out.sort(
    (a, b) =>
      (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') ||
      a.township.localeCompare(b.township, 'zh-CN') ||
      (a.sheetRow ?? 0) - (b.sheetRow ?? 0),
  );
}
