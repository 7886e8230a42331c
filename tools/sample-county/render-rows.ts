// Turns a township's people and activities into ledger rows, typed the way its clerk types.
import {
  basesLedger,
  membersLedger,
  mentoringLogsLedger,
  pairsLedger,
  type TownshipLedgerId,
  talentsLedger,
  trainingRequestsLedger,
  trainingsLedger,
} from '../../functions/src/core/ledgers';
import { byHeader } from './by-header';
import { type ClerkStyle, formatDate } from './clerk-style';
import type {
  Base,
  Member,
  MentoringLog,
  Pair,
  Talent,
  TownshipModel,
  Training,
  TrainingRequest,
} from './model';
import type { Random } from './random';
import type { SampleRow } from './sample-county';

const talentRow = (t: Talent, clerk: ClerkStyle, random: Random) =>
  byHeader(talentsLedger, {
    name: t.name,
    idNumber: clerk.idNumber(t.idNumber),
    sex: random.chance(0.9) ? t.sex : null,
    ethnicity: t.ethnicity,
    education: t.education,
    village: t.village,
    phone: t.phone,
    specialtyCategory: t.category,
    specialtyDescription: t.description,
    isTopTalent: clerk.yesNo(t.isTop),
    registeredOn: clerk.date(t.registeredOn),
    politicalStatus: t.status,
    appliedOn: clerk.date(t.path.appliedOn),
    activistOn: clerk.date(t.path.activistOn),
    candidateOn: clerk.date(t.path.candidateOn),
    probationaryOn: clerk.date(t.path.probationaryOn),
    fullMemberOn: clerk.date(t.path.fullMemberOn),
    householdsLed: clerk.count(t.households, '户'),
  });

const memberRow = (m: Member, clerk: ClerkStyle, random: Random) =>
  byHeader(membersLedger, {
    name: m.name,
    idNumber: clerk.idNumber(m.idNumber),
    sex: random.chance(0.9) ? m.sex : null,
    education: m.education,
    village: m.village,
    joinedOn: clerk.date(m.joinedOn),
    memberCategory: m.category,
    skillOne: m.skills[0],
    skillTwo: m.skills[1],
    isWealthLeader: clerk.yesNo(m.wealthLeader),
    villagePost: m.post,
    householdsLed: clerk.count(m.households, '户'),
    remarks: m.fromTalent ? '乡土人才发展' : null,
  });

const pairRow = (p: Pair, clerk: ClerkStyle) =>
  byHeader(pairsLedger, {
    pairType: p.type,
    mentorOneId: clerk.idNumber(p.mentorOne),
    mentorTwoId: p.mentorTwo && clerk.idNumber(p.mentorTwo),
    menteeId: clerk.idNumber(p.mentee),
    project: p.project,
    startedOn: clerk.date(p.startedOn),
    plannedEndOn: clerk.date(p.plannedEndOn),
    // In the clerk's habit, so the random stream (and every other cell) stays as before the column existed.
    endedOn: p.endedOn && formatDate(p.endedOn, clerk.habit),
    duties: p.duties,
    status: p.status,
    outcome: p.outcome,
  });

const trainingRow = (t: Training, clerk: ClerkStyle) =>
  byHeader(trainingsLedger, {
    startedOn: clerk.date(t.startedOn),
    endedOn: clerk.date(t.endedOn),
    title: t.title,
    category: t.category,
    form: t.form,
    location: t.location,
    hours: t.hours,
    trainees: clerk.count(t.trainees, '人'),
    memberTrainees: t.memberTrainees,
    talentTrainees: t.talentTrainees,
    skilledTrainees: t.skilledTrainees,
    requestNo: t.requestNo,
  });

const baseRow = (b: Base, clerk: ClerkStyle) =>
  byHeader(basesLedger, {
    name: b.name,
    leaderId: clerk.idNumber(b.leaderId),
    industry: b.industry,
    foundedOn: clerk.date(b.foundedOn),
    scale: b.scale,
    householdsLed: clerk.count(b.householdsLed, '户'),
    annualOutputWan: b.annualOutputWan,
  });

const logRow = (l: MentoringLog, clerk: ClerkStyle) =>
  byHeader(mentoringLogsLedger, {
    pairType: l.pair.type,
    menteeId: clerk.idNumber(l.pair.mentee),
    contactOn: clerk.date(l.contactOn),
    form: l.form,
    content: l.content,
    recorder: l.recorder,
  });

const requestRow = (r: TrainingRequest, clerk: ClerkStyle) =>
  byHeader(trainingRequestsLedger, {
    requestNo: r.requestNo,
    course: r.course,
    wishedFrom: clerk.date(r.wishedFrom),
    wishedTo: clerk.date(r.wishedTo),
    expectedTrainees: clerk.count(r.expectedTrainees, '人'),
    status: r.status,
    remarks: r.remarks,
  });

/** Rows of every township tab; the tabs added later are typed last, so earlier tabs read as they did. */
export function renderTownship(
  township: TownshipModel,
  clerk: ClerkStyle,
  random: Random,
): Record<TownshipLedgerId, SampleRow[]> {
  const talents = township.talents.map((t) => talentRow(t, clerk, random));
  const members = township.members.map((m) => memberRow(m, clerk, random));
  const pairs = township.pairs.map((p) => pairRow(p, clerk));
  const trainings = township.trainings.map((t) => trainingRow(t, clerk));
  const bases = township.bases.map((b) => baseRow(b, clerk));
  const mentoringLogs = township.mentoringLogs.map((l) => logRow(l, clerk));
  const trainingRequests = township.trainingRequests.map((r) => requestRow(r, clerk));
  return { talents, members, pairs, mentoringLogs, trainingRequests, trainings, bases };
}
