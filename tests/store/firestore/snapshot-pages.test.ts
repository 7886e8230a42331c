// Pages of a township's details: cut at the byte limit, and put back together exactly.
import { describe, expect, it } from 'vitest';
import {
  firestoreSize,
  joinPages,
  townshipPages,
} from '../../../functions/src/store/firestore/snapshot-pages';
import { assessFixture } from '../../fixtures/assessment-county';

const result = assessFixture();
const unsplit = (township: string) => {
  const t = result.ranking.find((r) => r.township === township)!;
  return {
    township,
    traces: Object.fromEntries(
      t.indicators.map((i) => [
        i.id,
        i.parts.map((p) => ({ label: p.label, rows: p.trace, leftOut: p.leftOut })),
      ]),
    ),
    reminders: result.reminders.filter((r) => r.township === township),
    duplicateRows: result.dataQuality.find((q) => q.township === township)?.duplicateRows ?? [],
  };
};

describe('townshipPages and joinPages', () => {
  it('sizes values as Firestore does', () => {
    expect(firestoreSize({ ab: '城关', n: 3, ok: true, none: null, list: ['x', 'yz'] })).toBe(
      3 + 7 + (2 + 8) + (3 + 1) + (5 + 1) + (5 + 2 + 3),
    );
  });

  it('keeps every township in one page at the default size, and the same details when cut small', () => {
    let pages = 0;
    for (const { township } of result.ranking) {
      expect(townshipPages(result, township)).toHaveLength(1);
      const small = townshipPages(result, township, 120);
      pages += small.length;
      expect(small.map((p) => p.n)).toEqual(small.map((_, i) => i));
      for (const page of small) {
        const items = page.slices.flatMap((s) => s.items as unknown[]);
        // A page goes over the limit only when one item alone does.
        if (items.length > 1) expect(firestoreSize(items)).toBeLessThanOrEqual(120);
      }
      expect(joinPages(township, [...small].reverse())).toEqual(unsplit(township));
    }
    expect(pages).toBeGreaterThan(3 * result.ranking.length);
  });
});
