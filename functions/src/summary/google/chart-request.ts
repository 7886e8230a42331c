// The addChart request for a tab's bar chart: categories down the side, one series per value column.
import type { sheets_v4 } from '@googleapis/sheets';
import type { ChartLayout } from '../layout';
import { CHART_SIZE, SERIES_COLORS } from '../style';
import { sheetsColor } from './cell-data';

function columnRange(sheetId: number, chart: ChartLayout, column: number): sheets_v4.Schema$ChartData {
  const range = {
    sheetId,
    startRowIndex: chart.headerRow,
    endRowIndex: chart.endRow,
    startColumnIndex: column,
    endColumnIndex: column + 1,
  };
  return { sourceRange: { sources: [range] } };
}

export function addChartRequest(sheetId: number, chart: ChartLayout): sheets_v4.Schema$Request {
  const series: sheets_v4.Schema$BasicChartSeries[] = chart.valueColumns.map((column, i) => ({
    series: columnRange(sheetId, chart, column),
    targetAxis: 'BOTTOM_AXIS',
    colorStyle: { rgbColor: sheetsColor(SERIES_COLORS[i % SERIES_COLORS.length]!) },
  }));
  return {
    addChart: {
      chart: {
        spec: {
          title: chart.title,
          basicChart: {
            chartType: 'BAR',
            legendPosition: 'BOTTOM_LEGEND',
            // The first row of each range is the header: it names the series and is not drawn.
            headerCount: 1,
            domains: [{ domain: columnRange(sheetId, chart, chart.categoryColumn) }],
            series,
          },
        },
        position: {
          overlayPosition: {
            anchorCell: { sheetId, rowIndex: chart.anchor.row, columnIndex: chart.anchor.column },
            widthPixels: CHART_SIZE.width,
            heightPixels: CHART_SIZE.height,
          },
        },
      },
    },
  };
}
