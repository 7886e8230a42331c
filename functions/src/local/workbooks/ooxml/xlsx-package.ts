// An .xlsx package (a zip of XML parts) opened for small edits: parts by path, relationships, content types.
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import JSZip from 'jszip';
import { type LazyText, streamOf } from './utf8-chunks';
import { attributesOf, elements, escapeXml, firstElement, splice } from './xml-text';

export const REL = {
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  comments: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
  vmlDrawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing',
} as const;
export const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface Relationship {
  id: string;
  type: string;
  /** The target part's path in the zip (no leading slash), or the raw target of an external one. */
  path: string;
  external: boolean;
}

/** Thrown when a package holds something these edits do not handle; the caller then uses the full model. */
export class UnsupportedPackage extends Error {
  override name = 'UnsupportedPackage';
}

/** `xl/worksheets/_rels/sheet1.xml.rels` for `xl/worksheets/sheet1.xml`. */
export const relsPathOf = (part: string): string => {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
};

/** A relationship's target as a zip path: absolute (`/xl/…`) or relative to the source part's folder. */
function resolveTarget(sourcePart: string, target: string): string {
  const base = target.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const piece of target.replace(/^\//, '').split('/')) {
    if (piece === '..') base.pop();
    else if (piece !== '.' && piece !== '') base.push(piece);
  }
  return base.join('/');
}

export class XlsxPackage {
  private constructor(readonly zip: JSZip) {}

  static async open(bytes: Uint8Array): Promise<XlsxPackage> {
    return new XlsxPackage(await JSZip.loadAsync(bytes));
  }

  has(path: string): boolean {
    return this.zip.file(path) !== null;
  }

  async text(path: string): Promise<string> {
    const file = this.zip.file(path);
    if (!file) throw new UnsupportedPackage(`missing part ${path}`);
    return (await file.async('nodebuffer')).toString('utf8'); // Node's decoder: no extra copies of a big part
  }

  /** Sets a part; a lazy part is made while the package is written (see `write`). */
  put(path: string, content: string | LazyText): void {
    this.zip.file(path, typeof content === 'string' ? content : streamOf(content), {
      binary: typeof content !== 'string',
    });
  }

  /** A free part name: `xl/comments3.xml` when 1 and 2 are taken. */
  freePath(prefix: string, suffix: string): string {
    for (let n = 1; ; n++) if (!this.has(`${prefix}${n}${suffix}`)) return `${prefix}${n}${suffix}`;
  }

  async relationships(sourcePart: string): Promise<Relationship[]> {
    const path = sourcePart === '' ? '_rels/.rels' : relsPathOf(sourcePart);
    if (!this.has(path)) return [];
    const xml = await this.text(path);
    return [...elements(xml, 'Relationship')].map(({ startTag }) => {
      const a = attributesOf(startTag);
      const external = a.TargetMode === 'External';
      return {
        id: a.Id ?? '',
        type: a.Type ?? '',
        path: external ? (a.Target ?? '') : resolveTarget(sourcePart, a.Target ?? ''),
        external,
      };
    });
  }

  /** Adds relationships to a part's .rels (made when missing); returns their new ids, in order. */
  async addRelationships(sourcePart: string, added: { type: string; path: string }[]): Promise<string[]> {
    const path = relsPathOf(sourcePart);
    const xml = this.has(path)
      ? await this.text(path)
      : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
    const taken = new Set((await this.relationships(sourcePart)).map((r) => r.id));
    const ids: string[] = [];
    let n = 1;
    const tags = added.map(({ type, path: target }) => {
      while (taken.has(`rId${n}`)) n++;
      const id = `rId${n}`;
      taken.add(id);
      ids.push(id);
      return `<Relationship Id="${id}" Type="${type}" Target="/${escapeXml(target)}"/>`;
    });
    const root = firstElement(xml, 'Relationships');
    if (!root) throw new UnsupportedPackage(`no Relationships in ${path}`);
    const p = root.prefix;
    const text = tags.map((t) => t.replace('<Relationship ', `<${p}Relationship `)).join('');
    this.put(
      path,
      root.startTag.endsWith('/>')
        ? splice(xml, [
            {
              start: root.start,
              end: root.end,
              text: `${root.startTag.slice(0, -2)}>${text}</${p}Relationships>`,
            },
          ])
        : splice(xml, [{ start: root.contentEnd, end: root.contentEnd, text }]),
    );
    return ids;
  }

  /** Declares parts (`/xl/comments1.xml` → type) and extensions (`vml` → type) in [Content_Types].xml. */
  async addContentTypes(
    overrides: Record<string, string>,
    defaults: Record<string, string> = {},
  ): Promise<void> {
    const path = '[Content_Types].xml';
    const xml = await this.text(path);
    const have = new Set(
      [...elements(xml, 'Default')].map((e) => (attributesOf(e.startTag).Extension ?? '').toLowerCase()),
    );
    const root = firstElement(xml, 'Types');
    if (!root || root.startTag.endsWith('/>')) throw new UnsupportedPackage('no content types');
    const p = root.prefix;
    const text = [
      ...Object.entries(defaults)
        .filter(([ext]) => !have.has(ext))
        .map(([ext, type]) => `<${p}Default Extension="${ext}" ContentType="${type}"/>`),
      ...Object.entries(overrides).map(
        ([part, type]) => `<${p}Override PartName="/${escapeXml(part)}" ContentType="${type}"/>`,
      ),
    ].join('');
    this.put(path, splice(xml, [{ start: root.contentEnd, end: root.contentEnd, text }]));
  }

  /** Writes the package to `out`; parts never read or changed are copied as they were compressed. */
  async write(out: string): Promise<void> {
    const zip = this.zip.generateNodeStream({
      type: 'nodebuffer',
      compression: 'DEFLATE',
      compressionOptions: { level: 3 },
    });
    await pipeline(zip, createWriteStream(out));
  }
}
