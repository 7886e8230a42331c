// A measured part of an indicator: numerator over denominator, with the rows that produced it.
import type { LeftOut } from '../figure-rows';

export interface MeasuredPart {
  label: string;
  numerator: number;
  denominator: number;
  /** numerator ÷ denominator (0 when the denominator is 0), or a plain count when the denominator is 1. */
  value: number;
  /** `ledger/key` of every row the numerator counted. */
  trace: string[];
  /** How a leader reads it (`25.0%（4 ÷ 16）`, `36.0（180人次 ÷ 500名党员 × 100）`, `—（无党员）`); see part-display. */
  shown?: string;
  /** The rows left out of this part (an error in a field it reads, or in who the row is), and why. */
  leftOut: LeftOut[];
}

/** The part with the text a leader reads beside its score. */
export const shownAs = (measured: MeasuredPart, shown: string): MeasuredPart => ({ ...measured, shown });

export const round = (n: number, digits = 2): number => {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
};

export function part(
  label: string,
  numerator: number,
  denominator: number,
  trace: string[],
  cap?: number,
): MeasuredPart {
  const raw = denominator > 0 ? numerator / denominator : 0;
  return {
    label,
    numerator,
    denominator: round(denominator, 4),
    value: round(cap === undefined ? raw : Math.min(raw, cap), 6),
    trace,
    leftOut: [],
  };
}

export const countPart = (label: string, count: number, trace: string[]): MeasuredPart =>
  part(label, count, 1, trace);

export const ref = (ledger: string, key: string): string => `${ledger}/${key}`;
