// The workbook part of an .xlsx: where it is, its sheets (name → part) and adding a sheet at the end.
import type { LazyText } from './utf8-chunks';
import { REL, RELATIONSHIPS_NS, UnsupportedPackage, type XlsxPackage } from './xlsx-package';
import { attributeOf, attributesOf, elements, escapeXml, firstElement, splice } from './xml-text';

export interface SheetPart {
  name: string;
  path: string;
}

export interface WorkbookPart {
  path: string;
  sheets: SheetPart[];
  /** The styles part, when the workbook has one. */
  stylesPath: string | null;
}

/** The prefix bound to the relationships namespace on a root tag (`r`), or null. */
export function relationshipsPrefix(rootTag: string): string | null {
  for (const [name, value] of Object.entries(attributesOf(rootTag)))
    if (value === RELATIONSHIPS_NS && name.startsWith('xmlns:')) return name.slice(6);
  return null;
}

export async function readWorkbookPart(pkg: XlsxPackage): Promise<WorkbookPart> {
  const main = (await pkg.relationships('')).find((r) => r.type === REL.officeDocument);
  if (!main) throw new UnsupportedPackage('no workbook part');
  const rels = await pkg.relationships(main.path);
  const xml = await pkg.text(main.path);
  const sheets = [...elements(xml, 'sheet')].map(({ startTag }) => {
    const attributes = attributesOf(startTag);
    const idName = Object.keys(attributes).find((n) => n === 'r:id' || n.endsWith(':id'));
    const rel = rels.find((r) => r.id === attributes[idName ?? '']);
    if (!rel || rel.type !== REL.worksheet) return { name: attributes.name ?? '', path: '' };
    return { name: attributes.name ?? '', path: rel.path };
  });
  const styles = rels.find((r) => r.type === REL.styles);
  return { path: main.path, sheets, stylesPath: styles?.path ?? null };
}

/** Adds a worksheet part as the last sheet of the workbook, named `name`. */
export async function appendSheet(pkg: XlsxPackage, workbook: WorkbookPart, name: string, xml: LazyText) {
  const path = pkg.freePath('xl/worksheets/sheet', '.xml');
  pkg.put(path, xml);
  const [id] = await pkg.addRelationships(workbook.path, [{ type: REL.worksheet, path }]);
  const text = await pkg.text(workbook.path);
  const root = firstElement(text, 'workbook');
  const list = firstElement(text, 'sheets');
  if (!root || !list || list.startTag.endsWith('/>')) throw new UnsupportedPackage('no sheets');
  const ids = [...elements(text, 'sheet', list.contentStart, list.contentEnd)].map((e) =>
    Number(attributeOf(e.startTag, 'sheetId') ?? 0),
  );
  const prefix = relationshipsPrefix(root.startTag);
  const idAttribute = prefix ? `${prefix}:id="${id}"` : `xmlns:r="${RELATIONSHIPS_NS}" r:id="${id}"`;
  const tag = `<${list.prefix}sheet name="${escapeXml(name)}" sheetId="${Math.max(0, ...ids) + 1}" ${idAttribute}/>`;
  pkg.put(workbook.path, splice(text, [{ start: list.contentEnd, end: list.contentEnd, text: tag }]));
  await pkg.addContentTypes({
    [path]: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  });
}
