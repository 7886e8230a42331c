// The DrawingML part of a bar chart (xl/charts/chartN.xml): references the tab's cells, with cached values.
import type { CellContent, ChartLayout, TabLayout } from '../layout';
import { SERIES_COLORS } from '../style';
import { columnReference, escapeXml } from './xml';

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

const CATEGORY_AXIS = 50010;
const VALUE_AXIS = 50020;

const point = (i: number, v: string) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`;

const asText = (cell: CellContent | undefined): string =>
  cell?.kind === 'text' ? cell.text : cell?.kind === 'number' ? String(cell.value) : '';

function strRef(formula: string, texts: readonly string[]): string {
  const points = texts.map((t, i) => point(i, t)).join('');
  return `<c:strRef><c:f>${escapeXml(formula)}</c:f><c:strCache><c:ptCount val="${texts.length}"/>${points}</c:strCache></c:strRef>`;
}

function numRef(formula: string, cells: readonly (CellContent | undefined)[]): string {
  const points = cells.map((c, i) => (c?.kind === 'number' ? point(i, String(c.value)) : '')).join('');
  const cache = `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${cells.length}"/>${points}</c:numCache>`;
  return `<c:numRef><c:f>${escapeXml(formula)}</c:f>${cache}</c:numRef>`;
}

function richText(text: string, size: number, bold: boolean): string {
  const props = `lang="zh-CN" sz="${size}" b="${bold ? 1 : 0}"`;
  return `<c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr ${props}/></a:pPr><a:r><a:rPr ${props}/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich>`;
}

function series(sheetName: string, chart: ChartLayout, layout: TabLayout, column: number, i: number): string {
  const cellsOf = (c: number) => layout.rows.slice(chart.firstRow, chart.endRow).map((row) => row.cells[c]);
  const header = asText(layout.rows[chart.headerRow]?.cells[column]);
  const color = SERIES_COLORS[i % SERIES_COLORS.length];
  return [
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>`,
    `<c:tx>${strRef(columnReference(sheetName, column, chart.headerRow, chart.headerRow + 1), [header])}</c:tx>`,
    `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr>`,
    '<c:invertIfNegative val="0"/>',
    `<c:cat>${strRef(
      columnReference(sheetName, chart.categoryColumn, chart.firstRow, chart.endRow),
      cellsOf(chart.categoryColumn).map(asText),
    )}</c:cat>`,
    `<c:val>${numRef(columnReference(sheetName, column, chart.firstRow, chart.endRow), cellsOf(column))}</c:val>`,
    '</c:ser>',
  ].join('');
}

/** Categories run top to bottom in table order (reversed category axis), values along the bottom. */
const AXES = [
  `<c:catAx><c:axId val="${CATEGORY_AXIS}"/><c:scaling><c:orientation val="maxMin"/></c:scaling>`,
  '<c:delete val="0"/><c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/>',
  '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>',
  `<c:crossAx val="${VALUE_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>`,
  '<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>',
  `<c:valAx><c:axId val="${VALUE_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling>`,
  '<c:delete val="0"/><c:axPos val="b"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/>',
  '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>',
  `<c:crossAx val="${CATEGORY_AXIS}"/><c:crosses val="max"/><c:crossBetween val="between"/></c:valAx>`,
].join('');

export function barChartXml(sheetName: string, chart: ChartLayout, layout: TabLayout): string {
  const allSeries = chart.valueColumns
    .map((column, i) => series(sheetName, chart, layout, column, i))
    .join('');
  return [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace ${NS}>`,
    '<c:roundedCorners val="0"/><c:chart>',
    `<c:title><c:tx>${richText(chart.title, 1400, true)}</c:tx><c:overlay val="0"/></c:title>`,
    '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>',
    '<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>',
    allSeries,
    `<c:gapWidth val="60"/><c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/></c:barChart>`,
    AXES,
    '</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>',
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>',
  ].join('');
}
