import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../functions/src/core/dates/civil-date';
import { parseDateCell } from '../../../functions/src/core/dates/parse-date-cell';

const ok = (value: string | null) => ({ ok: true, value });

describe('parseDateCell', () => {
  it.each([
    ['2024-03-01', '2024-03-01'],
    ['2024/3/1', '2024-03-01'],
    ['2024.3.1', '2024-03-01'],
    ['2024年3月1日', '2024-03-01'],
    ['2024年3月1号', '2024-03-01'],
    ['20240301', '2024-03-01'],
    ['２０２４－０３－０１', '2024-03-01'],
    [' 2024-3-1 ', '2024-03-01'],
    ['2024-03-01 00:00:00', '2024-03-01'],
    ['2024-02-29T16:00:00.000Z', '2024-03-01'],
  ])('reads the text %s', (input, expected) => {
    expect(parseDateCell(input)).toEqual(ok(expected));
  });

  it('reads Sheets/Excel serial numbers, yyyymmdd numbers and JS dates', () => {
    expect(parseDateCell(45352)).toEqual(ok('2024-03-01'));
    expect(parseDateCell(45352.75)).toEqual(ok('2024-03-01'));
    expect(parseDateCell(20240301)).toEqual(ok('2024-03-01'));
    expect(parseDateCell(new Date(Date.UTC(2024, 2, 1)))).toEqual(ok('2024-03-01'));
    expect(parseDateCell(new Date('2024-02-29T16:00:00Z'))).toEqual(ok('2024-03-01'));
  });

  it('treats blanks as empty', () => {
    expect(parseDateCell('')).toEqual(ok(null));
    expect(parseDateCell('\u3000 ')).toEqual(ok(null));
    expect(parseDateCell(null)).toEqual(ok(null));
    expect(parseDateCell(undefined)).toEqual(ok(null));
  });

  it('explains what is wrong', () => {
    expect(parseDateCell('2023-02-29')).toEqual({ ok: false, message: '2023年2月没有29日，请核对' });
    expect(parseDateCell('2024-13-01')).toEqual({
      ok: false,
      message: '没有 13 月，请按 2024-03-01 的格式填写',
    });
    expect(parseDateCell('2024年3月')).toEqual({ ok: false, message: '缺少日，请按 2024-03-01 的格式填写' });
    expect(parseDateCell('去年春天')).toEqual({
      ok: false,
      message: '「去年春天」不是可识别的日期，请按 2024-03-01 的格式填写',
    });
    expect(parseDateCell(12)).toEqual({ ok: false, message: '数字 12 不是日期，请按 2024-03-01 的格式填写' });
    expect(parseDateCell(true)).toEqual({ ok: false, message: '不是日期，请按 2024-03-01 的格式填写' });
    expect(parseDateCell(new Date(Number.NaN))).toEqual({
      ok: false,
      message: '不是有效日期，请按 2024-03-01 的格式填写',
    });
  });

  it('round-trips every day of 1950–2150 through each typed form and the serial number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 73_000 }), (offset) => {
        const date = addDays('1950-01-01', offset);
        const [y, m, d] = date.split('-').map(Number);
        for (const typed of [
          date,
          `${y}/${m}/${d}`,
          `${y}.${m}.${d}`,
          `${y}年${m}月${d}日`,
          date.replaceAll('-', ''),
        ]) {
          expect(parseDateCell(typed)).toEqual(ok(date));
        }
        const serial = Date.UTC(y!, m! - 1, d!) / 86_400_000 + 25_569;
        expect(parseDateCell(serial)).toEqual(ok(date));
      }),
    );
  });

  it('never throws on any input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null)), (value) => {
        const result = parseDateCell(value);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });
});
