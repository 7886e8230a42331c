// What a township could still log: its people with an active pair that no counted 帮带记录 met this year.
import type { PairRecord } from '../ledgers';
import type { Counted, TownshipRows, YearWindow } from './county-data';
import type { CountyPairs } from './indicators/measure-indicators';
import { activeMentees } from './indicators/pairs-active';
import { isNonMemberTalent, membersOn, talentsOn } from './indicators/population';
import type { Headroom } from './what-if-levers';

/** Per township: people counted by 帮带覆盖's denominator whose active pair has no contact this year. */
export function whatIfHeadroom(
  groups: ReadonlyMap<string, TownshipRows>,
  allPairs: readonly Counted<PairRecord>[],
  window: YearWindow,
  contacted: CountyPairs,
): Map<string, Headroom> {
  const active = {
    twoPlusOne: activeMentees(allPairs, '2+1', window),
    onePlusOne: activeMentees(allPairs, '1+1', window),
  };
  const out = new Map<string, Headroom>();
  for (const [township, rows] of groups) {
    const talents = talentsOn(rows, window.asOf).filter((t) => isNonMemberTalent(t.record));
    const members = membersOn(rows, window.asOf);
    const unlogged =
      talents.filter(
        (t) => active.twoPlusOne.has(t.record.idNumber) && !contacted.twoPlusOne.has(t.record.idNumber),
      ).length +
      members.filter(
        (m) => active.onePlusOne.has(m.record.idNumber) && !contacted.onePlusOne.has(m.record.idNumber),
      ).length;
    out.set(township, { unloggedPairs: unlogged });
  }
  return out;
}
