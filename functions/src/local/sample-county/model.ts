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
  /** 帮带职责 as written on the 帮带责任卡 (`学习、思想、作风、生活`). */
  duties: string | null;
  outcome: string | null;
}

/** One dated contact of a pair (帮带记录), kept in the township whose 帮带结对 holds the pair. */
export interface MentoringLog {
  pair: Pair;
  contactOn: CivilDate;
  form: string;
  content: string;
  recorder: string | null;
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
  /** The 培训菜单 course the class teaches. */
  course: string;
  /** Whether the class answers one of the township's 培训申报 (its number is set once requests exist). */
  answersRequest: boolean;
  requestNo: string | null;
}

/** A 培训申报: a course of the county menu a township asks for. */
export interface TrainingRequest {
  requestNo: string;
  /** Not a column: orders and numbers the requests. */
  submittedOn: CivilDate;
  course: string;
  wishedFrom: CivilDate;
  wishedTo: CivilDate | null;
  expectedTrainees: number;
  status: '待审核' | '已安排' | '已完成' | '未通过';
  remarks: string | null;
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
  /** Named after the ledgers so mistakes can find a row's model by ledger id. */
  mentoringLogs: MentoringLog[];
  trainingRequests: TrainingRequest[];
  trainings: Training[];
  bases: Base[];
}

/** A course on the county's 培训菜单. */
export interface MenuCourse {
  course: string;
  category: string;
  form: string;
  hours: number;
  teacher: string;
  capacity: number;
}

/** A county standing-committee member and their 联系点 (township, village, enterprise). */
export interface LiaisonPoint {
  leader: string;
  post: string;
  township: string;
  village: string;
  enterprise: string;
}

export interface SupervisionVisit {
  leader: string;
  visitedOn: CivilDate;
  township: string;
  form: string;
  instruction: string;
  followUp: string | null;
}
