// Marks cells in a worksheet's XML: the marked cells' style index (`s`) changed to a filled copy of their own
// style, empty marked cells added in column order, and the notes' drawing linked. Everything else is copied
// unchanged, so the clerk's values, formats, merges and settings stay exactly as they were.
import type { Severity } from '../../../../core/validation';
import type { LazyText } from '../../ooxml/utf8-chunks';
import { UnsupportedPackage } from '../../ooxml/xlsx-package';
import { attributeOf, attributesOf, elements, firstElement } from '../../ooxml/xml-text';
import { columnLetter } from '../../write-ledger-sheet';

/** Row → its marked cells: [column (1-based), how it is marked], one entry per column. */
export type SheetMarks = Map<number, [number, Severity][]>;
export type StyleFor = (base: number, severity: Severity) => number;

export const columnNumber = (letters: string): number =>
  [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

const cellColumn = (ref: string | undefined): number | null => {
  const m = ref ? /^\$?([A-Za-z]+)/.exec(ref) : null;
  return m ? columnNumber(m[1]!) : null;
};

/** Elements that follow legacyDrawing among a worksheet's children (ECMA-376 order). */
const AFTER_LEGACY_DRAWING = new Set([
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
  'AlternateContent',
]);

/** Offset of the first direct child of the worksheet after `from` that must follow legacyDrawing. */
function legacyDrawingSlot(xml: string, from: number): number {
  const tags = /<(\/?)(?:[\w.-]+:)?([\w.-]+)[^>]*?(\/?)>/g;
  tags.lastIndex = from;
  let depth = 0;
  for (let m = tags.exec(xml); m; m = tags.exec(xml)) {
    if (m[0].startsWith('<?') || m[0].startsWith('<!')) continue;
    if (m[1]) {
      if (depth === 0) return m.index; // </worksheet>
      depth--;
      continue;
    }
    if (depth === 0 && AFTER_LEGACY_DRAWING.has(m[2]!)) return m.index;
    if (!m[3]) depth++;
  }
  throw new UnsupportedPackage('worksheet not closed');
}

function columnStyles(xml: string, before: number): (column: number) => number {
  const cols = firstElement(xml, 'cols');
  if (!cols || cols.start > before) return () => 0;
  const ranges = [...elements(xml, 'col', cols.contentStart, cols.contentEnd)].map(({ startTag }) => {
    const a = attributesOf(startTag);
    return { min: Number(a.min), max: Number(a.max), style: Number(a.style ?? 0) };
  });
  return (column) => ranges.find((r) => r.min <= column && column <= r.max)?.style ?? 0;
}

/**
 * The worksheet XML with the marks applied; `drawingTag` (`<legacyDrawing r:id="rId3"/>`) is put in its
 * place among the worksheet's children when given.
 */
export function markSheetXml(
  xml: string,
  marks: SheetMarks,
  styleFor: StyleFor,
  drawingTag: string | null,
): LazyText {
  const sheetData = firstElement(xml, 'sheetData');
  if (!sheetData) throw new UnsupportedPackage('no sheetData');
  const region = xml.slice(sheetData.contentStart, sheetData.contentEnd);
  if (region.includes('<![CDATA[') || region.includes('<!--')) throw new UnsupportedPackage('CDATA in cells');
  const p = sheetData.prefix;
  const colStyle = columnStyles(xml, sheetData.start);
  const rows = [...marks.keys()].sort((a, b) => a - b);
  // Edits are found now (so the styles they need exist before styles.xml is written), applied when read.
  const edits: { at: number; text: string; skipTo: number }[] = [];
  const emit = (at: number, text: string, skipTo = at) => {
    edits.push({ at, text, skipTo });
  };
  let next = 0;
  let pending: [number, Severity][] = [];
  let rowNumber = 0;
  let rowStyle: number | null = null;
  let column = 0;
  const blankCell = (row: number, col: number, severity: Severity, base: number) =>
    `<${p}c r="${columnLetter(col)}${row}" s="${styleFor(base, severity)}"/>`;
  const cellsOf = (row: number, marked: [number, Severity][], style: number | null) =>
    marked.map(([col, sev]) => blankCell(row, col, sev, style ?? colStyle(col))).join('');
  const sortedMarks = (row: number) => [...marks.get(row)!].sort((a, b) => a[0] - b[0]);
  const rowsBefore = (row: number) => {
    let text = '';
    while (next < rows.length && rows[next]! < row) {
      const r = rows[next++]!;
      text += `<${p}row r="${r}">${cellsOf(r, sortedMarks(r), null)}</${p}row>`;
    }
    return text;
  };
  const tags = /<(\/?)(?:[\w.-]+:)?(row|c)(?=[\s/>])[^>]*>/g;
  tags.lastIndex = sheetData.contentStart;
  for (let m = tags.exec(xml); m && m.index < sheetData.contentEnd; m = tags.exec(xml)) {
    const tag = m[0];
    const end = m.index + tag.length;
    if (m[2] === 'row') {
      if (m[1]) {
        if (pending.length) emit(m.index, cellsOf(rowNumber, pending, rowStyle));
        pending = [];
        continue;
      }
      rowNumber = Number(attributeOf(tag, 'r') ?? rowNumber + 1);
      column = 0;
      const custom = attributeOf(tag, 'customFormat');
      rowStyle = custom === '1' || custom === 'true' ? Number(attributeOf(tag, 's') ?? 0) : null;
      const before = rowsBefore(rowNumber);
      if (before) emit(m.index, before);
      pending = rows[next] === rowNumber ? sortedMarks(rows[next++]!) : [];
      if (pending.length && tag.endsWith('/>')) {
        emit(m.index, `${tag.slice(0, -2)}>${cellsOf(rowNumber, pending, rowStyle)}</${p}row>`, end);
        pending = [];
      }
      continue;
    }
    if (m[1]) continue;
    column = cellColumn(attributeOf(tag, 'r')) ?? column + 1;
    if (!pending.length) continue;
    let k = 0;
    while (k < pending.length && pending[k]![0] < column) k++;
    if (k) emit(m.index, cellsOf(rowNumber, pending.slice(0, k), rowStyle));
    pending = pending.slice(k);
    if (pending[0]?.[0] === column) {
      const base = Number(attributeOf(tag, 's') ?? 0);
      const styled = tag.replace(/\ss\s*=\s*("[^"]*"|'[^']*')/, '');
      const s = styleFor(base, pending[0]![1]);
      const close = styled.endsWith('/>') ? 2 : 1;
      emit(m.index, `${styled.slice(0, -close)} s="${s}"${styled.slice(-close)}`, end);
      pending = pending.slice(1);
    }
  }
  const rest = rowsBefore(Number.POSITIVE_INFINITY);
  if (rest && sheetData.startTag.endsWith('/>'))
    emit(sheetData.start, `${sheetData.startTag.slice(0, -2)}>${rest}</${p}sheetData>`, sheetData.end);
  else if (rest) emit(sheetData.contentEnd, rest);
  if (drawingTag) emit(legacyDrawingSlot(xml, sheetData.end), drawingTag);
  // The sheet's text and the edits are let go once written, before the notes and the list are made.
  let source: { text: string; edits: typeof edits } | null = { text: xml, edits };
  return function* () {
    if (!source) return;
    const { text, edits: found } = source;
    source = null;
    let at = 0;
    for (const edit of found) {
      yield text.slice(at, edit.at);
      yield edit.text;
      at = edit.skipTo;
    }
    yield text.slice(at);
  };
}
