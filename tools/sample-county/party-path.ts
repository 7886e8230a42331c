// Dates of a talent's way into the party that keep every rule: order, a year as 积极分子, a 1–2 year 预备期.
import { addDays, addYears, type CivilDate } from '../../functions/src/core/dates/civil-date';
import type { PoliticalStatus } from '../../functions/src/core/ledgers';
import { dayBetween, earlier } from './calendar';
import type { PartyPath } from './model';
import type { Random } from './random';

const before = (random: Random, date: CivilDate, min: number, max: number): CivilDate =>
  addDays(date, -random.int(min, max));

/** At least one year after 确定积极分子: the 积极分子 day lies a year and some days before. */
const activistBefore = (random: Random, candidateOn: CivilDate, extraDays: number): CivilDate =>
  addDays(addYears(candidateOn, -1), -random.int(0, extraDays));

function fromCandidate(random: Random, candidateOn: CivilDate): PartyPath {
  const activistOn = activistBefore(random, candidateOn, 240);
  return { appliedOn: before(random, activistOn, 30, 300), activistOn, candidateOn };
}

function fromProbation(random: Random, probationaryOn: CivilDate): PartyPath {
  return { ...fromCandidate(random, before(random, probationaryOn, 30, 180)), probationaryOn };
}

/**
 * The path of a talent whose 政治面貌 is `status` on `asOf`: the latest step lies in a window before
 * `asOf` (a 预备党员 is not yet due to become full), earlier steps are counted back from it.
 */
export function partyPath(random: Random, status: PoliticalStatus, asOf: CivilDate): PartyPath {
  switch (status) {
    case '群众':
      return {};
    case '入党申请人':
      return { appliedOn: before(random, asOf, 0, 730) };
    case '入党积极分子': {
      const activistOn = before(random, asOf, 0, 700);
      return { appliedOn: before(random, activistOn, 30, 300), activistOn };
    }
    case '发展对象':
      return fromCandidate(random, before(random, asOf, 0, 364));
    case '预备党员':
      return fromProbation(random, before(random, asOf, 0, 330));
    case '正式党员': {
      const recorded = before(random, asOf, 0, 700);
      const extra = random.chance(0.9) ? random.int(0, 20) : random.int(60, 300);
      const path = fromProbation(random, addDays(addYears(recorded, -1), -extra));
      // Most become full the day their 预备期 ends; some later: after an extension of half a year to a year,
      // or between one and one and a half years, which 细则第三十二条 does not allow and the ledger warns about.
      const onTime = earlier(addYears(path.probationaryOn!, 1), recorded);
      return { ...path, fullMemberOn: extra <= 18 ? onTime : recorded };
    }
  }
}

/** 入库日期: shortly before applying, or in the first months of the pool for who applied before it existed. */
export function registrationDay(
  random: Random,
  path: PartyPath,
  start: CivilDate,
  asOf: CivilDate,
): CivilDate {
  if (path.appliedOn) {
    const day = before(random, path.appliedOn, 0, 500);
    return day >= start ? day : dayBetween(random, start, earlier(addDays(start, 240), asOf));
  }
  // The pool was built in its first year; about 40% of the talents were registered then.
  if (random.chance(0.4)) return dayBetween(random, start, earlier(addDays(start, 364), asOf));
  return dayBetween(random, start, asOf);
}
