// A township's traces (with the rows each part left out), reminders and duplicate rows cut into pages well under Firestore's 1 MiB per document
// (a township five times the sample county's holds about 1.6 MB of them), and put back together.
import type { AssessmentResult, LeftOut } from '../../core/assessment';

/** Bytes of traces, reminders and duplicates per page document. */
export const PAGE_BYTES = 256 * 1024;

/** Firestore's storage size of a value (cloud.google.com/firestore/docs/storage-size). */
export function firestoreSize(value: unknown): number {
  if (value === null || value === undefined || typeof value === 'boolean') return 1;
  if (typeof value === 'number' || value instanceof Date) return 8;
  if (typeof value === 'string') return Buffer.byteLength(value, 'utf8') + 1;
  if (Array.isArray(value)) return value.reduce((sum: number, v) => sum + firestoreSize(v), 0);
  if (typeof value === 'object')
    return Object.entries(value).reduce(
      (sum, [k, v]) => sum + Buffer.byteLength(k, 'utf8') + 1 + firestoreSize(v),
      0,
    );
  return 8;
}

/** A document's size: its path's segments, its fields, and 32 bytes (Firestore's formula). */
export const documentSize = (path: string, data: unknown): number =>
  path.split('/').reduce((sum, segment) => sum + Buffer.byteLength(segment, 'utf8') + 1, 16) +
  32 +
  firestoreSize(data);

/**
 * One run of consecutive items of a section: a trace part, the rows a part left out (with why), the reminders
 * or the duplicate rows.
 */
export type PageSlice =
  | { section: 'trace'; indicator: string; part: number; label: string; items: string[] }
  | { section: 'leftOut'; indicator: string; part: number; label: string; items: LeftOut[] }
  | { section: 'reminders' | 'duplicateRows'; items: unknown[] };

export interface SnapshotPage {
  township: string;
  n: number;
  slices: PageSlice[];
}

export interface TownshipDetail {
  township: string;
  /** Per indicator, per part: the rows it counted and the rows it left out (an error in a field it reads). */
  traces: Record<string, { label: string; rows: string[]; leftOut: LeftOut[] }[]>;
  reminders: unknown[];
  duplicateRows: unknown[];
}

type Section = Omit<PageSlice, 'items'> & { items: unknown[] };

function sectionsOf(result: AssessmentResult, township: string): Section[] {
  const t = result.ranking.find((r) => r.township === township);
  const traces: Section[] = (t?.indicators ?? []).flatMap((i) =>
    i.parts.flatMap((p, part) => [
      { section: 'trace' as const, indicator: i.id, part, label: p.label, items: p.trace },
      { section: 'leftOut' as const, indicator: i.id, part, label: p.label, items: p.leftOut },
    ]),
  );
  return [
    ...traces,
    { section: 'reminders', items: result.reminders.filter((r) => r.township === township) },
    {
      section: 'duplicateRows',
      items: result.dataQuality.find((q) => q.township === township)?.duplicateRows ?? [],
    },
  ];
}

/** The township's details in pages of at most `pageBytes` of items; every section appears, even empty. */
export function townshipPages(
  result: AssessmentResult,
  township: string,
  pageBytes = PAGE_BYTES,
): SnapshotPage[] {
  const pages: SnapshotPage[] = [{ township, n: 0, slices: [] }];
  let bytes = 0;
  for (const { items, ...head } of sectionsOf(result, township)) {
    let slice = { ...head, items: [] as unknown[] } as PageSlice;
    pages.at(-1)!.slices.push(slice);
    for (const item of items) {
      const size = firestoreSize(item);
      if (bytes + size > pageBytes && bytes > 0) {
        pages.push({ township, n: pages.length, slices: [] });
        slice = { ...head, items: [] as unknown[] } as PageSlice;
        pages.at(-1)!.slices.push(slice);
        bytes = 0;
      }
      (slice.items as unknown[]).push(item);
      bytes += size;
    }
  }
  return pages;
}

/** The pages of one township, in any order, put back together. */
export function joinPages(township: string, pages: readonly SnapshotPage[]): TownshipDetail {
  const detail: TownshipDetail = { township, traces: {}, reminders: [], duplicateRows: [] };
  for (const page of [...pages].sort((a, b) => a.n - b.n)) {
    for (const slice of page.slices) {
      if (slice.section === 'trace' || slice.section === 'leftOut') {
        detail.traces[slice.indicator] ??= [];
        const parts = detail.traces[slice.indicator]!;
        parts[slice.part] ??= { label: slice.label, rows: [], leftOut: [] };
        if (slice.section === 'trace') parts[slice.part]!.rows.push(...slice.items);
        else parts[slice.part]!.leftOut.push(...slice.items);
      } else detail[slice.section].push(...slice.items);
    }
  }
  return detail;
}
