// How each ledger column looks in a workbook: width, number format, dropdown; derived from the field kind.
import type { DataValidation } from 'exceljs';
import type { FieldDef } from '../../core/ledgers';

/** Rows 2…this carry the dropdowns of a template; a sheet with more data rows gets 1,000 spare rows. */
export const TEMPLATE_LAST_ROW = 5000;
export const DATE_FORMAT = 'yyyy-mm-dd';
export const TEXT_FORMAT = '@';
const YES_NO = ['是', '否'] as const;

/** Display width of text in Excel column units: CJK characters count double. */
const displayWidth = (text: string): number =>
  [...text].reduce((sum, ch) => sum + (ch.codePointAt(0)! > 0x2e80 ? 2 : 1), 0);

const WIDTH_BY_KIND: Partial<Record<FieldDef['kind'], number>> = {
  idNumber: 22,
  date: 13,
  phone: 15,
  personName: 10,
  count: 10,
  amount: 10,
  year: 10,
  yesNo: 8,
};

export function columnWidth(field: FieldDef): number {
  const header = displayWidth(field.header) + 4;
  let content = WIDTH_BY_KIND[field.kind] ?? 14;
  if (field.kind === 'text') content = field.maxLength > 100 ? 30 : field.maxLength > 40 ? 20 : 14;
  if (field.kind === 'choice') content = Math.max(...field.options.map(displayWidth)) + 4;
  return Math.min(40, Math.max(header, content));
}

/** Number format of the column: dates shown as 2024-03-01, ID numbers and phones kept as text. */
export function numberFormat(field: FieldDef): string | undefined {
  if (field.kind === 'date') return DATE_FORMAT;
  if (field.kind === 'idNumber' || field.kind === 'phone') return TEXT_FORMAT;
  return undefined;
}

/** The options of the column's dropdown, or null when the column has none. */
export function dropdownOptions(field: FieldDef): readonly string[] | null {
  if (field.kind === 'choice') return field.options;
  if (field.kind === 'yesNo') return YES_NO;
  return null;
}

/** A list validation offering the options, refusing anything else with a Chinese message. */
export function dropdownValidation(options: readonly string[]): DataValidation {
  return {
    type: 'list',
    allowBlank: true,
    formulae: [`"${options.join(',')}"`],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: '请从下拉列表中选择',
    error: `可选：${options.join('、')}`,
  };
}

/**
 * A list validation over a range (a column of the hidden list sheet): it only warns, since the county's
 * list may have grown since the workbook was written, and the server checks the value anyway.
 */
export function choiceValidation(range: string, error: string): DataValidation {
  return {
    type: 'list',
    allowBlank: true,
    formulae: [range],
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: '请从下拉列表中选择',
    error,
  };
}
