// A model row as the clerk's cells, by layout key (dates typed in the clerk's ways, 是/否, ID numbers as text).
import type { Clerk } from './clerk';
import type { Base, Cell, Member, Pair, Talent, Training } from './model';

type Cells = Record<string, Cell>;

export function talentCells(t: Talent, c: Clerk): Cells {
  return {
    ...{ name: t.name, id: c.id(t.id), sex: t.sex, ethnicity: t.ethnicity, education: t.education },
    ...{ village: t.village, phone: t.phone, category: t.category, description: t.description },
    ...{ isTop: c.yesNo(t.isTop), registeredOn: c.date(t.registeredOn), status: t.status },
    ...{
      appliedOn: c.date(t.appliedOn),
      activistOn: c.date(t.activistOn),
      candidateOn: c.date(t.candidateOn),
    },
    ...{
      probationaryOn: c.date(t.probationaryOn),
      fullMemberOn: c.date(t.fullMemberOn),
      households: t.households,
    },
    remarks: null,
  };
}

export function memberCells(m: Member, c: Clerk): Cells {
  return {
    ...{ name: m.name, id: c.id(m.id), sex: m.sex, education: m.education, village: m.village },
    ...{ joinedOn: c.date(m.joinedOn), category: m.category, skillOne: m.skillOne, skillTwo: m.skillTwo },
    ...{ wealthLeader: c.yesNo(m.wealthLeader), post: m.post, households: m.households },
    remarks: m.fromTalent ? '由乡土人才发展' : null,
  };
}

export function pairCells(p: Pair, c: Clerk): Cells {
  return {
    ...{ type: p.type, mentorOne: c.id(p.mentorOne), mentorTwo: c.id(p.mentorTwo), mentee: c.id(p.mentee) },
    ...{ menteeName: p.menteeName, project: p.project, startedOn: c.date(p.startedOn) },
    ...{ plannedEndOn: c.date(p.plannedEndOn), endedOn: c.date(p.endedOn), duties: p.duties },
    ...{ status: p.status, outcome: p.outcome },
  };
}

export function trainingCells(t: Training, c: Clerk): Cells {
  return {
    ...{ startedOn: c.date(t.startedOn), endedOn: c.date(t.endedOn), title: t.title, category: t.category },
    ...{ form: t.form, location: t.location, hours: t.hours, trainees: t.trainees },
    ...{
      memberTrainees: t.memberTrainees,
      talentTrainees: t.talentTrainees,
      skilledTrainees: t.skilledTrainees,
    },
  };
}

export function baseCells(b: Base, c: Clerk): Cells {
  return {
    ...{ name: b.name, leaderId: c.id(b.leaderId), industry: b.industry, foundedOn: c.date(b.foundedOn) },
    ...{ scale: b.scale, households: b.households, output: b.output },
  };
}
