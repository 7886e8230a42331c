// 三联督办: visits per county leader and per township this year, and townships with no visit for too long.
import { type CivilDate, daysBetween } from '../dates/civil-date';
import { inWindow, type LiaisonPoint, type SupervisionVisit, type YearWindow } from './county-data';

export interface LeaderVisits {
  leader: string;
  post: string | null;
  /** The liaison township of 联系点. */
  township: string;
  visits: number;
  lastVisit: CivilDate | null;
}

export interface TownshipVisits {
  township: string;
  /** County leaders whose liaison township this is. */
  leaders: string[];
  visits: number;
  lastVisit: CivilDate | null;
  /** Days since the last visit (null: never visited). */
  daysSince: number | null;
  /** No visit within the last `days` days. */
  overdue: boolean;
}

export interface LiaisonSummary {
  days: number;
  leaders: LeaderVisits[];
  townships: TownshipVisits[];
  /** Townships named in 联系点 or 督办记录 that are not in 乡镇设置. */
  unknownTownships: string[];
}

const latest = (dates: CivilDate[]): CivilDate | null => (dates.length ? [...dates].sort().at(-1)! : null); // ISO dates sort as strings

export function liaisonSummary(
  points: readonly LiaisonPoint[],
  visits: readonly SupervisionVisit[],
  townships: readonly string[],
  window: YearWindow,
  today: CivilDate,
  days: number,
): LiaisonSummary {
  const done = visits.filter((v) => v.visitedOn <= today);
  const thisYear = done.filter((v) => inWindow(v.visitedOn, window));
  return {
    days,
    leaders: points.map((p) => ({
      leader: p.leader,
      post: p.post,
      township: p.township,
      visits: thisYear.filter((v) => v.leader === p.leader).length,
      lastVisit: latest(done.filter((v) => v.leader === p.leader).map((v) => v.visitedOn)),
    })),
    townships: townships.map((township) => {
      const lastVisit = latest(done.filter((v) => v.township === township).map((v) => v.visitedOn));
      const daysSince = lastVisit ? daysBetween(lastVisit, today) : null;
      return {
        township,
        leaders: points.filter((p) => p.township === township).map((p) => p.leader),
        visits: thisYear.filter((v) => v.township === township).length,
        lastVisit,
        daysSince,
        overdue: daysSince === null || daysSince > days,
      };
    }),
    unknownTownships: [
      ...new Set([...points, ...visits].map((r) => r.township).filter((t) => !townships.includes(t))),
    ].sort(),
  };
}
