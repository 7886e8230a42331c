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
    expect(parseDateCell('2024年3月')).toEqual({
      ok: false,
      message: '「2024年3月」只有年月，请填写完整日期（年月日），如 2024-03-01',
    });
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

  // Issue 14, defect 7: a clerk typing "2024.3" leaves Excel a number 2024.3, which used to be read as the
  // serial day 2024 (1905-07-16). A year or year.month alone is an incomplete date; nothing before 1920 is.
  it.each([
    [2024, '「2024」只有年份，请填写完整日期（年月日），如 2024-03-01'],
    [2024.3, '「2024.3」只有年月，请填写完整日期（年月日），如 2024-03-01'],
    [1900, '「1900」只有年份，请填写完整日期（年月日），如 2024-03-01'],
    [2100.12, '「2100.12」只有年月，请填写完整日期（年月日），如 2024-03-01'],
    ['2024', '「2024」只有年份，请填写完整日期（年月日），如 2024-03-01'],
    ['2024年', '「2024年」只有年份，请填写完整日期（年月日），如 2024-03-01'],
    ['2024.3', '「2024.3」只有年月，请填写完整日期（年月日），如 2024-03-01'],
    ['2024-03', '「2024-03」只有年月，请填写完整日期（年月日），如 2024-03-01'],
  ])('refuses the incomplete date %s', (input, message) => {
    expect(parseDateCell(input)).toEqual({ ok: false, message });
  });

  it('refuses any date before 1920, however it is written', () => {
    const message = (d: string) => `${d} 早于1920年，不是可能的台账日期，请核对后按 2024-03-01 的格式填写`;
    expect(parseDateCell('1919-12-31')).toEqual({ ok: false, message: message('1919-12-31') });
    expect(parseDateCell(19050716)).toEqual({ ok: false, message: message('1905-07-16') });
    expect(parseDateCell(7305)).toEqual({ ok: false, message: message('1919-12-31') });
    expect(parseDateCell(7306)).toEqual(ok('1920-01-01'));
    expect(parseDateCell(2101)).toEqual({ ok: false, message: message('1905-10-01') });
    expect(parseDateCell('1920-01-01')).toEqual(ok('1920-01-01'));
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
