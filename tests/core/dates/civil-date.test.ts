import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  ageOn,
  civilDateInCounty,
  daysBetween,
  makeCivilDate,
} from '../../../functions/src/core/dates/civil-date';

describe('civil dates', () => {
  it('builds only real days', () => {
    expect(makeCivilDate(2024, 2, 29)).toBe('2024-02-29');
    expect(makeCivilDate(2023, 2, 29)).toBeNull();
    expect(makeCivilDate(1900, 2, 29)).toBeNull();
    expect(makeCivilDate(2000, 2, 29)).toBe('2000-02-29');
    expect(makeCivilDate(2024, 13, 1)).toBeNull();
    expect(makeCivilDate(1899, 12, 31)).toBeNull();
  });

  it('adds years, turning 29 February into 28 February', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2023-05-01', 1)).toBe('2024-05-01');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('counts days and ages', () => {
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(ageOn('2008-05-02', '2026-05-01')).toBe(17);
    expect(ageOn('2008-05-02', '2026-05-02')).toBe(18);
  });

  it('reads "today" in Asia/Shanghai, not UTC', () => {
    expect(civilDateInCounty(new Date('2026-11-24T16:30:00Z'))).toBe('2026-11-25');
    expect(civilDateInCounty(new Date('2026-11-24T15:59:59Z'))).toBe('2026-11-24');
  });

  it('round-trips any day through addDays and daysBetween', () => {
    fc.assert(
      fc.property(fc.integer({ min: -30_000, max: 30_000 }), (offset) => {
        const date = addDays('2000-01-01', offset);
        expect(daysBetween('2000-01-01', date)).toBe(offset);
        expect(
          makeCivilDate(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))),
        ).toBe(date);
      }),
    );
  });

  it('adds months, keeping the day or taking the month’s last', () => {
    expect(addMonths('2022-07-01', 6)).toBe('2023-01-01');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2022-08-31', 6)).toBe('2023-02-28');
    expect(addMonths('2024-12-15', 1)).toBe('2025-01-15');
  });
});
