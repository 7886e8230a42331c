// Generates a plain, deterministic sample county calibrated on the county report, with a few planted mistakes.
import { type CivilDate, yearOf } from '../../core/dates/civil-date';
import { generateBases } from './bases';
import { apportion, earlier } from './calendar';
import { ClerkStyle } from './clerk-style';
import type { GenerationContext } from './context';
import { qualitativeScoreRows, townshipSettingsRows } from './county-tabs';
import { generateMembers } from './members';
import { plantMistakes } from './mistakes';
import type { TownshipModel } from './model';
import { pairOnePlusOne, pairTwoPlusOne } from './pairs';
import { IdNumbers } from './people';
import { SAMPLE_COUNTY_NAME, TOWNSHIP_NAMES, villageStems, villagesFor } from './place-names';
import { Random } from './random';
import { renderTownship } from './render-rows';
import {
  REPORT,
  type SampleCounty,
  type SampleCountyOptions,
  scaled,
  townshipCountAt,
} from './sample-county';
import { generateTalents } from './talents';
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
    trainings: [],
    bases: [],
  }));
  return { models, weights };
}

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

  const clerkRandom = root.fork('clerks');
  const clerks = models.map(() => new ClerkStyle(clerkRandom.fork('clerk')));
  const townships = models.map((model, i) => ({
    name: model.name,
    annualTarget: model.annualTarget,
    rows: renderTownship(model, clerks[i]!, clerkRandom),
  }));
  const referenced = new Set(
    models.flatMap((m) => [
      ...m.pairs.flatMap((p) => [p.mentorOne, p.mentorTwo ?? '', p.mentee]),
      ...m.bases.map((b) => b.leaderId),
    ]),
  );
  const mistakes = plantMistakes({ ctx: at('mistakes'), models, townships, clerks, referenced });
  const thisYear = yearOf(options.today);
  const years = [options.year - 2, options.year - 1, options.year].filter((y) => y <= thisYear);
  return {
    name: SAMPLE_COUNTY_NAME,
    year: options.year,
    today: options.today,
    townships,
    townshipSettings: townshipSettingsRows(townships),
    qualitativeScores: qualitativeScoreRows(
      root.fork('scores'),
      townships.map((t) => t.name),
      years,
    ),
    mistakes,
  };
}
