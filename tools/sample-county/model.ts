// The sample county as the generator builds it, before it becomes ledger rows: typed on the ledger records
// (a column's type, enumeration or name changes here when it changes in the ledger's folder).
import type { CivilDate } from '../../functions/src/core/dates/civil-date';
import type {
  BaseRecord,
  LiaisonPointRecord,
  MemberRecord,
  MentoringLogRecord,
  PairRecord,
  SupervisionVisitRecord,
  TalentRecord,
  TrainingMenuRecord,
  TrainingRecord,
  TrainingRequestRecord,
} from '../../functions/src/core/ledgers';

/** A record as the generator fills it: every column set, but those named in `Blank`, which may stay null. */
type Filled<R, Blank extends keyof R = never> = {
  [K in keyof R]: K extends Blank ? R[K] : NonNullable<R[K]>;
};

export type Sex = NonNullable<TalentRecord['sex']>;

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
  education: NonNullable<TalentRecord['education']>;
  phone: string | null;
  category: TalentRecord['specialtyCategory'];
  description: string;
  isTop: boolean;
  registeredOn: CivilDate;
  status: TalentRecord['politicalStatus'];
  path: PartyPath;
  households: number | null;
}

export interface Member extends Person {
  education: NonNullable<MemberRecord['education']>;
  joinedOn: CivilDate;
  category: MemberRecord['memberCategory'];
  skills: string[];
  post: MemberRecord['villagePost'];
  wealthLeader: boolean | null;
  households: number | null;
  /** Set when the member came from the talent pool (the same person in both ledgers). */
  fromTalent: boolean;
}

export interface Pair {
  type: PairRecord['pairType'];
  mentorOne: string;
  mentorTwo: string | null;
  mentee: string;
  project: string | null;
  startedOn: CivilDate;
  plannedEndOn: CivilDate | null;
  status: PairRecord['status'];
  /** The day an ended pair actually ended (结束日期); null while 进行中. */
  endedOn: CivilDate | null;
  /** 帮带职责 as written on the 帮带责任卡 (`学习、思想、作风、生活`). */
  duties: string | null;
  outcome: string | null;
}

/** One dated contact of a pair (帮带记录), kept in the township whose 帮带结对 holds the pair. */
export type MentoringLog = Filled<Omit<MentoringLogRecord, 'pairType' | 'menteeId'>, 'recorder'> & {
  pair: Pair;
};

export type Training = Filled<TrainingRecord, 'endedOn' | 'requestNo'> & {
  /** The 培训菜单 course the class teaches. */
  course: string;
  /** Whether the class answers one of the township's 培训申报 (its number is set once requests exist). */
  answersRequest: boolean;
};

/** A 培训申报: a course of the county menu a township asks for. */
export type TrainingRequest = Filled<TrainingRequestRecord, 'wishedTo' | 'remarks'> & {
  /** Not a column: orders and numbers the requests. */
  submittedOn: CivilDate;
};

export type Base = Filled<BaseRecord>;

export interface TownshipModel {
  index: number;
  name: string;
  villages: string[];
  annualTarget: number;
  talents: Talent[];
  members: Member[];
  pairs: Pair[];
  /** Named after the ledgers so mistakes can find a row's model by ledger id. */
  mentoringLogs: MentoringLog[];
  trainingRequests: TrainingRequest[];
  trainings: Training[];
  bases: Base[];
}

/** A course on the county's 培训菜单. */
export type MenuCourse = Filled<TrainingMenuRecord>;

/** A county standing-committee member and their 联系点 (township, village, enterprise). */
export type LiaisonPoint = Filled<LiaisonPointRecord>;

export type SupervisionVisit = Filled<SupervisionVisitRecord, 'followUp'>;
