import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeCheckDigit,
  containsIdNumber,
  deriveIdNumberFacts,
  maskIdNumber,
  maskIdNumbersIn,
  normalizeIdNumber,
  parseIdNumber,
  upgradeIdNumber15,
} from '../../../functions/src/core/id-number';
import { hashIdNumber } from '../../../functions/src/core/id-number/hash-id-number';

const TODAY = '2026-11-25';

describe('GB 11643 check digit', () => {
  it('matches the standard example', () => {
    expect(computeCheckDigit('11010519491231002')).toBe('X');
    expect(computeCheckDigit('43052119900502123')).toBe('1');
  });

  it('accepts the right check character and refuses every other one', () => {
    const body = fc
      .tuple(
        fc.constantFrom('110105', '430521', '650102'),
        fc.integer({ min: 0, max: 34_000 }),
        fc.integer({ min: 0, max: 999 }),
      )
      .map(([region, days, seq]) => {
        const birth = new Date(Date.UTC(1930, 0, 1) + days * 86_400_000)
          .toISOString()
          .slice(0, 10)
          .replaceAll('-', '');
        return `${region}${birth}${String(seq).padStart(3, '0')}`;
      });
    fc.assert(
      fc.property(body, (first17) => {
        const right = computeCheckDigit(first17);
        expect(parseIdNumber(first17 + right, TODAY)).toMatchObject({ ok: true, idNumber: first17 + right });
        for (const wrong of '0123456789X'.replace(right, '')) {
          expect(parseIdNumber(first17 + wrong, TODAY)).toEqual({
            ok: false,
            message: `校验位应为 ${right}，请核对`,
          });
        }
      }),
    );
  });
});

describe('parseIdNumber', () => {
  it('normalises full-width digits, lower-case x and spaces', () => {
    expect(normalizeIdNumber('１１０１０５ 19491231 002ｘ')).toBe('11010519491231002X');
    expect(parseIdNumber(' 11010519491231002x ', TODAY)).toEqual({
      ok: true,
      idNumber: '11010519491231002X',
      birthDate: '1949-12-31',
      sex: '女',
    });
  });

  it('upgrades a 15-digit number', () => {
    expect(upgradeIdNumber15('110105491231002')).toBe('11010519491231002X');
    expect(parseIdNumber('110105491231002', TODAY)).toMatchObject({
      ok: true,
      idNumber: '11010519491231002X',
    });
  });

  it('explains each kind of wrong number', () => {
    expect(parseIdNumber('4305211990050212', TODAY)).toEqual({
      ok: false,
      message: '应为18位，现有16位，请核对',
    });
    expect(parseIdNumber('43052119900502123A', TODAY)).toEqual({
      ok: false,
      message: '只能包含数字，最后一位可以是X，请核对',
    });
    expect(parseIdNumber('990521199005021231', TODAY)).toEqual({
      ok: false,
      message: '前两位 99 不是有效的省级行政区划代码，请核对',
    });
    expect(parseIdNumber('430521199002301231', TODAY)).toEqual({
      ok: false,
      message: '第7–14位出生日期 19900230 不是有效日期，请核对',
    });
    expect(parseIdNumber('430521203001011234', TODAY)).toEqual({
      ok: false,
      message: '出生日期 2030-01-01 晚于今天，请核对',
    });
    expect(parseIdNumber(Number('430521199005021231'), TODAY)).toEqual({
      ok: false,
      message: '以数字形式保存时后几位已丢失，请把单元格设为文本后重新输入',
    });
  });

  it('derives birth date, sex and age on a given day', () => {
    expect(deriveIdNumberFacts('430521199005021231', '2026-05-01')).toEqual({
      idNumber: '430521199005021231',
      birthDate: '1990-05-02',
      sex: '男',
      age: 35,
    });
  });
});

describe('masking and hashing', () => {
  it('masks the middle of an ID number', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
    expect(maskIdNumbersIn('重复：430521199005021231 与 11010519491231002X')).toBe(
      '重复：430521********1231 与 110105********002X',
    );
  });

  it('hashes with a key, the same number always to the same value', () => {
    const secret = 'a-test-secret-of-32-characters!!';
    expect(hashIdNumber('11010519491231002X', secret)).toBe(hashIdNumber('11010519491231002X', secret));
    expect(hashIdNumber('11010519491231002X', secret)).not.toBe(
      hashIdNumber('11010519491231002X', `${secret}x`),
    );
    expect(hashIdNumber('11010519491231002X', secret)).toMatch(/^[0-9a-f]{64}$/);
    expect(() => hashIdNumber('11010519491231002X', 'short')).toThrow(/at least 16/);
  });
});

describe('containsIdNumber', () => {
  it('finds an 18- or 15-digit number anywhere, not inside a longer run of digits', () => {
    expect(
      [
        '430521199005021231',
        'id430521199005021231',
        'k-43052119900502123Xx',
        '430521900502123',
        'r-1',
        '1234567890123456789',
      ].map(containsIdNumber),
    ).toEqual([true, true, true, true, false, false]);
  });
});
