// Marks an .xlsx by editing its package: only the marked sheets' cells, their notes, styles.xml, the workbook's
// sheet list and a new 问题清单 part change; every other part is copied as it was compressed. At 50,000 rows
// this takes seconds and little memory, where loading the whole workbook into a model takes gigabytes.
import { Readable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Severity } from '../../../../core/validation';
import { byteChunks, type LazyText } from '../../ooxml/utf8-chunks';
import { appendSheet, readWorkbookPart, relationshipsPrefix } from '../../ooxml/workbook-part';
import { REL, RELATIONSHIPS_NS, UnsupportedPackage, type XlsxPackage } from '../../ooxml/xlsx-package';
import { firstElement } from '../../ooxml/xml-text';
import type { PlacedProblem } from '../placed-problem';
import { PROBLEM_LIST_SHEET } from '../problem-list-sheet';
import { type CellNote, commentsXml, notesVml } from './cell-notes';
import { markSheetXml, type SheetMarks } from './mark-sheet-xml';
import { MarkedStyles } from './marked-styles';
import { problemListXml } from './problem-list-xml';

const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml';
const VML_TYPE = 'application/vnd.openxmlformats-officedocument.vmlDrawing';

/** The problems of one sheet by cell (`row|column`), in the order they were found. */
function byCell(problems: readonly PlacedProblem[]): Map<string, Map<string, PlacedProblem[]>> {
  const sheets = new Map<string, Map<string, PlacedProblem[]>>();
  for (const p of problems) {
    if (p.row === null || p.column === null) continue;
    const cells = sheets.get(p.sheetName) ?? new Map<string, PlacedProblem[]>();
    sheets.set(p.sheetName, cells);
    const key = `${p.row}|${p.column}`;
    const list = cells.get(key);
    if (list) list.push(p);
    else cells.set(key, [p]);
  }
  return sheets;
}

const noteText = (list: readonly PlacedProblem[]) =>
  list.map((p) => `${p.severity === 'error' ? '错误' : '提示'}：${p.message}`).join('\n');

interface Marking {
  marks: SheetMarks;
  notes: CellNote[];
}

function markingOf(cells: Map<string, PlacedProblem[]>): Marking {
  const marks: SheetMarks = new Map();
  const notes: CellNote[] = [];
  for (const list of cells.values()) {
    const { row, column } = list[0]! as { row: number; column: number };
    const severity: Severity = list.some((p) => p.severity === 'error') ? 'error' : 'warning';
    const rowMarks = marks.get(row);
    if (rowMarks) rowMarks.push([column, severity]);
    else marks.set(row, [[column, severity]]);
    notes.push({ row, column, text: noteText(list) });
  }
  return { marks, notes };
}

/**
 * A full collection before the sheet's text is read: what the caller let go (a 50,000-row sheet's parsed
 * rows, over 100 MB) is freed, not left for V8 to collect after the heap has grown further. One call, about
 * a tenth of a second at 50,000 rows; the process's heap, not its behaviour, is what changes.
 */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/**
 * A part's bytes read one character per byte (Latin-1), not decoded from UTF-8: a sheet of Chinese text is
 * then a one-byte string as long as its bytes, not a two-byte one (half the memory at 50,000 rows). Its tags
 * and attributes, all ASCII, read the same; the text between them is carried through as bytes.
 */
async function latin1Text(pkg: XlsxPackage, path: string): Promise<string> {
  const file = pkg.zip.file(path);
  if (!file) throw new UnsupportedPackage(`missing part ${path}`);
  // Inflated into one buffer of the size the zip gives, not into pieces joined at the end (twice the bytes).
  const size = (file as unknown as { _data?: { uncompressedSize?: unknown } })._data?.uncompressedSize;
  if (typeof size !== 'number' || size < 0) return (await file.async('nodebuffer')).toString('latin1');
  const bytes = Buffer.allocUnsafe(size);
  let at = 0;
  const stream = (file as unknown as { internalStream(type: 'nodebuffer'): ChunkStream }).internalStream(
    'nodebuffer',
  );
  await new Promise<void>((done, fail) => {
    stream
      .on('data', (chunk: Buffer) => {
        if (at + chunk.length > size) fail(new UnsupportedPackage(`part ${path} longer than its zip entry`));
        else at += chunk.copy(bytes, at);
      })
      .on('error', fail)
      .on('end', () => done())
      .resume();
  });
  return bytes.toString('latin1', 0, at);
}

