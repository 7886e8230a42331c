// The drawing part that places a chart on a sheet (twoCellAnchor), and relationship parts.
import type { CellPosition } from '../model';
import { CHART_SIZE, columnPixels, ROW_PIXELS } from '../style';
import { escapeXml } from './xml';

const EMU_PER_PIXEL = 9525;
/** Excel's default column (8.43 characters), for columns outside the table. */
const DEFAULT_COLUMN_PIXELS = columnPixels(8.43);

export interface CellMarker {
  readonly column: number;
  readonly columnOffsetEmu: number;
  readonly row: number;
  readonly rowOffsetEmu: number;
}

/** Where `pixels` from the start of `start` ends: the cell it ends in and how far into it. */
function walk(start: number, pixels: number, sizeOf: (index: number) => number): [number, number] {
  let index = start;
  let left = pixels;
  while (left >= sizeOf(index)) {
    left -= sizeOf(index);
    index++;
  }
  return [index, left * EMU_PER_PIXEL];
}

/** The bottom-right corner of a CHART_SIZE chart whose top-left is `anchor`, given the table's column widths. */
export function chartEnd(anchor: CellPosition, columnWidths: readonly number[]): CellMarker {
  const columnSize = (c: number) => {
    const chars = columnWidths[c];
    return chars === undefined ? DEFAULT_COLUMN_PIXELS : columnPixels(chars);
  };
  const [column, columnOffsetEmu] = walk(anchor.column, CHART_SIZE.width, columnSize);
  const [row, rowOffsetEmu] = walk(anchor.row, CHART_SIZE.height, () => ROW_PIXELS);
  return { column, columnOffsetEmu, row, rowOffsetEmu };
}

const marker = (tag: 'from' | 'to', m: CellMarker) =>
  `<xdr:${tag}><xdr:col>${m.column}</xdr:col><xdr:colOff>${m.columnOffsetEmu}</xdr:colOff>` +
  `<xdr:row>${m.row}</xdr:row><xdr:rowOff>${m.rowOffsetEmu}</xdr:rowOff></xdr:${tag}>`;

/** xl/drawings/drawingN.xml holding one chart, linked through relationship `chartRelId`. */
export function drawingXml(
  anchor: CellPosition,
  columnWidths: readonly number[],
  chartRelId: string,
): string {
  const from: CellMarker = { column: anchor.column, columnOffsetEmu: 0, row: anchor.row, rowOffsetEmu: 0 };
  const chartRef =
    '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
    `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${chartRelId}"/>`;
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ',
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">',
    '<xdr:twoCellAnchor editAs="oneCell">',
    marker('from', from),
    marker('to', chartEnd(anchor, columnWidths)),
    '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/>',
    '</xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>',
    `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">${chartRef}`,
    '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>',
  ].join('');
}

export const RELATIONSHIP_TYPES = {
  chart: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
  drawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
} as const;

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

export const relationshipXml = (r: Relationship): string =>
  `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`;

export const relationshipsXml = (rels: readonly Relationship[]): string =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  `${rels.map(relationshipXml).join('')}</Relationships>`;
