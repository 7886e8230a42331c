// The benchmark record: one entry per benchmark, compared with a baseline measured in the same run.
import { writeFileSync } from 'node:fs';

export interface BenchEntry {
  name: string;
  value: number;
  unit: string;
  baseline: number;
  /** value ÷ baseline. */
  ratio: number;
  /** The ratio the entry must reach: a minimum when `higherIsBetter`, else a maximum. */
  target: number;
  higherIsBetter: boolean;
  passed: boolean;
  note?: string;
}

export function entry(e: Omit<BenchEntry, 'ratio' | 'passed'>): BenchEntry {
  const ratio = e.baseline === 0 ? 0 : e.value / e.baseline;
  const passed = e.higherIsBetter ? ratio >= e.target : ratio <= e.target;
  return { ...e, ratio: Math.round(ratio * 1000) / 1000, passed };
}

export function writeResults(entries: BenchEntry[], file = 'bench-results.json'): void {
  writeFileSync(file, `${JSON.stringify(entries, null, 2)}\n`);
}

export function printEntry(e: BenchEntry): void {
  const verdict = e.passed ? 'PASS' : 'FAIL';
  const goal = `${e.higherIsBetter ? '≥' : '≤'} ${e.target}`;
  console.log(
    `${verdict}  ${e.name}: ${e.value} ${e.unit} vs baseline ${e.baseline} ${e.unit} → ratio ${e.ratio} (target ${goal})${e.note ? `  [${e.note}]` : ''}`,
  );
}
