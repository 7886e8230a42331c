// The sample county as the generator builds it, before it becomes ledger rows.
import type { CivilDate } from '../../core/dates/civil-date';
import type { PoliticalStatus } from '../../core/ledgers';

export type Sex = '男' | '女';

export interface Person {
  idNumber: string;
  name: string;
  sex: Sex;
  birth: CivilDate;
  township: number;
  village: string;
}

/** The dates of a talent's way into the party; only the steps taken are present. */
export interface PartyPath {
  appliedOn?: CivilDate;
  activistOn?: CivilDate;
  candidateOn?: CivilDate;
  probationaryOn?: CivilDate;
  fullMemberOn?: CivilDate;
}

export interface Talent extends Person {
  ethnicity: string;
  education: string;
  phone: string | null;
  category: string;
  description: string;
  isTop: boolean;
  registeredOn: CivilDate;
  status: PoliticalStatus;
  path: PartyPath;
  households: number | null;
}

export interface Member extends Person {
  education: string;
  joinedOn: CivilDate;
  category: '正式党员' | '预备党员';
  skills: string[];
  post: string | null;
  wealthLeader: boolean | null;
  households: number | null;
  /** Set when the member came from the talent pool (the same person in both ledgers). */
  fromTalent: boolean;
}

export interface Pair {
  type: '2+1' | '1+1';
  mentorOne: string;
  mentorTwo: string | null;
  mentee: string;
  project: string | null;
  startedOn: CivilDate;
  plannedEndOn: CivilDate | null;
  status: '进行中' | '已完成' | '已中止';
  outcome: string | null;
}

export interface Training {
  startedOn: CivilDate;
  endedOn: CivilDate | null;
  title: string;
  category: string;
  form: string;
  location: string;
  hours: number;
  trainees: number;
  memberTrainees: number;
  talentTrainees: number;
  skilledTrainees: number;
}

export interface Base {
  name: string;
  leaderId: string;
  industry: string;
  foundedOn: CivilDate;
  scale: string;
  householdsLed: number;
  annualOutputWan: number;
}

export interface TownshipModel {
  index: number;
  name: string;
  villages: string[];
  annualTarget: number;
  talents: Talent[];
  members: Member[];
  pairs: Pair[];
  trainings: Training[];
  bases: Base[];
}
