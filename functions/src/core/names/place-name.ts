// County and township names become Firestore document ids and file names: what such a name may not hold.
import { isWellFormed } from './well-formed';

/** Control, format (zero-width, bidi overrides/isolates, BOM), line/paragraph separators, private use. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}]/u;
/** Path separators, and what Windows (Excel/WPS users) refuses in a file name. */
const PATH_CHARS = /[/\\<>:"|?*]/;

/**
 * Why a county or township name cannot be used, in Chinese without the column name; null when it can.
 * Refused: unpaired surrogates, control and bidi characters, path separators and other file-name
 * characters, names of dots only or starting with a dot, Firestore's reserved `__…__` form, and
 * leading/trailing spaces (a name is compared as typed).
 */
export function placeNameProblem(name: string): string | null {
  if (!isWellFormed(name)) return '含有无法识别的字符（不成对的代理项），请重新输入名称';
  if (INVISIBLE.test(name)) return '含有控制字符或不可见的方向控制符，请删除后重新输入名称';
  if (PATH_CHARS.test(name)) return '不能包含 / \\ < > : " | ? * 等符号';
  if (name.startsWith('.')) return '不能以 . 开头，也不能只由 . 组成';
  if (name.startsWith('__')) return '不能以 __ 开头（Firestore 保留的形式）';
  if (name !== name.trim()) return '首尾不能有空格';
  return null;
}

/** The name as a file-name part that cannot leave its folder, whatever it holds (defence in depth). */
export function fileNamePart(name: string): string {
  const safe = [...name]
    .map((c) => (INVISIBLE.test(c) || PATH_CHARS.test(c) || !isWellFormed(c) ? '_' : c))
    .join('')
    .replace(/^\.+/, (dots) => '_'.repeat(dots.length));
  return safe || '_';
}
