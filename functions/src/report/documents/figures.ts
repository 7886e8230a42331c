// How the documents write the snapshot's numbers: as stored, only formatted (never recomputed).
import type { ReportPart } from './report-snapshot';

/** A score or total as the 考评排名 tab shows it: two decimals (92.61, 80.00). */
export const points = (n: number): string => n.toFixed(2);

/** A qualitative score, bonus or penalty: one decimal (95.0). */
export const qualitativePoints = (n: number): string => n.toFixed(1);

/** A stored number without trailing zeros: 2500, 0.5, 12.34. */
export const plainNumber = (n: number): string => String(Math.round(n * 100) / 100);

/** A ratio (0.25) as a percentage (25%), one decimal at most. */
const percent = (ratio: number): string => `${Math.round(ratio * 1000) / 10}%`;

const isShare = (label: string) => /率$|占比$/.test(label);

/**
 * A part of an indicator: `发展党员完成率25%（1/4）`, `培训期数2`, `每百名党员参训人次2500`.
 * A share shows its numerator and denominator as stored.
 */
export function partFigure(p: ReportPart): string {
  if (isShare(p.label) && p.denominator !== 1)
    return `${p.label}${percent(p.value)}（${plainNumber(p.numerator)}/${plainNumber(p.denominator)}）`;
  if (isShare(p.label)) return `${p.label}${percent(p.value)}`;
  return `${p.label}${plainNumber(p.value)}`;
}

/** A part's value alone, in the same form (`25%`, `2`, `2500`). */
export const partValue = (p: ReportPart): string =>
  isShare(p.label) ? percent(p.value) : plainNumber(p.value);

/** The Chinese form of a date: 2026-11-25 → 2026年11月25日 (as GB/T 9704 writes 成文日期). */
export function chineseDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
