// 菜单式培训 per township: the year's requests, what the county did with them, which a class served, the
// courses still to organise, and the contradictions the township must clear up (reminders).
import { addDays, type CivilDate } from '../dates/civil-date';
import { inWindow, type TownshipRows, type YearWindow } from './county-data';
import type { Reminder } from './reminder';
import { matchRequests, type RequestLine } from './request-matching';

export type { RequestLine };

/** An 已安排 request whose wished period ended this many days ago with no class is flagged. */
export const REQUEST_OVERDUE_DAYS = 90;

export interface RequestSummary {
  township: string;
  requests: number;
  pending: number;
  scheduled: number;
  completed: number;
  rejected: number;
  withdrawn: number;
  /** Requests a class served (see `request-matching.ts`). */
  served: number;
  /** The year's requests, in sheet order. */
  lines: RequestLine[];
}

export function requestSummary(rows: TownshipRows, window: YearWindow): RequestSummary {
  const lines = matchRequests(rows).lines.filter((l) => inWindow(l.wishedFrom, window));
  const count = (status: string) => lines.filter((l) => l.status === status).length;
  return {
    township: rows.township,
    requests: lines.length,
    pending: count('待审核'),
    scheduled: count('已安排'),
    completed: count('已完成'),
    rejected: count('未通过'),
    withdrawn: count('已撤回'),
    served: lines.filter((l) => l.servedBy).length,
    lines,
  };
}

export interface CourseToSchedule {
  course: string;
  /** Townships with a request taken up (已安排) and not yet served, in settings order. */
  townships: string[];
  requests: number;
  expectedTrainees: number;
}

/** The courses the county must still organise: 已安排 requests no class has served, by course. */
export function coursesToSchedule(summaries: readonly RequestSummary[]): CourseToSchedule[] {
  const byCourse = new Map<string, CourseToSchedule>();
  for (const line of summaries.flatMap((s) => s.lines)) {
    if (line.status !== '已安排' || line.servedBy) continue;
    const c = byCourse.get(line.course) ?? {
      course: line.course,
      townships: [],
      requests: 0,
      expectedTrainees: 0,
    };
    if (!c.townships.includes(line.township)) c.townships.push(line.township);
    c.requests += 1;
    c.expectedTrainees += line.expectedTrainees;
    byCourse.set(line.course, c);
  }
  return [...byCourse.values()].sort(
    (a, b) => b.requests - a.requests || a.course.localeCompare(b.course, 'zh-CN'),
  );
}

/** 已完成 with no class, and 已安排 long past its wished period with none: warnings for the township. */
export function requestReminders(summaries: readonly RequestSummary[], today: CivilDate): Reminder[] {
  return summaries.flatMap((s) =>
    s.lines.flatMap((l): Reminder[] => {
      if (l.servedBy) return [];
      const at = { township: l.township, ledger: 'trainingRequests', key: l.key, sheetRow: l.sheetRow };
      const what = `申报 ${l.requestNo}（${l.course}）`;
      if (l.status === '已完成') {
        const message = `${what}状态为已完成，但「培训记录」中没有对应的培训班；请在培训记录中填写对应申报编号，或更正状态`;
        return [{ kind: 'requestWithoutClass', ...at, person: null, dueOn: null, message }];
      }
      const due = addDays(l.wishedTo ?? l.wishedFrom, REQUEST_OVERDUE_DAYS);
      if (l.status !== '已安排' || due > today) return [];
      const message = `${what}已安排，但期望时间（${l.wishedTo ?? l.wishedFrom}）已过${REQUEST_OVERDUE_DAYS}天仍无对应培训班；请尽快举办或更正状态`;
      return [{ kind: 'requestOverdue', ...at, person: null, dueOn: due, message }];
    }),
  );
}
