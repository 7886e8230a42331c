// Adds chart parts to a saved .xlsx (exceljs has no chart API): chart, drawing, relationships, content types.
import JSZip from 'jszip';
import { RELATIONSHIP_TYPES, type Relationship, relationshipsXml, relationshipXml } from './drawing-xml';
import { escapeXml } from './xml';

export interface SheetChart {
  readonly sheetName: string;
  readonly chartXml: string;
  /** The drawing part; it must reach the chart through relationship `rId1`. */
  readonly drawingXml: string;
}

const CONTENT_TYPES = {
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
} as const;

/** Elements a worksheet may hold after <drawing>, in schema order; <drawing> goes before the first present. */
const AFTER_DRAWING =
  /<(legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/;

const attributes = (tag: string): Map<string, string> =>
  new Map([...tag.matchAll(/([\w:]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));

async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`xlsx part missing: ${path}`);
  return file.async('string');
}

/** Path of the worksheet part of the tab named `sheetName`, e.g. `xl/worksheets/sheet1.xml`. */
async function worksheetPath(zip: JSZip, sheetName: string): Promise<string> {
  const workbook = await text(zip, 'xl/workbook.xml');
  const rels = await text(zip, 'xl/_rels/workbook.xml.rels');
  const sheet = [...workbook.matchAll(/<sheet\b[^>]*>/g)]
    .map((m) => attributes(m[0]))
    .find((a) => a.get('name') === escapeXml(sheetName));
  const relId = sheet?.get('r:id');
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)]
    .map((m) => attributes(m[0]))
    .find((a) => a.get('Id') === relId);
  const target = rel?.get('Target');
  if (!target) throw new Error(`xlsx has no worksheet named ${sheetName}`);
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/** Adds a relationship to a part's .rels (creating it) and returns the new relationship id. */
async function addRelationship(zip: JSZip, relsPath: string, type: string, target: string): Promise<string> {
  const existing = zip.file(relsPath) ? await text(zip, relsPath) : relationshipsXml([]);
  const taken = new Set([...existing.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]));
  let n = 1;
  while (taken.has(`rId${n}`)) n++;
  const rel: Relationship = { id: `rId${n}`, type, target };
  zip.file(relsPath, existing.replace('</Relationships>', `${relationshipXml(rel)}</Relationships>`));
  return rel.id;
}

function insertDrawing(worksheetXml: string, relId: string): string {
  const element = `<drawing r:id="${relId}"/>`;
  const at = worksheetXml.search(AFTER_DRAWING);
  const index = at >= 0 ? at : worksheetXml.lastIndexOf('</worksheet>');
  return worksheetXml.slice(0, index) + element + worksheetXml.slice(index);
}

async function addChart(zip: JSZip, chart: SheetChart, n: number): Promise<string[]> {
  const sheetPath = await worksheetPath(zip, chart.sheetName);
  const [dir, file] = [
    sheetPath.slice(0, sheetPath.lastIndexOf('/')),
    sheetPath.slice(sheetPath.lastIndexOf('/') + 1),
  ];
  zip.file(`xl/charts/chart${n}.xml`, chart.chartXml);
  zip.file(`xl/drawings/drawing${n}.xml`, chart.drawingXml);
  zip.file(
    `xl/drawings/_rels/drawing${n}.xml.rels`,
    relationshipsXml([{ id: 'rId1', type: RELATIONSHIP_TYPES.chart, target: `../charts/chart${n}.xml` }]),
  );
  const relId = await addRelationship(
    zip,
    `${dir}/_rels/${file}.rels`,
    RELATIONSHIP_TYPES.drawing,
    `../drawings/drawing${n}.xml`,
  );
  zip.file(sheetPath, insertDrawing(await text(zip, sheetPath), relId));
  return [
    `<Override PartName="/xl/charts/chart${n}.xml" ContentType="${CONTENT_TYPES.chart}"/>`,
    `<Override PartName="/xl/drawings/drawing${n}.xml" ContentType="${CONTENT_TYPES.drawing}"/>`,
  ];
}

/** Returns the workbook with one chart drawn on each named sheet. */
export async function addCharts(xlsx: Uint8Array, charts: readonly SheetChart[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const firstFree = () => {
    let n = 1;
    while (zip.file(`xl/charts/chart${n}.xml`) || zip.file(`xl/drawings/drawing${n}.xml`)) n++;
    return n;
  };
  const overrides: string[] = [];
  for (const chart of charts) overrides.push(...(await addChart(zip, chart, firstFree())));
  const types = await text(zip, '[Content_Types].xml');
  zip.file('[Content_Types].xml', types.replace('</Types>', `${overrides.join('')}</Types>`));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
