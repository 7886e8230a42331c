// WriteSummary for .xlsx files: the same document as the Google tabs, charts included, written atomically.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { checkSummaryDocument } from '../check-document';
import { SummaryWriteError } from '../errors';
import { layOutTab } from '../layout';
import type { SummaryDocument } from '../model';
import type { WriteSummary } from '../writer-port';
import { addCharts, type SheetChart } from './add-charts';
import { buildWorkbook } from './build-workbook';
import { barChartXml } from './chart-xml';
import { drawingXml } from './drawing-xml';

/** The document as .xlsx bytes (a workbook needs at least one tab). */
export async function summaryWorkbookBuffer(doc: SummaryDocument): Promise<Buffer> {
  checkSummaryDocument(doc);
  const layouts = doc.tabs.map(layOutTab);
  const bytes = await buildWorkbook(doc, layouts).xlsx.writeBuffer();
  const charts: SheetChart[] = doc.tabs.flatMap((tab, i) => {
    const layout = layouts[i]!;
    const chart = layout.chart;
    if (!chart) return [];
    return [
      {
        sheetName: tab.name,
        chartXml: barChartXml(tab.name, chart, layout),
        drawingXml: drawingXml(chart.anchor, layout.columnWidths, 'rId1'),
      },
    ];
  });
  return addCharts(new Uint8Array(bytes), charts);
}

/** Writes `target.file` (a temporary file renamed into place, so a reader never sees half a workbook). */
export const writeSummaryWorkbook: WriteSummary = async (target, doc) => {
  const file = target.file?.trim();
  if (!file) throw new SummaryWriteError('SUMMARY_TARGET_INVALID', `「${target.label}」没有指定输出文件`);
  if (!doc.tabs.length) return; // nothing to write, as for Google Sheets
  const bytes = await summaryWorkbookBuffer(doc);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(temporary, bytes);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    const reason = error instanceof Error ? error.message : String(error);
    throw new SummaryWriteError(
      'EXCEL_WRITE_FAILED',
      `无法写入 ${file}：${reason}（文件是否正被 Excel 打开？）`,
      {
        cause: error,
      },
    );
  }
};
