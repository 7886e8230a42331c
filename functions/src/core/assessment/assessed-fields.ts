// The record fields the assessment reads, per ledger — so a store can fetch only these from each row.
import type { BaseRecord, MemberRecord, PairRecord, TalentRecord, TrainingRecord } from '../ledgers';

export const ASSESSED_FIELDS: {
  talents: readonly (keyof TalentRecord)[];
  members: readonly (keyof MemberRecord)[];
  pairs: readonly (keyof PairRecord)[];
  trainings: readonly (keyof TrainingRecord)[];
  bases: readonly (keyof BaseRecord)[];
} = {
  talents: [
    'name',
    'idNumber',
    'registeredOn',
    'politicalStatus',
    'appliedOn',
    'activistOn',
    'probationaryOn',
    'isTopTalent',
  ],
  members: [
    'name',
    'idNumber',
    'joinedOn',
    'memberCategory',
    'education',
    'skillOne',
    'skillTwo',
    'isWealthLeader',
    'villagePost',
  ],
  pairs: ['pairType', 'mentorOneId', 'mentorTwoId', 'menteeId', 'startedOn', 'plannedEndOn', 'status'],
  trainings: ['startedOn', 'trainees', 'skilledTrainees'],
  bases: ['foundedOn', 'householdsLed'],
};
