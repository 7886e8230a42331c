// The notes (批注) of a marked sheet: the comments part holding their text and the VML drawing Excel shows
// them with. A sheet's own notes are kept; a marked cell's note is replaced by the one naming its problems.

import type { LazyText } from '../../ooxml/utf8-chunks';
import { attributeOf, elements, escapeXml, firstElement, splice } from '../../ooxml/xml-text';
import { columnLetter } from '../../write-ledger-sheet';

export interface CellNote {
  row: number;
  column: number;
  text: string;
}

export const NOTE_AUTHOR = '双培双带';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const refOf = (n: CellNote) => `${columnLetter(n.column)}${n.row}`;

const commentOf = (p: string, note: CellNote, author: number) =>
  `<${p}comment ref="${refOf(note)}" authorId="${author}"><${p}text><${p}t xml:space="preserve">${escapeXml(note.text)}</${p}t></${p}text></${p}comment>`;

/** The comments part: the sheet's own (`existing`) without the marked cells' old notes, plus the new notes. */
export function commentsXml(existing: string | null, notes: readonly CellNote[]): LazyText {
  const list = existing ? firstElement(existing, 'commentList') : undefined;
  const authors = existing ? firstElement(existing, 'authors') : undefined;
  if (!existing || !list || !authors) {
    return function* () {
      yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN_NS}">`;
      yield `<authors><author>${NOTE_AUTHOR}</author></authors><commentList>`;
      for (const note of notes) yield commentOf('', note, 0);
      yield '</commentList></comments>';
    };
  }
  const marked = new Set(notes.map(refOf));
  const p = list.prefix;
  const author = [...elements(existing, 'author', authors.contentStart, authors.contentEnd)].length;
  const edits = [
    { start: authors.contentEnd, end: authors.contentEnd, text: `<${p}author>${NOTE_AUTHOR}</${p}author>` },
  ];
  for (const comment of elements(existing, 'comment', list.contentStart, list.contentEnd))
    if (marked.has(attributeOf(comment.startTag, 'ref') ?? ''))
      edits.push({ start: comment.start, end: comment.end, text: '' });
  const empty = list.startTag.endsWith('/>');
  const at = empty ? list.start : list.contentEnd;
  edits.sort((a, b) => a.start - b.start);
  const before = splice(existing.slice(0, at), edits);
  const after = existing.slice(empty ? list.end : at);
  return function* () {
    yield before;
    if (empty) yield `<${p}commentList>`;
    for (const note of notes) yield commentOf(p, note, author);
    if (empty) yield `</${p}commentList>`;
    yield after;
  };
}

const SHAPE_TYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

const shapeOf = (note: CellNote, id: number) => {
  const r = note.row - 1;
  const c = note.column - 1;
  return `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:200pt;height:60pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${c + 1}, 15, ${r}, 2, ${c + 4}, 15, ${r + 4}, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${r}</x:Row><x:Column>${c}</x:Column></x:ClientData></v:shape>`;
};

/** Excel numbers shapes in blocks of 1,024 (`o:idmap data="1,2"`): the blocks that ids from..to fall in. */
const blocks = (from: number, to: number) => {
  const out: number[] = [];
  for (let b = Math.floor(from / 1024); b <= Math.floor(to / 1024); b++) out.push(b);
  return out;
};

/**
 * The VML drawing: the sheet's own shapes (`existing`) without the marked cells' old note shapes, plus one
 * hidden note shape per new note. `firstBlock` keeps new drawings' shape ids apart across sheets.
 */
export function notesVml(existing: string | null, notes: readonly CellNote[], firstBlock: number): LazyText {
  const marked = new Set(notes.map((n) => `${n.row - 1}|${n.column - 1}`));
  let text = existing ?? '';
  let firstId = firstBlock * 1024 + 1;
  if (existing) {
    let maxId = 0;
    text = existing.replace(/<v:shape\b[\s\S]*?<\/v:shape>/g, (shape) => {
      const row = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(shape)?.[1];
      const col = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(shape)?.[1];
      if (/ObjectType="Note"/.test(shape) && marked.has(`${row}|${col}`)) return '';
      const id = Number(/\sid="_x0000_s(\d+)"/.exec(shape)?.[1] ?? 0);
      maxId = Math.max(maxId, id);
      return shape;
    });
    firstId = Math.max(firstId, maxId + 1);
  }
  const lastId = firstId + Math.max(notes.length - 1, 0);
  function* shapes() {
    for (const [i, n] of notes.entries()) yield shapeOf(n, firstId + i);
  }
  if (!existing || !text.includes('</xml>')) {
    const idmap = blocks(firstId, lastId).join(',');
    const head = `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${idmap}"/></o:shapelayout>${SHAPE_TYPE}`;
    return function* () {
      yield head;
      yield* shapes();
      yield '</xml>';
    };
  }
  text = text.replace(
    /(<o:idmap\b[^>]*\sdata=")([^"]*)(")/,
    (_all, head: string, data: string, tail: string) => {
      const have = data
        .split(',')
        .map((d) => d.trim())
        .filter(Boolean);
      const more = blocks(firstId, lastId)
        .map(String)
        .filter((b) => !have.includes(b));
      return `${head}${[...have, ...more].join(',')}${tail}`;
    },
  );
  const type = text.includes('id="_x0000_t202"') ? '' : SHAPE_TYPE;
  const close = text.lastIndexOf('</xml>');
  const before = text.slice(0, close) + type;
  const after = text.slice(close);
  return function* () {
    yield before;
    yield* shapes();
    yield after;
  };
}
