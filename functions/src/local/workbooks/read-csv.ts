// Reads a CSV file as Chinese Excel and WPS save it: UTF-8 with or without BOM, GBK/GB18030, UTF-16 text.
import { parse } from 'csv-parse/sync';
import type { PlainCell } from './plain-cell';
import type { SheetGrid } from './sheet-grid';

export type TextEncoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

/**
 * The encoding of a text file, found by its content: a BOM decides; otherwise text that is valid UTF-8 is
 * UTF-8, and anything else is read as GB18030 (a superset of GBK and GB2312, what “CSV” means to Chinese
 * Excel and WPS).
 */
export function detectEncoding(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

/** The separator most used on the first lines: comma, tab (Excel's “Unicode text”) or semicolon. */
function delimiterOf(text: string): string {
  const head = text.split(/\r?\n/, 5).join('\n');
  const count = (d: string) => head.split(d).length;
  return ['\t', ';'].reduce((best, d) => (count(d) > count(best) ? d : best), ',');
}

const cell = (text: string): PlainCell => (text.trim() === '' ? null : text);

/** The file's rows as a grid of text (every value stays text: ID numbers never become numbers). */
export function readCsv(bytes: Uint8Array): { grid: SheetGrid; encoding: TextEncoding } {
  const encoding = detectEncoding(bytes);
  const text = new TextDecoder(encoding).decode(bytes); // TextDecoder drops the BOM
  const records: string[][] = parse(text, {
    delimiter: delimiterOf(text),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  });
  return { grid: records.map((record) => record.map(cell)), encoding };
}
