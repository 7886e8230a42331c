import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, toHalfWidth } from '../../../functions/src/core/cells/normalize-text';
import { parseChoiceCell, parseYesNoCell } from '../../../functions/src/core/cells/parse-choice-cell';
import { parseAmountCell, parseCountCell } from '../../../functions/src/core/cells/parse-number-cell';
import {
  parsePersonNameCell,
  parsePhoneCell,
  parseTextCell,
} from '../../../functions/src/core/cells/parse-text-cell';

const ok = (value: unknown) => ({ ok: true, value });

describe('text clean-up', () => {
  it('folds full-width forms and odd spaces', () => {
    expect(toHalfWidth('１２３ＡＢｘ（社区）')).toBe('123ABx(社区)');
    expect(cleanText('\u3000 张\u00a0三 \u200b')).toBe('张 三');
  });
});

describe('parseCountCell', () => {
  it.each([
    [12, 12],
    ['12', 12],
    ['１２', 12],
    ['12人', 12],
    ['1,200', 1200],
    ['1，200户', 1200],
    [' 0 ', 0],
  ])('reads %s', (input, expected) => {
    expect(parseCountCell(input)).toEqual(ok(expected));
  });

  it('refuses what is not a whole number ≥ 0', () => {
    expect(parseCountCell('-3')).toEqual({ ok: false, message: '不能为负数，请填写 0 或正整数' });
    expect(parseCountCell('2.5')).toEqual({ ok: false, message: '应为整数，「2.5」带有小数' });
    expect(parseCountCell('十二')).toEqual({ ok: false, message: '「十二」不是数字，请只填写数字' });
    expect(parseCountCell(5_000_000)).toEqual({
      ok: false,
      message: '数值 5000000 过大（最多 1000000），请核对',
    });
    expect(parseCountCell(true)).toEqual({ ok: false, message: '应填写数字' });
    expect(parseCountCell('')).toEqual(ok(null));
  });

  it('keeps two decimals of an amount', () => {
    expect(parseAmountCell('35.456万元')).toEqual(ok(35.46));
    expect(parseAmountCell(1.5)).toEqual(ok(1.5));
  });
});

describe('yes/no and dropdown cells', () => {
  it.each([
    ['是', true],
    ['√', true],
    ['Y', true],
    ['y', true],
    [true, true],
    ['否', false],
    ['×', false],
    ['N', false],
    [false, false],
  ])('reads %s', (input, expected) => {
    expect(parseYesNoCell(input)).toEqual(ok(expected));
  });

  it('explains an unknown yes/no', () => {
    expect(parseYesNoCell('也许')).toEqual({ ok: false, message: '「也许」无法识别，请填写“是”或“否”' });
  });

  it('forgives full-width forms and spaces in options', () => {
    expect(parseChoiceCell(' 2＋1 ', ['2+1', '1+1'] as const)).toEqual(ok('2+1'));
    expect(parseChoiceCell('三加一', ['2+1', '1+1'] as const)).toEqual({
      ok: false,
      message: '「三加一」不是可选项，请从下拉列表中选择：2+1、1+1',
    });
  });
});

describe('text cells', () => {
  it('refuses formulas and oversize text', () => {
    expect(parseTextCell('=HYPERLINK("http://x","点我")', 50)).toEqual({
      ok: false,
      message: '「=HYPERLINK("http://x…」像公式，请直接填写文字，不要以 = + - @ 开头',
    });
    expect(parseTextCell('x'.repeat(10_240), 500)).toEqual({
      ok: false,
      message: '内容过长（10240 字），最多 500 字，请精简',
    });
    expect(parseTextCell(12345, 50)).toEqual(ok('12345'));
  });

  it('accepts names with the middle dot and refuses emoji', () => {
    expect(parsePersonNameCell('阿依古丽·买买提')).toEqual(ok('阿依古丽·买买提'));
    expect(parsePersonNameCell('张三😀')).toEqual({
      ok: false,
      message: '「张三😀」含有不能用于姓名的字符，请只填写姓名',
    });
    expect(parsePersonNameCell('张')).toEqual({ ok: false, message: '姓名至少两个字，请核对' });
  });

  it('reads phone numbers', () => {
    expect(parsePhoneCell('138 0073 1234')).toEqual(ok('13800731234'));
    expect(parsePhoneCell('0734-8123456')).toEqual(ok('0734-8123456'));
    expect(parsePhoneCell('12345')).toEqual({
      ok: false,
      message: '「12345」不是有效电话号码，请填写11位手机号或带区号的固定电话',
    });
  });

  it('never throws, whatever is typed', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme' }), fc.double(), fc.boolean()),
        (v) => {
          for (const parse of [
            (x: typeof v) => parseTextCell(x, 100),
            parsePersonNameCell,
            parsePhoneCell,
            parseYesNoCell,
            parseCountCell,
            parseAmountCell,
          ]) {
            expect(typeof parse(v).ok).toBe('boolean');
          }
        },
      ),
    );
  });
});
