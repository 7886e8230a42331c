// The report county as the generator builds it: people, pairs, classes and bases, before they become cells.
import type { Day } from './dates';
import type { Sex } from './id-numbers';

export interface Person {
  id: string;
  name: string;
  sex: Sex;
  birth: Day;
  village: string;
  /** 文化程度 as the clerk types it (`大学本科`, `职高`, `文盲或半文盲` …). */
  education: string;
}

export type TalentStatus = '群众' | '入党申请人' | '入党积极分子' | '发展对象' | '预备党员' | '正式党员';

export interface Talent extends Person {
  ethnicity: string;
  phone: string | null;
  category: string;
  description: string;
  isTop: boolean;
  registeredOn: Day;
  status: TalentStatus;
  appliedOn: Day | null;
  activistOn: Day | null;
  candidateOn: Day | null;
  probationaryOn: Day | null;
  fullMemberOn: Day | null;
  households: number | null;
}

export type VillagePost = '无' | '委员' | '书记' | '主任' | '书记兼主任';

export interface Member extends Person {
  joinedOn: Day;
  category: '正式党员' | '预备党员';
  skillOne: string | null;
  skillTwo: string | null;
  /** 是否致富能手: 是, 否 or left blank. */
  wealthLeader: boolean | null;
  post: VillagePost | null;
  households: number | null;
  /** The talent this member was admitted from (the same person in both ledgers). */
  fromTalent: boolean;
}

export interface Pair {
  type: '2+1' | '1+1';
  mentorOne: string;
  mentorTwo: string | null;
  mentee: string;
  /** For the 帮带结对 tab's optional 被帮带人姓名 column. */
  menteeName: string;
  project: string | null;
  startedOn: Day;
  plannedEndOn: Day | null;
  endedOn: Day | null;
  status: '进行中' | '已完成' | '已中止';
  duties: string | null;
  outcome: string | null;
}

export interface Training {
  startedOn: Day;
  endedOn: Day | null;
  title: string;
  category: string;
  form: string;
  location: string;
  hours: number;
  trainees: number;
  memberTrainees: number;
  talentTrainees: number;
  skilledTrainees: number | null;
}

export interface Base {
  name: string;
  leaderId: string;
  industry: string;
  foundedOn: Day;
  scale: string;
  households: number;
  output: number;
}

export interface Township {
  name: string;
  annualTarget: number;
  qualitativeScore: number;
  villages: string[];
  talents: Talent[];
  members: Member[];
  pairs: Pair[];
  trainings: Training[];
  bases: Base[];
}

/** A cell as the clerk leaves it: text, a number, a real date cell, or empty. */
export type Cell = string | number | Date | null;
