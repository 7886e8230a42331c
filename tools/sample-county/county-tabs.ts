// The county's own tabs: 乡镇设置 (targets), 定性考评 (scores of the last three years), 培训菜单, 联系点, 督办记录.
import {
  liaisonPointsLedger,
  qualitativeScoresLedger,
  supervisionVisitsLedger,
  townshipSettingsLedger,
  trainingMenuLedger,
} from '../../functions/src/core/ledgers';
import { byHeader } from './by-header';
import type { ClerkStyle } from './clerk-style';
import type { LiaisonPoint, MenuCourse, SupervisionVisit } from './model';
import type { Random } from './random';
import type { SampleRow } from './sample-county';

export function townshipSettingsRows(
  townships: readonly { name: string; annualTarget: number }[],
): SampleRow[] {
  const [township, spreadsheetId, target] = townshipSettingsLedger.fields;
  return townships.map((t) => ({
    [township.header]: t.name,
    [spreadsheetId.header]: null,
    [target.header]: t.annualTarget,
  }));
}

function remarkFor(score: number): string {
  if (score >= 90) return '工作扎实，成效明显';
  if (score >= 80) return '按计划推进，台账较规范';
  return '进度滞后，台账不够规范，需加强';
}

/** Scores for `years` (oldest first), every township each year. */
export function qualitativeScoreRows(random: Random, townships: readonly string[], years: readonly number[]) {
  const [year, township, score, bonus, penalty, remarks] = qualitativeScoresLedger.fields;
  return years.flatMap((y) =>
    townships.map((name): SampleRow => {
      const value = random.int(140, 192) / 2;
      return {
        [year.header]: y,
        [township.header]: name,
        [score.header]: value,
        [bonus.header]: random.chance(0.25) ? random.int(1, 5) : null,
        [penalty.header]: random.chance(0.15) ? random.int(1, 5) : null,
        [remarks.header]: remarkFor(value),
      };
    }),
  );
}

export const trainingMenuRows = (menu: readonly MenuCourse[]): SampleRow[] =>
  menu.map((course) => byHeader(trainingMenuLedger, { ...course }));

export const liaisonPointRows = (points: readonly LiaisonPoint[]): SampleRow[] =>
  points.map((point) => byHeader(liaisonPointsLedger, { ...point }));

/** 督办记录 as the county office's clerk types them. */
export const supervisionVisitRows = (visits: readonly SupervisionVisit[], clerk: ClerkStyle): SampleRow[] =>
  visits.map((visit) =>
    byHeader(supervisionVisitsLedger, { ...visit, visitedOn: clerk.date(visit.visitedOn) }),
  );
