// 培训申报: each class held on request answers one (已完成, or 已安排 where the clerk has not updated it);
// a few more wait for review, are scheduled for the coming weeks, or were turned down. Numbered 2024-01, …
import { addDays, type CivilDate, yearOf } from '../../functions/src/core/dates/civil-date';
import { dayBetween } from './calendar';
import type { GenerationContext } from './context';
import type { MenuCourse, TownshipModel, Training, TrainingRequest } from './model';

type Draft = Omit<TrainingRequest, 'requestNo'>;
type OpenStatus = '待审核' | '已安排' | '未通过';

const OPEN_STATUSES = [
  ['待审核', 40],
  ['已安排', 30],
  ['未通过', 30],
] as const;
const REJECTIONS = [
  '本年度已安排同类培训，请参加县委党校集中班',
  '预计参训人数不足，建议与邻近乡镇合办',
  '本季度该课程已排满，请下季度再申报',
];
const SCHEDULED = ['县委组织部已安排师资', '已列入县级培训计划', null];

/** The request a class answered: asked for a few weeks ahead, wishing for the weeks around the class. */
function answered(ctx: GenerationContext, training: Training): Draft {
  const { random } = ctx;
  const wishedFrom = addDays(training.startedOn, -random.int(0, 20));
  const status = random.chance(0.85) ? '已完成' : '已安排';
  const month = Number(training.startedOn.slice(5, 7));
  return {
    submittedOn: addDays(wishedFrom, -random.int(10, 45)),
    course: training.course,
    wishedFrom,
    wishedTo: random.chance(0.8) ? addDays(wishedFrom, random.int(20, 60)) : null,
    expectedTrainees: Math.max(10, Math.round(training.trainees * (0.8 + random.float() * 0.4))),
    status,
    remarks: status === '已完成' && random.chance(0.5) ? `已于${month}月举办` : null,
  };
}

/** A request no class has answered yet. */
function open(ctx: GenerationContext, course: MenuCourse, status: OpenStatus): Draft {
  const { random, asOf } = ctx;
  const submittedOn =
    status === '未通过'
      ? dayBetween(random, `${yearOf(asOf) - 1}-01-01`, addDays(asOf, -30))
      : addDays(asOf, -random.int(status === '待审核' ? 0 : 20, status === '待审核' ? 30 : 60));
  const wishedFrom = addDays(
    status === '未通过' ? submittedOn : asOf,
    random.int(status === '未通过' ? 20 : 7, status === '未通过' ? 60 : 45),
  );
  return {
    submittedOn,
    course: course.course,
    wishedFrom,
    wishedTo: random.chance(0.8) ? addDays(wishedFrom, random.int(20, 60)) : null,
    expectedTrainees: random.int(3, 12) * 10,
    status,
    remarks:
      status === '未通过' ? random.pick(REJECTIONS) : status === '已安排' ? random.pick(SCHEDULED) : null,
  };
}

const byDate = (a: { submittedOn: CivilDate }, b: { submittedOn: CivilDate }) =>
  a.submittedOn < b.submittedOn ? -1 : a.submittedOn > b.submittedOn ? 1 : 0;

/** Fills each township's 培训申报 and writes each answering class's 对应申报编号. */
export function generateTrainingRequests(
  ctx: GenerationContext,
  townships: readonly TownshipModel[],
  menu: readonly MenuCourse[],
) {
  const { random } = ctx;
  for (const township of townships) {
    const classes = township.trainings.filter((t) => t.answersRequest);
    const drafts: { training: Training | null; draft: Draft }[] = classes.map((training) => ({
      training,
      draft: answered(ctx, training),
    }));
    for (let i = random.int(2, 3); i > 0; i--) {
      const draft = open(ctx, random.pick(menu), random.weighted(OPEN_STATUSES));
      drafts.push({ training: null, draft });
    }
    drafts.sort((a, b) => byDate(a.draft, b.draft));
    const perYear = new Map<number, number>();
    township.trainingRequests = drafts.map(({ training, draft }) => {
      const year = yearOf(draft.submittedOn);
      const n = (perYear.get(year) ?? 0) + 1;
      perYear.set(year, n);
      const requestNo = `${year}-${String(n).padStart(2, '0')}`;
      if (training) training.requestNo = requestNo;
      return { requestNo, ...draft };
    });
  }
}
