// Reads an .xlsx's worksheets into plain grids straight from their XML: one pass over each sheet, no cell
// objects, so a 50,000-row sheet is read in a fraction of SheetJS's time and memory. Cells read as SheetJS
// gives them to `read-legacy-sheets` (the same formulas, error codes, dates and merges); a package holding
// what this reader does not handle (shared formulas, ISO date cells…) returns null and is read by SheetJS.
import * as XLSX from '@e965/xlsx';
import { formulaCell } from '../formula-cell';
import type { NamedGrid } from '../match-sheets';
import type { PlainCell } from '../plain-cell';
import type { SheetGrid } from '../sheet-grid';
import { readWorkbookPart } from './workbook-part';
import { UnsupportedPackage, XlsxPackage } from './xlsx-package';
import { attributeOf, elements, firstElement, unescapeXml } from './xml-text';

const SHARED_STRINGS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings';
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const columnIndex = (ref: string) => {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i) & ~32;
    if (code < 65 || code > 90) break;
    n = n * 26 + code - 64;
  }
  return n - 1;
};

/** Text of rich or plain string XML (`<t>`, runs), without phonetic runs, `_x000D_` escapes decoded. */
function textOf(xml: string): string {
  const plain = xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '');
  let out = '';
  for (const m of plain.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g))
    out += m[1] ?? '';
  return unescapeXml(out).replace(/_x([\da-fA-F]{4})_/g, (_m, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}

async function sharedStrings(pkg: XlsxPackage, workbookPath: string): Promise<string[]> {
  const rel = (await pkg.relationships(workbookPath)).find((r) => r.type === SHARED_STRINGS);
  if (!rel || !pkg.has(rel.path)) return [];
  const xml = await pkg.text(rel.path);
  return [...elements(xml, 'si')].map((si) => textOf(xml.slice(si.contentStart, si.contentEnd)));
}

/** Whether each cell style (`s`) shows a date, by its number format. */
async function dateStyles(pkg: XlsxPackage, stylesPath: string | null): Promise<boolean[]> {
  if (!stylesPath || !pkg.has(stylesPath)) return [];
  const xml = await pkg.text(stylesPath);
  const formats: Record<number, string> = { ...XLSX.SSF.get_table() };
  for (const f of elements(xml, 'numFmt'))
    formats[Number(attributeOf(f.startTag, 'numFmtId'))] = attributeOf(f.startTag, 'formatCode') ?? '';
  const xfs = firstElement(xml, 'cellXfs');
  if (!xfs) return [];
  return [...elements(xml, 'xf', xfs.contentStart, xfs.contentEnd)].map((xf) => {
    const format = formats[Number(attributeOf(xf.startTag, 'numFmtId') ?? 0)];
    return format !== undefined && XLSX.SSF.is_date(format);
  });
}

interface Context {
  strings: string[];
  dates: boolean[];
}

const elementPatterns = (name: string) => ({
  full: new RegExp(`<(?:\\w+:)?${name}(?:\\s[^>]*)?(?:\\/>|>([\\s\\S]*?)<\\/(?:\\w+:)?${name}>)`),
});
const PATTERNS = { v: elementPatterns('v'), f: elementPatterns('f'), is: elementPatterns('is') };

/** The text inside a cell's `<v>`, `<f>` or `<is>` ('' when empty), or undefined when it has none. */
function inner(content: string, name: keyof typeof PATTERNS): string | undefined {
  const m = PATTERNS[name].full.exec(content);
  return m ? (m[1] ?? '') : undefined;
}

function cellOf(tag: string, content: string, context: Context): PlainCell {
  const type = attributeOf(tag, 't') ?? 'n';
  const value = content ? inner(content, 'v') : undefined;
  if (type === 'e') return value === undefined ? null : unescapeXml(value);
  const formula = content ? inner(content, 'f') : undefined;
  if (formula !== undefined) {
    if (formula === '') throw new UnsupportedPackage('shared formula');
    return formulaCell(unescapeXml(formula));
  }
  let text: string;
  if (type === 's') text = value === undefined ? '' : (context.strings[Number(value)] ?? '');
  else if (type === 'inlineStr') text = textOf(inner(content, 'is') ?? '');
  else if (type === 'str') text = unescapeXml(value ?? '');
  else if (type === 'b') return value === undefined ? null : value === '1' || value === 'true';
  else if (type === 'n') {
    if (value === undefined || value === '') return null;
    const number = Number(value);
    if (!Number.isFinite(number)) return null;
    if (!context.dates[Number(attributeOf(tag, 's') ?? 0)]) return number;
    const date = XLSX.SSF.parse_date_code(number);
    return date ? `${pad(date.y, 4)}-${pad(date.m)}-${pad(date.d)}` : null;
  } else throw new UnsupportedPackage(`cell type ${type}`);
  return text.trim() === '' ? null : text;
}

/** Merged cells read as their master's value, as `read-legacy-sheets` fills them. */
function fillMerges(xml: string, from: number, grid: SheetGrid): void {
  for (const merge of elements(xml, 'mergeCell', from)) {
    const ref = attributeOf(merge.startTag, 'ref');
    if (!ref) continue;
    const range = XLSX.utils.decode_range(ref);
    const master = grid[range.s.r]?.[range.s.c] ?? null;
    for (let r = range.s.r; r <= range.e.r; r++)
      for (let c = range.s.c; c <= range.e.c; c++) {
        const row = grid[r] ?? [];
        grid[r] = row;
        while (row.length < c) row.push(null);
        row[c] = master;
      }
  }
}

function gridOf(xml: string, context: Context): SheetGrid {
  const sheetData = firstElement(xml, 'sheetData');
  if (!sheetData) return [];
  if (xml.includes('<![CDATA[', sheetData.contentStart)) throw new UnsupportedPackage('CDATA');
  const grid: SheetGrid = [];
  let row: PlainCell[] = [];
  let rowIndex = -1;
  let column = -1;
  const tags = /<(\/?)((?:[\w.-]+:)?)(row|c)(?=[\s/>])[^>]*>/g;
  tags.lastIndex = sheetData.contentStart;
  for (let m = tags.exec(xml); m && m.index < sheetData.contentEnd; m = tags.exec(xml)) {
    const tag = m[0];
    if (m[1]) continue;
    if (m[3] === 'row') {
      rowIndex = Number(attributeOf(tag, 'r') ?? rowIndex + 2) - 1;
      row = [];
      grid[rowIndex] = row;
      column = -1;
      continue;
    }
    const ref = attributeOf(tag, 'r');
    column = ref ? columnIndex(ref) : column + 1;
    let content = '';
    if (!tag.endsWith('/>')) {
      const close = `</${m[2]}c>`;
      const end = xml.indexOf(close, tags.lastIndex);
      if (end < 0) throw new UnsupportedPackage('cell not closed');
      content = xml.slice(tags.lastIndex, end);
      tags.lastIndex = end + close.length;
    }
    const cell = cellOf(tag, content, context);
    if (cell === null) continue;
    while (row.length < column) row.push(null);
    row[column] = cell;
  }
  fillMerges(xml, sheetData.end, grid);
  for (let i = 0; i < grid.length; i++) grid[i] ??= [];
  return grid;
}

/** Every worksheet of the .xlsx in order (a chart sheet as an empty grid), or null to read it with SheetJS. */
export async function readXlsxSheets(bytes: Uint8Array): Promise<NamedGrid[] | null> {
  try {
    const pkg = await XlsxPackage.open(bytes);
    const workbook = await readWorkbookPart(pkg);
    const context = {
      strings: await sharedStrings(pkg, workbook.path),
      dates: await dateStyles(pkg, workbook.stylesPath),
    };
    const sheets: NamedGrid[] = [];
    for (const sheet of workbook.sheets) {
      const grid = sheet.path && pkg.has(sheet.path) ? gridOf(await pkg.text(sheet.path), context) : [];
      sheets.push({ name: sheet.name, grid });
    }
    return sheets;
  } catch {
    return null; // SheetJS reads it, or says why it cannot
  }
}
