// Valid, distinct 农民党员 rows in template column order, as many as a paste needs.
import { composeIdNumber } from '../../../functions/src/core/id-number';
import { membersLedger } from '../../../functions/src/core/ledgers';
import { memberRow } from '../../fixtures/ledger-rows';

export const MEMBER_HEADERS = membersLedger.fields.map((f) => f.header);

const SURNAMES = '王李张刘陈杨赵黄周吴';
const GIVEN = '建国春生德明秀英志强海燕玉兰金花长江红梅';

/** A distinct two- or three-character name for every n below 4,000. */
const nameOf = (n: number) =>
  SURNAMES[n % 10]! + GIVEN[Math.floor(n / 10) % 20]! + (n >= 200 ? GIVEN[Math.floor(n / 200) % 20]! : '');

/** A member row by header (the fixture member, renamed); `n` makes the name and ID number (the person) distinct. */
export function memberCells(n: number): Record<string, string> & { 身份证号: string } {
  const year = 1950 + Math.floor(n / 500);
  const idNumber = composeIdNumber('430521', `${year}-03-12`, (n % 500) * 2 + 1);
  return { ...memberRow, 姓名: nameOf(n), 身份证号: idNumber, 村级职务: '无', 带动农户数: String(n % 50) };
}

/** The cells of a member row in the order the template lays them out (from column C). */
export const memberLine = (cells: Readonly<Record<string, unknown>>): unknown[] =>
  MEMBER_HEADERS.map((h) => cells[h] ?? '');

export const memberLines = (from: number, count: number): unknown[][] =>
  Array.from({ length: count }, (_, i) => memberLine(memberCells(from + i)));