/** jszip's own stream of a part's inflated bytes (what `async` gathers). */
interface ChunkStream {
  on(event: 'data', fn: (chunk: Buffer) => void): ChunkStream;
  on(event: 'error', fn: (error: unknown) => void): ChunkStream;
  on(event: 'end', fn: () => void): ChunkStream;
  resume(): ChunkStream;
}

/** Sets a part made from `latin1Text` and ASCII edits, byte for byte, as it is written (see `XlsxPackage.put`). */
function putLatin1(pkg: XlsxPackage, path: string, text: LazyText): void {
  const chunks = { [Symbol.iterator]: () => byteChunks(text(), 'latin1') };
  pkg.zip.file(path, Readable.from(chunks), { binary: true });
}

/** Marks one worksheet part and writes its notes; returns the first free VML id block after it. */
async function markSheet(
  pkg: XlsxPackage,
  path: string,
  { marks, notes }: Marking,
  styles: MarkedStyles,
  block: number,
): Promise<number> {
  collectGarbage();
  const xml = await latin1Text(pkg, path);
  const rels = await pkg.relationships(path);
  const comments = rels.find((r) => r.type === REL.comments && !r.external);
  const vml = rels.find((r) => r.type === REL.vmlDrawing && !r.external);
  const hasDrawing = /<(?:[\w.-]+:)?legacyDrawing[\s/>]/.test(xml);
  if (hasDrawing !== Boolean(vml)) throw new UnsupportedPackage('legacy drawing without its part');
  const commentsPath = comments?.path ?? pkg.freePath('xl/comments', '.xml');
  pkg.put(commentsPath, commentsXml(comments ? await pkg.text(commentsPath) : null, notes));
  const vmlPath = vml?.path ?? pkg.freePath('xl/drawings/vmlDrawing', '.vml');
  pkg.put(vmlPath, notesVml(vml ? await pkg.text(vmlPath) : null, notes, block));
  const added = [
    ...(comments ? [] : [{ type: REL.comments, path: commentsPath }]),
    ...(vml ? [] : [{ type: REL.vmlDrawing, path: vmlPath }]),
  ];
  const ids = added.length ? await pkg.addRelationships(path, added) : [];
  let drawingTag: string | null = null;
  if (!vml) {
    const root = firstElement(xml, 'worksheet');
    if (!root) throw new UnsupportedPackage('no worksheet');
    const prefix = relationshipsPrefix(root.startTag);
    const id = ids[ids.length - 1]!;
    const attribute = prefix ? `${prefix}:id="${id}"` : `xmlns:r="${RELATIONSHIPS_NS}" r:id="${id}"`;
    drawingTag = `<${root.prefix}legacyDrawing ${attribute}/>`;
  }
  if (!comments) await pkg.addContentTypes({ [commentsPath]: COMMENTS_TYPE }, { vml: VML_TYPE });
  putLatin1(
    pkg,
    path,
    markSheetXml(xml, marks, (base, severity) => styles.markedStyle(base, severity), drawingTag),
  );
  return block + Math.ceil((notes.length + 1) / 1024) + 1;
}

/** Marks the problems into the package; returns how many cells were marked. */
export async function annotateXlsx(pkg: XlsxPackage, problems: readonly PlacedProblem[]): Promise<number> {
  const workbook = await readWorkbookPart(pkg);
  if (workbook.sheets.some((s) => s.name === PROBLEM_LIST_SHEET))
    throw new UnsupportedPackage('already marked');
  const styles = await MarkedStyles.open(pkg, workbook.stylesPath);
  let markedCells = 0;
  let block = 1;
  for (const [sheetName, cells] of byCell(problems)) {
    const sheet = workbook.sheets.find((s) => s.name === sheetName);
    if (!sheet?.path) continue;
    block = await markSheet(pkg, sheet.path, markingOf(cells), styles, block);
    markedCells += cells.size;
  }
  const list = problemListXml(problems, styles.listStyles());
  pkg.put(workbook.stylesPath!, styles.text());
  await appendSheet(pkg, workbook, PROBLEM_LIST_SHEET, list);
  return markedCells;
}
