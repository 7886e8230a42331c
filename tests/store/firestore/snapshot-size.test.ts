// A snapshot of a county five times the sample county's size: every document under Firestore's 1 MiB.
import { describe, expect, it } from 'vitest';
import { type AssessedRow, assessCounty } from '../../../functions/src/core/assessment';
import { TOWNSHIP_LEDGERS } from '../../../functions/src/core/ledgers';
import { validateRow } from '../../../functions/src/core/validation';
import {
  documentSize,
  firestoreSize,
  PAGE_BYTES,
} from '../../../functions/src/store/firestore/snapshot-pages';
import { snapshotDocuments } from '../../../functions/src/store/firestore/snapshots';
import { generateSampleCounty } from '../../../tools/sample-county';

const MIB = 1024 * 1024;
const today = '2026-11-25';

/** The generated county as the store would hold it: validated rows with Apps Script's UUID-sized keys. */
function assessedCounty(scale: number) {
  const county = generateSampleCounty({ seed: 2026, scale, year: 2026, today });
  let n = 0;
  const rows: AssessedRow[] = county.townships.flatMap((t) =>
    TOWNSHIP_LEDGERS.flatMap((ledger) =>
      t.rows[ledger.id].map((cells): AssessedRow => {
        const result = validateRow(ledger, cells, { today });
        const pick = ({ ruleId, field, column, message }: (typeof result.errors)[number]) => ({
          ruleId,
          field,
          column,
          message,
        });
        const errors = result.errors.map(pick);
        const warnings = result.warnings.map(pick);
        return {
          ledger: ledger.id,
          township: t.name,
          key: `${(++n).toString(16).padStart(8, '0')}-4e5b-9c1d-8f2a-3b6c7d8e9f01`,
          sheetRow: n + 1,
          status: errors.length ? 'error' : warnings.length ? 'warning' : 'ok',
          record: result.values as Record<string, unknown>,
          errors,
          warnings,
        };
      }),
    ),
  );
  const townships = county.townships.map((t) => ({
    township: t.name,
    annualTarget: t.annualTarget,
    spreadsheetId: null,
  }));
  return {
    rows,
    result: assessCounty({ county: county.name, year: 2026, today, townships, qualitative: [], rows }),
  };
}

describe('snapshot documents at five times the sample county', () => {
  const { rows, result } = assessedCounty(5);
  const computedAt = new Date('2026-11-25T06:00:00+08:00');
  const docs = snapshotDocuments(result, computedAt);
  const path = (p: string) =>
    `counties/${result.county}/assessments/2026/snapshots/2026-11-25_e1${p ? `/${p}` : ''}`;
  const sizes = docs.map((d) => ({ path: d.path, bytes: documentSize(path(d.path), d.data) }));

  it('is a county of about 170,000 rows whose biggest township holds more than 1 MiB of details', () => {
    expect(rows.length).toBeGreaterThan(165_000);
    // What one document per township held before the split: traces, reminders and duplicate rows.
    const details = result.ranking.map((t) =>
      firestoreSize({
        traces: t.indicators.map((i) => i.parts.map((p) => p.trace)),
        reminders: result.reminders.filter((r) => r.township === t.township),
      }),
    );
    expect(Math.max(...details)).toBeGreaterThan(MIB);
  });

  it('keeps every document under 1 MiB, pages under 256 KiB of details', () => {
    const over = sizes.filter((s) => s.bytes >= MIB);
    expect(over).toEqual([]);
    const pages = sizes.filter((s) => s.path.startsWith('pages/'));
    expect(pages.every((p) => p.bytes < PAGE_BYTES + 16 * 1024)).toBe(true);
    expect(docs.filter((d) => d.path.startsWith('townships/'))).toHaveLength(result.ranking.length);
    console.log(
      `5× sample county: ${rows.length} rows, ${docs.length} snapshot documents, largest ${Math.max(...sizes.map((s) => s.bytes))} bytes (main ${sizes[0]!.bytes})`,
    );
  });
});
