// Plants the mistakes clerks really make, in about 1–2% of rows, deterministically, and lists each one.
import { ledgerHeader, type MistakeSpec, type Planting, type Spot } from './mistake-spec';
import { plantCountyMistakes, REFERENCE_MISTAKES } from './reference-mistakes';
import { ROW_MISTAKES } from './row-mistakes';
import type { PlantedMistake } from './sample-county';

/** Row mistakes first, in a fixed order, so adding a kind never moves the ones before it. */
const SPECS: readonly MistakeSpec[] = [...ROW_MISTAKES, ...REFERENCE_MISTAKES];

/** Plants every kind of mistake; returns where each one went. Rows get at most one mistake. */
export function plantMistakes(planting: Planting): PlantedMistake[] {
  const { ctx, townships } = planting;
  const touched = new Set<string>();
  const planted: PlantedMistake[] = [];
  for (const spec of SPECS) {
    const spots: Spot[] = townships.flatMap((t, township) =>
      t.rows[spec.ledger].map((_, rowIndex) => ({ township, rowIndex })),
    );
    const eligible = spots.filter(
      (s) =>
        !touched.has(`${spec.ledger}|${s.township}|${s.rowIndex}`) &&
        s.rowIndex < (planting.models[s.township]![spec.ledger] as unknown[]).length &&
        (spec.eligible?.(planting, s) ?? true),
    );
    const count = Math.min(eligible.length, Math.max(1, Math.round(spots.length * spec.rate)));
    const header = ledgerHeader(spec.ledger, spec.field);
    for (const index of [...ctx.random.indices(eligible.length, count)].sort((a, b) => a - b)) {
      const spot = eligible[index]!;
      const row = townships[spot.township]!.rows[spec.ledger][spot.rowIndex]!;
      const moved = spec.plant(planting, spot, row, header);
      if (moved === null) continue;
      const where = moved ?? spot;
      touched.add(`${spec.ledger}|${where.township}|${where.rowIndex}`);
      touched.add(`${spec.ledger}|${spot.township}|${spot.rowIndex}`);
      planted.push({
        kind: spec.kind,
        township: townships[where.township]!.name,
        ledger: spec.ledger,
        rowIndex: where.rowIndex,
        header,
      });
    }
  }
  return [...planted, ...plantCountyMistakes(planting)];
}

export type { Planting };
