// Mistakes a single row shows on its own: a wrong check digit, a future date, a missing cell, a sub-count
// above the total, an applicant under 18 — plus the duplicate person and the 预备党员 mentor.
import { addDays, addYears } from '../../functions/src/core/dates/civil-date';
import {
  futureDate,
  ledgerHeader,
  type MistakeSpec,
  missing,
  type Planting,
  type Spot,
  wrongCheckDigit,
} from './mistake-spec';

const talentAt = (p: Planting, s: Spot) => p.models[s.township]!.talents[s.rowIndex]!;
const memberAt = (p: Planting, s: Spot) => p.models[s.township]!.members[s.rowIndex]!;
const freeTalent = (p: Planting, s: Spot) =>
  !p.referenced.has(talentAt(p, s).idNumber) && !talentAt(p, s).path.probationaryOn;
const freeMember = (p: Planting, s: Spot) =>
  !p.referenced.has(memberAt(p, s).idNumber) && !memberAt(p, s).fromTalent;

export const ROW_MISTAKES: readonly MistakeSpec[] = [
  {
    kind: 'wrong-check-digit',
    ledger: 'talents',
    field: 'idNumber',
    rate: 0.003,
    eligible: freeTalent,
    plant: wrongCheckDigit,
  },
  {
    kind: 'wrong-check-digit',
    ledger: 'members',
    field: 'idNumber',
    rate: 0.005,
    eligible: freeMember,
    plant: wrongCheckDigit,
  },
  { kind: 'future-date', ledger: 'talents', field: 'registeredOn', rate: 0.002, plant: futureDate },
  {
    kind: 'future-date',
    ledger: 'members',
    field: 'joinedOn',
    rate: 0.003,
    eligible: freeMember,
    plant: futureDate,
  },
  { kind: 'future-date', ledger: 'bases', field: 'foundedOn', rate: 0.01, plant: futureDate },
  {
    kind: 'sub-count-above-trainees',
    ledger: 'trainings',
    field: 'skilledTrainees',
    rate: 0.02,
    plant: (p, s, row, header) => {
      row[header] = p.models[s.township]!.trainings[s.rowIndex]!.trainees + p.ctx.random.int(1, 20);
      return undefined;
    },
  },
  {
    kind: 'duplicate-person',
    ledger: 'talents',
    field: 'idNumber',
    rate: 0.002,
    eligible: (p, s) => p.townships.length > 1 && freeTalent(p, s) && talentAt(p, s).status === '群众',
    plant: (p, s, row) => {
      const n = p.townships.length;
      const township = (s.township + 1 + p.ctx.random.int(0, n - 2)) % n;
      const rows = p.townships[township]!.rows.talents;
      const village = p.ctx.random.pick(p.models[township]!.villages);
      rows.push({ ...row, [ledgerHeader('talents', 'village')]: village });
      return { township, rowIndex: rows.length - 1 };
    },
  },
  {
    kind: 'probationary-mentor',
    ledger: 'pairs',
    field: 'mentorTwoId',
    rate: 0.004,
    eligible: (p, s) => p.models[s.township]!.pairs[s.rowIndex]!.type === '2+1',
    plant: (p, s, row, header) => {
      p.probationary ??= p.models.flatMap((m) => m.members).filter((m) => m.category === '预备党员');
      const candidates = p.probationary.filter((m) => !p.referenced.has(m.idNumber));
      if (!candidates.length) return null;
      const mentor = p.ctx.random.pick(candidates);
      p.referenced.add(mentor.idNumber);
      row[header] = p.clerks[s.township]!.idNumber(mentor.idNumber);
      return undefined;
    },
  },
  { kind: 'missing-required', ledger: 'talents', field: 'specialtyCategory', rate: 0.002, plant: missing },
  { kind: 'missing-required', ledger: 'members', field: 'village', rate: 0.005, plant: missing },
  { kind: 'missing-required', ledger: 'pairs', field: 'startedOn', rate: 0.003, plant: missing },
  { kind: 'missing-required', ledger: 'bases', field: 'industry', rate: 0.01, plant: missing },
  {
    kind: 'under-age-application',
    ledger: 'talents',
    field: 'idNumber',
    rate: 0.002,
    eligible: (p, s) => freeTalent(p, s) && Boolean(talentAt(p, s).path.appliedOn),
    plant: (p, s, row, header) => {
      const talent = talentAt(p, s);
      const birth = addDays(addYears(talent.path.appliedOn!, -17), -p.ctx.random.int(0, 300));
      row[header] = p.ctx.ids.make(birth, talent.sex);
      return undefined;
    },
  },
  { kind: 'future-date', ledger: 'mentoringLogs', field: 'contactOn', rate: 0.003, plant: futureDate },
  { kind: 'missing-required', ledger: 'mentoringLogs', field: 'content', rate: 0.003, plant: missing },
];
