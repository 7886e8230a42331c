// Contiguous runs of sheet rows, so that each run is read and written with one range call.

export interface Run {
  start: number;
  count: number;
}

export function runsOf(rows: Iterable<number>): Run[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (const row of sorted) {
    const last = runs[runs.length - 1];
    if (last && row === last.start + last.count) last.count++;
    else runs.push({ start: row, count: 1 });
  }
  return runs;
}

/** Splits items into batches of at most `size`. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
