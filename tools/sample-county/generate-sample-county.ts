// Generates a plain, deterministic sample county calibrated on the county report, with a few planted mistakes.
import { type CivilDate, yearOf } from '../../functions/src/core/dates/civil-date';
import { generateBases } from './bases';
import { apportion, earlier } from './calendar';
import { ClerkStyle } from './clerk-style';
import type { GenerationContext } from './context';
import {
  liaisonPointRows,
  qualitativeScoreRows,
  supervisionVisitRows,
  townshipSettingsRows,
  trainingMenuRows,
} from './county-tabs';
import { liaisonPoints, supervisionVisits } from './liaison';
import { generateMembers } from './members';
import { generateMentoringLogs } from './mentoring-logs';
import { plantMistakes } from './mistakes';
import type { TownshipModel } from './model';
import { pairOnePlusOne, pairTwoPlusOne } from './pairs';
import { IdNumbers } from './people';
import { SAMPLE_COUNTY_NAME, TOWNSHIP_NAMES, villageStems, villagesFor } from './place-names';
import { Random } from './random';
import { renderTownship } from './render-rows';
import { fillResponsibilityCards } from './responsibility-cards';
import {
  REPORT,
  type SampleCounty,
  type SampleCountyOptions,
  scaled,
  townshipCountAt,
} from './sample-county';
import { generateTalents } from './talents';
import { trainingMenu } from './training-menu';
import { generateTrainingRequests } from './training-requests';
import { generateTrainings } from './trainings';

function townshipModels(random: Random, count: number, annualTarget: number) {
  const weights = Array.from({ length: count }, (_, i) => (i === 0 ? 1.6 : 0.6 + random.float() * 0.8));
  const stems = random.shuffle(villageStems());
  const villageCount = Math.max(6, Math.min(15, Math.round(stems.length / count)));
  const targets = apportion(annualTarget, weights).map((t) => Math.max(1, t));
  const models: TownshipModel[] = weights.map((_, index) => ({
    index,
    name: TOWNSHIP_NAMES[index]!,
    villages: villagesFor(index, villageCount, stems),
    annualTarget: targets[index]!,
    talents: [],
    members: [],
    pairs: [],
    mentoringLogs: [],
    trainingRequests: [],
    trainings: [],
    bases: [],
  }));
  return { models, weights };
}

/** ID number → name of everyone in the county (for 记录人). */
const namesOf = (models: readonly TownshipModel[]) =>
  new Map(models.flatMap((m) => [...m.talents, ...m.members].map((p) => [p.idNumber, p.name] as const)));

function context(options: SampleCountyOptions, random: Random): GenerationContext {
  const asOf: CivilDate = earlier(options.today, `${options.year}-12-31`);
  return {
    random,
    ids: new IdNumbers(random.fork('ids')),
    start: `${options.year - 3}-01-01`,
    asOf,
    today: options.today,
  };
}

export function generateSampleCounty(options: SampleCountyOptions): SampleCounty {
  const { scale } = options;
  if (!(scale > 0)) throw new Error(`generateSampleCounty: scale must be > 0, got ${scale}`);
  const root = new Random(options.seed);
  const { models, weights } = townshipModels(
    root.fork('townships'),
    townshipCountAt(scale),
    scaled(REPORT.annualTarget, scale),
  );
  const ctx = context(options, root.fork('people'));
  const at = (label: string): GenerationContext => ({ ...ctx, random: root.fork(label) });
  const split = (figure: number, min = 1) => apportion(scaled(figure, scale, min), weights);
  generateTalents(ctx, models, split(REPORT.talents));
  generateMembers(ctx, models, split(REPORT.members), scale);
  pairTwoPlusOne(at('2+1'), models, split(REPORT.pairs2plus1));
  pairOnePlusOne(at('1+1'), models, split(REPORT.pairs1plus1));
  generateTrainings(
    at('trainings'),
    models,
    split(REPORT.trainings, models.length),
    scaled(REPORT.trainees, scale),
  );
  generateBases(at('bases'), models, split(REPORT.bases), scaled(REPORT.households, scale));
  // Forks in the order they were first taken, so parts added later leave the earlier parts as they were.
  const clerkRandom = root.fork('clerks');
  const mistakesCtx = at('mistakes');
  const scoresRandom = root.fork('scores');
  const menu = trainingMenu(root.fork('menu'));
  fillResponsibilityCards(at('cards'), models);
  generateMentoringLogs(at('contacts'), models, namesOf(models));
  generateTrainingRequests(at('requests'), models, menu);
  const liaison = at('liaison');
  const points = liaisonPoints(liaison, models);
  const visits = supervisionVisits(liaison, points, models);

  const clerks = models.map(() => new ClerkStyle(clerkRandom.fork('clerk')));
  const townships = models.map((model, i) => ({
    name: model.name,
    annualTarget: model.annualTarget,
    rows: renderTownship(model, clerks[i]!, clerkRandom),
  }));
  const county = {
    trainingMenu: trainingMenuRows(menu),
    liaisonPoints: liaisonPointRows(points),
    supervisionVisits: supervisionVisitRows(visits, new ClerkStyle(liaison.random.fork('county-clerk'))),
  };
  const referenced = new Set(
    models.flatMap((m) => [
      ...m.pairs.flatMap((p) => [p.mentorOne, p.mentorTwo ?? '', p.mentee]),
      ...m.bases.map((b) => b.leaderId),
    ]),
  );
  const mistakes = plantMistakes({
    ctx: mistakesCtx,
    models,
    townships,
    clerks,
    referenced,
    menu: new Set(menu.map((c) => c.course)),
    county: { supervisionVisits: county.supervisionVisits, leaders: new Set(points.map((p) => p.leader)) },
  });
  const thisYear = yearOf(options.today);
  const years = [options.year - 2, options.year - 1, options.year].filter((y) => y <= thisYear);
  return {
    name: SAMPLE_COUNTY_NAME,
    year: options.year,
    today: options.today,
    townships,
    townshipSettings: townshipSettingsRows(townships),
    qualitativeScores: qualitativeScoreRows(
      scoresRandom,
      townships.map((t) => t.name),
      years,
    ),
    ...county,
    mistakes,
  };
}
