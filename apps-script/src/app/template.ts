// The layout of a new ledger tab, derived from the one ledger definition: headers, notes, dropdowns, formats.
import {
  type AnyLedger,
  ROW_KEY_HEADER,
  ROW_REVISION_HEADER,
  SYNC_STATUS_HEADER,
} from '../../../functions/src/core/ledgers';

export interface TabTemplate {
  tab: string;
  /** 行键, 行版本, the fields in template order, 同步状态. */
  headers: string[];
  /** One note per header ('' for none): the field's hint. */
  headerNotes: string[];
  /** The first `hiddenColumns` columns (key and revision) are hidden and protected. */
  hiddenColumns: number;
  dropdowns: { column: number; options: readonly string[] }[];
  /** Columns shown as yyyy-mm-dd. */
  dateColumns: number[];
  /** Columns kept as plain text ('@'), so an ID number is never turned into a rounded number. */
  textColumns: number[];
}

export const YES_NO = ['是', '否'] as const;
export const DATE_FORMAT = 'yyyy-mm-dd';
export const TEXT_FORMAT = '@';

const SYSTEM_NOTES: Record<string, string> = {
  [ROW_KEY_HEADER]: '系统自动填写的行标识，请勿修改',
  [ROW_REVISION_HEADER]: '系统自动填写的修改次数，请勿修改',
  [SYNC_STATUS_HEADER]: '已同步 / 有错误 / 有提示 / 待同步：由系统填写；有错误时请看标红单元格的批注',
};

export function templateOf(ledger: AnyLedger): TabTemplate {
  const first = 3; // after 行键 and 行版本
  const fields = ledger.fields.map((f, i) => ({ field: f, column: first + i }));
  const headers = [
    ROW_KEY_HEADER,
    ROW_REVISION_HEADER,
    ...ledger.fields.map((f) => f.header),
    SYNC_STATUS_HEADER,
  ];
  return {
    tab: ledger.tab,
    headers,
    headerNotes: headers.map((h, i) => SYSTEM_NOTES[h] ?? ledger.fields[i - 2]?.hint ?? ''),
    hiddenColumns: 2,
    dropdowns: fields.flatMap(({ field, column }): TabTemplate['dropdowns'] =>
      field.kind === 'choice'
        ? [{ column, options: field.options }]
        : field.kind === 'yesNo'
          ? [{ column, options: YES_NO }]
          : [],
    ),
    dateColumns: fields.filter(({ field }) => field.kind === 'date').map(({ column }) => column),
    textColumns: fields.filter(({ field }) => field.kind === 'idNumber').map(({ column }) => column),
  };
}
