// Mistakes only the county-wide references reveal: a 帮带记录 without its pair, a course not on the menu, a
// 对应申报编号 the township never issued, a 督办记录 leader missing from 联系点.
import { ledgerHeader, type MistakeSpec, type Planting } from './mistake-spec';
import { COUNTY_OFFICE } from './place-names';
import type { PlantedMistake } from './sample-county';

export const REFERENCE_MISTAKES: readonly MistakeSpec[] = [
  {
    // The clerk typed the mentor's ID number where the mentee's belongs.
    kind: 'log-without-pair',
    ledger: 'mentoringLogs',
    field: 'menteeId',
    rate: 0.004,
    plant: (p, s, row, header) => {
      const { pair } = p.models[s.township]!.mentoringLogs[s.rowIndex]!;
      p.pairKeys ??= new Set(p.models.flatMap((m) => m.pairs.map((x) => `${x.type}:${x.mentee}`)));
      if (p.pairKeys.has(`${pair.type}:${pair.mentorOne}`)) return null;
      row[header] = p.clerks[s.township]!.idNumber(pair.mentorOne);
      return undefined;
    },
  },
  {
    // 柑橘栽培 for 柑橘栽培技术, 农村电商培训 for 农村电商.
    kind: 'course-not-on-menu',
    ledger: 'trainingRequests',
    field: 'course',
    rate: 0.02,
    plant: (p, _s, row, header) => {
      const course = String(row[header]);
      const variant = course.endsWith('技术')
        ? course.slice(0, -2)
        : course.endsWith('培训')
          ? `${course}班`
          : `${course}培训`;
      if (p.menu.has(variant)) return null;
      row[header] = variant;
      return undefined;
    },
  },
  {
    // 2024-3 for 2024-03.
    kind: 'unknown-request-number',
    ledger: 'trainings',
    field: 'requestNo',
    rate: 0.02,
    eligible: (p, s) => Boolean(p.models[s.township]!.trainings[s.rowIndex]!.requestNo),
    plant: (p, s, row, header) => {
      const [year, n] = String(row[header]).split('-');
      const typo = Number(n) < 10 ? `${year}-${Number(n)}` : `${year}${n}`;
      if (p.models[s.township]!.trainingRequests.some((r) => r.requestNo === typo)) return null;
      row[header] = typo;
      return undefined;
    },
  },
];

/** Given-name characters a clerk may type for one that sounds alike. */
const SOUND_ALIKE = '华化明铭军君伟玮勇永强祥平萍志智红宏春纯林琳';

/** A 督办记录 in fifty names its leader with one character mistyped. */
export function plantCountyMistakes(p: Planting): PlantedMistake[] {
  const { supervisionVisits: rows, leaders } = p.county;
  const { random } = p.ctx;
  const header = ledgerHeader('supervisionVisits', 'leader');
  const count = Math.min(rows.length, Math.max(1, Math.round(rows.length * 0.02)));
  return [...random.indices(rows.length, count)]
    .sort((a, b) => a - b)
    .map((rowIndex) => {
      const name = String(rows[rowIndex]![header]);
      let typo = name;
      while (typo === name || leaders.has(typo)) typo = name.slice(0, -1) + random.pick([...SOUND_ALIKE]);
      rows[rowIndex]![header] = typo;
      return {
        kind: 'leader-not-listed',
        township: COUNTY_OFFICE,
        ledger: 'supervisionVisits',
        rowIndex,
        header,
      };
    });
}
