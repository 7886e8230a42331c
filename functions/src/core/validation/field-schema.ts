// One zod schema per column kind: raw cell in, clean value (or null) out, Chinese reason on failure.
import { z } from 'zod';
import type { CellResult, CellValue } from '../cells/cell-value';
import { isBlankCell } from '../cells/normalize-text';
import { parseChoiceCell, parseYesNoCell } from '../cells/parse-choice-cell';
import { parseAmountCell, parseCountCell } from '../cells/parse-number-cell';
import { parsePersonNameCell, parsePhoneCell, parseTextCell } from '../cells/parse-text-cell';
import { spreadsheetValueProblem } from '../cells/spreadsheet-values';
import type { CivilDate } from '../dates/civil-date';
import { parseDateCell } from '../dates/parse-date-cell';
import { parseIdNumber } from '../id-number/parse-id-number';
import type { FieldDef } from '../ledgers/field';

type CellParser = (value: CellValue) => CellResult<unknown>;

function parserFor(field: FieldDef, today: CivilDate): CellParser {
  switch (field.kind) {
    case 'text':
      return (v) => parseTextCell(v, field.maxLength);
    case 'personName':
      return parsePersonNameCell;
    case 'phone':
      return parsePhoneCell;
    case 'idNumber':
      return (v) => {
        if (isBlankCell(v)) return { ok: true, value: null };
        const result = parseIdNumber(v, today);
        return result.ok ? { ok: true, value: result.idNumber } : result;
      };
    case 'date':
      return parseDateCell;
    case 'count':
      return (v) => parseCountCell(v, field.max);
    case 'amount':
      return (v) => parseAmountCell(v, field.max);
    case 'year':
      return (v) => {
        const result = parseCountCell(v, 2199);
        if (result.ok && result.value !== null && result.value < 2000) {
          return { ok: false, message: `年度 ${result.value} 不合理，请填写四位年份，如 2024` };
        }
        return result;
      };
    case 'yesNo':
      return parseYesNoCell;
    case 'choice':
      return (v) => parseChoiceCell(v, field.options, field.canonical);
  }
}

function requiredMessage(field: FieldDef): string {
  if (field.kind === 'choice' || field.kind === 'yesNo') return '必填，请从下拉列表中选择';
  if (field.kind === 'date') return '必填，请填写日期，如 2024-03-01';
  return '必填，请填写';
}

/** A column's check of one raw cell: the clean value (or null), or the Chinese reason and its rule. */
export type FieldCheck = (
  raw: unknown,
) => { ok: true; value: unknown } | { ok: false; message: string; ruleId: 'cell.format' | 'cell.required' };

/** The check behind a column's schema, callable on its own (per-row validation skips zod's per-call cost). */
export function fieldCheck(field: FieldDef, today: CivilDate): FieldCheck {
  const parse = parserFor(field, today);
  return (raw) => {
    let result: CellResult<unknown>;
    const problem = spreadsheetValueProblem(raw);
    if (problem) result = { ok: false, message: problem };
    else if (raw !== null && typeof raw === 'object' && !(raw instanceof Date)) {
      result = { ok: false, message: '内容格式不正确，请直接填写文字、数字或日期' };
    } else
      try {
        result = parse(raw as CellValue);
      } catch {
        result = { ok: false, message: '内容无法识别，请重新填写' };
      }
    if (!result.ok) return { ok: false, message: result.message, ruleId: 'cell.format' };
    if (result.value === null && field.required)
      return { ok: false, message: requiredMessage(field), ruleId: 'cell.required' };
    return { ok: true, value: result.value };
  };
}

/** The zod schema of one column: accepts any cell, outputs the clean value or null. */
export function fieldSchema(field: FieldDef, today: CivilDate) {
  const check = fieldCheck(field, today);
  return z.unknown().transform((raw, ctx) => {
    const result = check(raw);
    if (result.ok) return result.value;
    ctx.addIssue({ code: 'custom', message: result.message, input: raw, params: { ruleId: result.ruleId } });
    return z.NEVER;
  });
}
