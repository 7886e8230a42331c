// 三联督办: visits per county leader and per township this year, and townships with no visit for too long.
import { type CivilDate, daysBetween } from '../dates/civil-date';
import { townshipName, townshipsOf } from '../ledgers/liaison-points/contact-townships';
import { inWindow, type LiaisonPoint, type SupervisionVisit, type YearWindow } from './county-data';

export interface LeaderVisits {
  leader: string;
  post: string | null;
  /** One contact township of 联系点. */
  township: string;
  /** The row's 联系村 and 联系企业 (the 三联's other two), as written. */
  village: string | null;
  enterprise: string | null;
  /** Visits to that township this year (a visit elsewhere is not his). */
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
  /**
   * One line per leader and contact township, in 联系点 order (a row naming 乙乡、丙镇 gives two; a leader and
   * township named twice, one).
   */
  leaders: LeaderVisits[];
  townships: TownshipVisits[];
  /** Visits this year to a township that is not among the visitor's contact townships: not credited. */
  outsideVisits: SupervisionVisit[];
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
  const named = points.flatMap((p) => townshipsOf(p.township).map((township) => ({ ...p, township })));
  const contactKeys = new Set(named.map((c) => `${c.leader}|${c.township}`));
  const contacts = named.filter(
    (c, i) => named.findIndex((o) => o.leader === c.leader && o.township === c.township) === i,
  );
  const done = visits
    .filter((v) => v.visitedOn <= today)
    .map((v) => ({ ...v, township: townshipName(v.township) }));
  const credited = done.filter((v) => contactKeys.has(`${v.leader}|${v.township}`));
  const thisYear = credited.filter((v) => inWindow(v.visitedOn, window));
  return {
    days,
    leaders: contacts.map((p) => {
      const own = credited.filter((v) => v.leader === p.leader && v.township === p.township);
      return {
        leader: p.leader,
        post: p.post,
        township: p.township,
        village: p.village ?? null,
        enterprise: p.enterprise ?? null,
        visits: own.filter((v) => inWindow(v.visitedOn, window)).length,
        lastVisit: latest(own.map((v) => v.visitedOn)),
      };
    }),
    townships: townships.map((township) => {
      const lastVisit = latest(credited.filter((v) => v.township === township).map((v) => v.visitedOn));
      const daysSince = lastVisit ? daysBetween(lastVisit, today) : null;
      return {
        township,
        leaders: contacts.filter((p) => p.township === township).map((p) => p.leader),
        visits: thisYear.filter((v) => v.township === township).length,
        lastVisit,
        daysSince,
        overdue: daysSince === null || daysSince > days,
      };
    }),
    outsideVisits: done
      .filter((v) => inWindow(v.visitedOn, window) && !contactKeys.has(`${v.leader}|${v.township}`))
      .sort((a, b) => (a.visitedOn < b.visitedOn ? -1 : a.visitedOn > b.visitedOn ? 1 : 0)),
    unknownTownships: [
      ...new Set([...contacts, ...done].map((r) => r.township).filter((t) => !townships.includes(t))),
    ].sort(),
  };
}
