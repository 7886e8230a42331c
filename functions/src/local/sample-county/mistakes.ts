// Plants the mistakes clerks really make, in about 1–2% of rows, deterministically, and lists each one.
import { addDays, addYears } from '../../core/dates/civil-date';
import { type LedgerDef, ledgerById, type TownshipLedgerId } from '../../core/ledgers';
import type { ClerkStyle } from './clerk-style';
import type { GenerationContext } from './context';
import type { Member, TownshipModel } from './model';
import type { MistakeKind, PlantedMistake, SampleRow, SampleTownship } from './sample-county';

interface Spot {
  township: number;
  rowIndex: number;
}

interface Planting {
  ctx: GenerationContext;
  models: TownshipModel[];
  townships: SampleTownship[];
  clerks: ClerkStyle[];
  /** ID numbers other rows point at (mentors, mentees, base leaders): left alone to keep pairs valid. */
  referenced: Set<string>;
  /** 预备党员 of the county, looked up once. */
  probationary?: Member[];
}

interface MistakeSpec {
  kind: MistakeKind;
  ledger: TownshipLedgerId;
  field: string;
  /** Share of the ledger's rows that get this mistake (at least one row). */
  rate: number;
  /** Rows that may get it. */
  eligible?: (p: Planting, spot: Spot) => boolean;
  /** Changes the row; returns where the mistake went if not there, or null when it could not be planted. */
  plant: (p: Planting, spot: Spot, row: SampleRow, header: string) => Spot | null | undefined;
}

const CHECK_CHARS = '0123456789X';
const talentAt = (p: Planting, s: Spot) => p.models[s.township]!.talents[s.rowIndex]!;
const memberAt = (p: Planting, s: Spot) => p.models[s.township]!.members[s.rowIndex]!;
const freeTalent = (p: Planting, s: Spot) =>
  !p.referenced.has(talentAt(p, s).idNumber) && !talentAt(p, s).path.probationaryOn;
const freeMember = (p: Planting, s: Spot) =>
  !p.referenced.has(memberAt(p, s).idNumber) && !memberAt(p, s).fromTalent;

const wrongCheckDigit: MistakeSpec['plant'] = (_p, _s, row, header) => {
  const id = String(row[header]).toUpperCase();
  row[header] = id.slice(0, 17) + CHECK_CHARS[(CHECK_CHARS.indexOf(id[17]!) + 1) % CHECK_CHARS.length];
  return undefined;
};
const futureDate: MistakeSpec['plant'] = (p, s, row, header) => {
  row[header] = p.clerks[s.township]!.date(addDays(p.ctx.today, p.ctx.random.int(5, 90)));
  return undefined;
};
const missing: MistakeSpec['plant'] = (_p, _s, row, header) => {
  row[header] = null;
  return undefined;
};

const SPECS: readonly MistakeSpec[] = [
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
];

function ledgerHeader(ledger: TownshipLedgerId, key: string): string {
  const def = ledgerById(ledger) as LedgerDef;
  return def.fields.find((f) => f.key === key)!.header;
}

/** Plants every kind of mistake; returns where each one went. Rows get at most one mistake. */
export function plantMistakes(planting: Planting): PlantedMistake[] {
  const { ctx, townships } = planting;
  const touched = new Set<string>();
  const planted: PlantedMistake[] = [];
  for (const spec of SPECS) {
    const spots: Spot[] = townships.flatMap((t, township) =>
      t.rows[spec.ledger].map((_, rowIndex) => ({ township, rowIndex })),
    );
    const eligible = spots.filter(
      (s) =>
        !touched.has(`${spec.ledger}|${s.township}|${s.rowIndex}`) &&
        s.rowIndex < (planting.models[s.township]![spec.ledger] as unknown[]).length &&
        (spec.eligible?.(planting, s) ?? true),
    );
    const count = Math.min(eligible.length, Math.max(1, Math.round(spots.length * spec.rate)));
    const header = ledgerHeader(spec.ledger, spec.field);
    for (const index of [...ctx.random.indices(eligible.length, count)].sort((a, b) => a - b)) {
      const spot = eligible[index]!;
      const row = townships[spot.township]!.rows[spec.ledger][spot.rowIndex]!;
      const moved = spec.plant(planting, spot, row, header);
      if (moved === null) continue;
      const where = moved ?? spot;
      touched.add(`${spec.ledger}|${where.township}|${where.rowIndex}`);
      touched.add(`${spec.ledger}|${spot.township}|${spot.rowIndex}`);
      planted.push({
        kind: spec.kind,
        township: townships[where.township]!.name,
        ledger: spec.ledger,
        rowIndex: where.rowIndex,
        header,
      });
    }
  }
  return planted;
}

export type { Planting };
