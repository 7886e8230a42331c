import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeSummaryWorkbook } from '../../functions/src/summary';
import { countyDocument, townshipDocument } from '../fixtures/summary-document';

let dir: string;
let zip: JSZip;
const part = (path: string) => zip.file(path)!.async('string');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'summary-charts-'));
  const file = join(dir, '全县汇总.xlsx');
  await writeSummaryWorkbook({ label: '全县', file }, countyDocument);
  zip = await JSZip.loadAsync(await readFile(file));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('chart parts', () => {
  test('one chart, drawn on 考评排名 only, registered in the content types', async () => {
    const charts = Object.keys(zip.files).filter(
      (p) => /^xl\/(charts|drawings)\//.test(p) && !p.endsWith('/'),
    );
    expect(charts.sort()).toEqual([
      'xl/charts/chart1.xml',
      'xl/drawings/_rels/drawing1.xml.rels',
      'xl/drawings/drawing1.xml',
    ]);
    const types = await part('[Content_Types].xml');
    expect(types).toContain(
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>',
    );
    expect(types).toContain(
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
    );
    expect(await part('xl/worksheets/sheet1.xml')).toMatch(/<drawing r:id="rId1"\/><\/worksheet>$/);
    expect(await part('xl/worksheets/_rels/sheet1.xml.rels')).toContain(
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/>',
    );
    expect(await part('xl/drawings/_rels/drawing1.xml.rels')).toContain(
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/>',
    );
    for (const other of ['sheet2', 'sheet3', 'sheet4']) {
      expect(await part(`xl/worksheets/${other}.xml`)).not.toContain('<drawing');
    }
  });

  test('the chart is a bar chart over 乡镇 with 定量得分 and 总分, with cached values', async () => {
    const xml = await part('xl/charts/chart1.xml');
    expect(xml).toContain('<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/>');
    expect(xml).toContain('<a:t>考评得分</a:t>');
    expect([...xml.matchAll(/<c:f>([^<]+)<\/c:f>/g)].map((m) => m[1])).toEqual([
      "'考评排名'!$C$4",
      "'考评排名'!$B$5:$B$8",
      "'考评排名'!$C$5:$C$8",
      "'考评排名'!$E$4",
      "'考评排名'!$B$5:$B$8",
      "'考评排名'!$E$5:$E$8",
    ]);
    const values = xml.split('<c:val>')[2]!;
    expect([...values.matchAll(/<c:v>([^<]+)<\/c:v>/g)].map((m) => m[1])).toEqual([
      '88.88',
      '77.38',
      '70.95',
      '46.7',
    ]);
    expect(xml).toContain('<c:pt idx="3"><c:v>青山乡</c:v></c:pt>');
  });

  test('the drawing anchors the chart beside the table, 640 × 360 px', async () => {
    const xml = await part('xl/drawings/drawing1.xml');
    expect(xml).toContain(
      '<xdr:from><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>3</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>',
    );
    expect(xml).toContain(
      '<xdr:to><xdr:col>18</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>21</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>',
    );
    expect(xml).toContain('r:id="rId1"');
  });
});

test('a township workbook: explicit anchor, total row left out of the chart', async () => {
  const file = join(dir, '城关镇.xlsx');
  await writeSummaryWorkbook({ label: '城关镇', file }, townshipDocument);
  const township = await JSZip.loadAsync(await readFile(file));
  const chart = await township.file('xl/charts/chart1.xml')!.async('string');
  expect([...chart.matchAll(/<c:f>([^<]+)<\/c:f>/g)].map((m) => m[1])).toEqual([
    "'本乡镇考评'!$B$4",
    "'本乡镇考评'!$A$5:$A$7",
    "'本乡镇考评'!$B$5:$B$7",
    "'本乡镇考评'!$D$4",
    "'本乡镇考评'!$A$5:$A$7",
    "'本乡镇考评'!$D$5:$D$7",
  ]);
  const drawing = await township.file('xl/drawings/drawing1.xml')!.async('string');
  expect(drawing).toContain('<xdr:from><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row>');
  expect(drawing).toContain('<xdr:to><xdr:col>16</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>19</xdr:row>');
});
