// The what-if re-scores changed counts: the parts rebuilt from a township's counts must be the parts the
// assessment measured, or every suggestion would be computed on other figures than the ranking's.
import { describe, expect, it } from 'vitest';
import type { AssessmentResult } from '../../../functions/src/core/assessment';
import { figuresOf, partsOf } from '../../../functions/src/core/assessment/what-if-figures';
import { LEVERS } from '../../../functions/src/core/assessment/what-if-levers';
import { result as fixtureCounty } from '../../report/layout-fixture';
import { allRows, assessLedgers, countyLedgers } from './what-if-county';

const measuredOf = (result: AssessmentResult, township: string) =>
  Object.fromEntries(
    result.ranking.find((t) => t.township === township)!.indicators.map((i) => [i.id, i.parts]),
  ) as never;
// What the ranking reads of a part: its label, numerator, denominator and value (not its trace, the rows it
// left out or the text a leader reads).
const withoutScores = (
  m: Record<string, { score?: number; trace: string[]; leftOut?: unknown; shown?: string }[]>,
) =>
  Object.fromEntries(
    Object.entries(m).map(([id, parts]) => [
      id,
      parts.map(({ score: _, trace: __, leftOut: ___, shown: ____, ...p }) => p),
    ]),
  );

describe('figuresOf / partsOf', () => {
  it('gives back the measured parts of every township of both fixture counties', () => {
    for (const result of [fixtureCounty, assessLedgers(allRows(countyLedgers()))]) {
      for (const t of result.ranking) {
        const measured = measuredOf(result, t.township);
        expect(withoutScores(partsOf(figuresOf(measured), measured) as never)).toEqual(
          withoutScores(measured),
        );
      }
    }
  });

  // 城关镇: 4 non-member talents + 4 members; 2 classes of 2026 (60 + 40 trainees), one for its request;
  // 26 rows of which 2 have errors (see tests/fixtures/assessment-county.ts).
  it('reads 城关镇 of the layout fixture as the ledgers hold it', () => {
    expect(figuresOf(measuredOf(fixtureCounty, '城关镇'))).toEqual({
      admitted: 1,
      target: 4,
      covered: 2,
      people: 8,
      classes: 2,
      trainees: 100,
      members: 4,
      answering: 1,
      skilled: 3,
      young: 2,
      educated: 2,
      bases: 2,
      households: 100,
      clean: 24,
      rows: 26,
    });
  });
});

describe('LEVERS', () => {
  const f = figuresOf(measuredOf(fixtureCounty, '城关镇'));
  const lever = (id: string) => LEVERS.find((l) => l.id === id)!;

  it('changes one figure, and adds the rows a change writes as clean rows', () => {
    expect(lever('admit').apply(f, 2)).toEqual({ ...f, admitted: 3, clean: 26, rows: 28 });
    expect(lever('newPairs').apply(f, 1)).toEqual({ ...f, covered: 3, clean: 26, rows: 28 });
    expect(lever('fixRows').apply(f, 2)).toEqual({ ...f, clean: 26 });
    // A new member counts in every share over members, and in 帮带覆盖's denominator.
    expect(lever('youngMembers').apply(f, 1)).toEqual({
      ...f,
      members: 5,
      people: 9,
      young: 3,
      clean: 25,
      rows: 27,
    });
  });

  it('offers no more than there is to change', () => {
    const best = f;
    const limits = Object.fromEntries(LEVERS.map((l) => [l.id, l.limit(f, { unloggedPairs: 1 }, best)]));
    expect(limits).toEqual({
      admit: 3,
      logPairs: 1,
      newPairs: 5,
      classes: 10,
      trainees: 100,
      answerRequests: 1,
      skills: 1,
      education: 2,
      youngMembers: 10,
      bases: 10,
      households: 100,
      fixRows: 2,
    });
  });
});
