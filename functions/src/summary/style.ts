// The look shared by every writer: colours, number format patterns, sizes. Change it here, both outputs follow.
import type { NumberFormat, RowTone } from './model';

/** Hex colours (RRGGBB). Fills are Google Sheets' "light 3" shades, readable when printed in grey. */
export const COLORS = {
  reward: 'D9EAD3',
  criticism: 'F4CCCC',
  warning: 'FFF2CC',
  header: 'EFEFEF',
  mutedText: '808080',
} as const;

/** The fill of a data row, or null for none (muted rows grey their text instead). */
export function toneFill(tone: RowTone | null | undefined): string | null {
  return tone === 'reward' || tone === 'criticism' || tone === 'warning' ? COLORS[tone] : null;
}

/** Number format patterns; the same string works in Google Sheets and in Excel. */
export const NUMBER_PATTERNS: Record<NumberFormat, string> = {
  integer: '0',
  decimal1: '0.0',
  decimal2: '0.00',
  percent1: '0.0%',
  delta: '+0.0;-0.0;0.0',
  deltaInteger: '+0;-0;0',
};

export const TITLE_FONT_SIZE = 14;

/** Bar colours of a chart's series, in order. */
export const SERIES_COLORS = ['4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47'] as const;

/** Size of every chart, in screen pixels. */
export const CHART_SIZE = { width: 640, height: 360 } as const;

/** Screen pixels of a column `chars` Excel character units wide (Calibri 11: 7 px a character, 5 px padding). */
export const columnPixels = (chars: number): number => Math.round(chars * 7 + 5);

/** Height of a default row, in pixels (15 points). */
export const ROW_PIXELS = 20;
