// 菜单式培训: which class of 培训记录 serves which request of 培训申报. A class serves a request when the
// county took the request up (已安排/已完成), the class names its 申报编号, is held on or after the wished
// start, and its 培训名称 contains the requested course. Everything else says why not, in Chinese.
import type { CivilDate } from '../dates/civil-date';
import { SCHEDULED_REQUEST_STATUSES, type TrainingRecord, type TrainingRequestRecord } from '../ledgers';
import type { Counted, TownshipRows } from './county-data';

export interface RequestLine {
  township: string;
  key: string;
  sheetRow: number | null;
  requestNo: string;
  course: string;
  wishedFrom: CivilDate;
  wishedTo: CivilDate | null;
  expectedTrainees: number;
  status: string;
  /** The class that served it: `2026-06-01 柑橘栽培培训班`. */
  servedBy: string | null;
  /** Why no class served it, when none did. */
  why: string | null;
}

const classLabel = (c: TrainingRecord) => `${c.startedOn} ${c.title}`;

/** Why this class does not serve this request, or null when it does. */
export function refusal(request: TrainingRequestRecord, c: TrainingRecord): string | null {
  if (!SCHEDULED_REQUEST_STATUSES.includes(request.status)) {
    return `培训班（${classLabel(c)}）不计入：申报状态为${request.status}，县里尚未安排`;
  }
  if (c.startedOn < request.wishedFrom) {
    return `培训班（${classLabel(c)}）早于期望开始日期（${request.wishedFrom}），不计入`;
  }
  if (!c.title.includes(request.course)) {
    return `培训班（${classLabel(c)}）的培训名称不含申报课程「${request.course}」，不计入`;
  }
  return null;
}

const NO_CLASS: Record<string, string> = {
  待审核: '尚待县里审核',
  未通过: '申报未通过',
  已撤回: '申报已撤回',
  已安排: '已安排，尚无对应培训班',
  已完成: '状态为已完成，但「培训记录」中没有对应培训班',
};

/** Each request of the township with the class that served it or why none did; and the serving classes. */
export function matchRequests(rows: Pick<TownshipRows, 'township' | 'trainingRequests' | 'trainings'>): {
  lines: RequestLine[];
  serving: Set<string>;
} {
  const serving = new Set<string>();
  const byNo = new Map<string, Counted<TrainingRecord>[]>();
  for (const c of [...rows.trainings].sort((a, b) => a.record.startedOn.localeCompare(b.record.startedOn))) {
    if (!c.record.requestNo) continue;
    byNo.set(c.record.requestNo, [...(byNo.get(c.record.requestNo) ?? []), c]);
  }
  const lines = rows.trainingRequests.map(({ key, sheetRow, record: r }): RequestLine => {
    const classes = byNo.get(r.requestNo) ?? [];
    const verdicts = classes.map((c) => ({ c, why: refusal(r, c.record) }));
    const served = verdicts.filter((v) => v.why === null).map((v) => v.c);
    for (const c of served) serving.add(c.key);
    const first = served[0];
    return {
      township: rows.township,
      key,
      sheetRow,
      requestNo: r.requestNo,
      course: r.course,
      wishedFrom: r.wishedFrom,
      wishedTo: r.wishedTo ?? null,
      expectedTrainees: r.expectedTrainees,
      status: r.status,
      servedBy: first ? classLabel(first.record) : null,
      why: first ? null : (verdicts[0]?.why ?? NO_CLASS[r.status] ?? null),
    };
  });
  return { lines, serving };
}
