// Who is on a township's books on a given day: members admitted by then, talents registered by then.
import { ageOn, type CivilDate } from '../../dates/civil-date';
import { deriveIdNumberFacts } from '../../id-number/parse-id-number';
import type { MemberRecord, TalentRecord } from '../../ledgers';
import { type Counted, onOrBefore, type TownshipRows } from '../county-data';

export const membersOn = (rows: TownshipRows, day: CivilDate): Counted<MemberRecord>[] =>
  rows.members.filter((m) => onOrBefore(m.record.joinedOn, day));

export const talentsOn = (rows: TownshipRows, day: CivilDate): Counted<TalentRecord>[] =>
  rows.talents.filter((t) => onOrBefore(t.record.registeredOn, day));

const PARTY = new Set(['预备党员', '正式党员']);
/** A talent not yet in the party (for 2+1 coverage). */
export const isNonMemberTalent = (t: TalentRecord): boolean => !PARTY.has(t.politicalStatus);

export const ageAt = (idNumber: string, day: CivilDate): number =>
  ageOn(deriveIdNumberFacts(idNumber, day).birthDate, day);

/** 党内统计 counts 35岁及以下: a member is young while not yet 36 on the day counted. */
export const YOUTH_AGE_LIMIT = 35;
export const isYoungOn = (idNumber: string, day: CivilDate): boolean =>
  ageAt(idNumber, day) <= YOUTH_AGE_LIMIT;

export const hasSkill = (m: MemberRecord): boolean => Boolean(m.skillOne || m.skillTwo);
