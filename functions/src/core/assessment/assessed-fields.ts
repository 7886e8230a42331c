// The record fields the assessment reads, per ledger — so a store can fetch only these from each row.
import type {
  BaseRecord,
  MemberRecord,
  MentoringLogRecord,
  PairRecord,
  TalentRecord,
  TrainingRecord,
  TrainingRequestRecord,
} from '../ledgers';

export const ASSESSED_FIELDS: {
  talents: readonly (keyof TalentRecord)[];
  members: readonly (keyof MemberRecord)[];
  pairs: readonly (keyof PairRecord)[];
  mentoringLogs: readonly (keyof MentoringLogRecord)[];
  trainingRequests: readonly (keyof TrainingRequestRecord)[];
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
  mentoringLogs: ['pairType', 'menteeId', 'contactOn'],
  trainingRequests: ['requestNo', 'course', 'status', 'wishedFrom'],
  trainings: ['startedOn', 'trainees', 'skilledTrainees', 'requestNo'],
  bases: ['foundedOn', 'householdsLed'],
};
