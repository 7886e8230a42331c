// 菜单式培训 per township: the year's requests, what the county did with them, and how many a class answered.
import { inWindow, type TownshipRows, type YearWindow } from './county-data';

export interface RequestSummary {
  township: string;
  requests: number;
  pending: number;
  scheduled: number;
  completed: number;
  rejected: number;
  /** Requests a class in 培训记录 answered (对应申报编号). */
  served: number;
}

export function requestSummary(rows: TownshipRows, window: YearWindow): RequestSummary {
  const requests = rows.trainingRequests.filter((r) => inWindow(r.record.wishedFrom, window));
  const answered = new Set(rows.trainings.map((c) => c.record.requestNo).filter(Boolean));
  const count = (status: string) => requests.filter((r) => r.record.status === status).length;
  return {
    township: rows.township,
    requests: requests.length,
    pending: count('待审核'),
    scheduled: count('已安排'),
    completed: count('已完成'),
    rejected: count('未通过'),
    served: requests.filter((r) => answered.has(r.record.requestNo)).length,
  };
}
