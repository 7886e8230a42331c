// What the drafted documents read of a stored assessment snapshot, checked when it comes from Firestore.
import { z } from 'zod';

const part = z.object({
  label: z.string(),
  numerator: z.number(),
  denominator: z.number(),
  value: z.number(),
  score: z.number(),
});

const indicator = z.object({
  id: z.string(),
  label: z.string(),
  weight: z.number(),
  score: z.number(),
  points: z.number(),
  parts: z.array(part),
});

const township = z.object({
  township: z.string(),
  rank: z.number(),
  band: z.string(),
  mark: z.enum(['reward', 'criticism']).nullable(),
  indicators: z.array(indicator),
  quantitative: z.number(),
  qualitative: z.object({
    score: z.number(),
    bonus: z.number(),
    penalty: z.number(),
    remarks: z.string().nullable(),
    entered: z.boolean(),
  }),
  total: z.number(),
});

const statistic = z.object({
  key: z.string(),
  label: z.string(),
  wording: z.string(),
  unit: z.string(),
  value: z.number(),
  lastYear: z.number(),
  change: z.number(),
  /** Snapshots written before issue 18 have no sources. */
  sources: z.array(z.object({ ledger: z.string(), rows: z.number() })).optional(),
});

export const reportSnapshotSchema = z.object({
  county: z.string(),
  year: z.number(),
  today: z.string(),
  config: z.object({
    weights: z.record(z.string(), z.number()),
    quantitativeShare: z.number(),
    rewardCount: z.number(),
    criticismCount: z.number(),
  }),
  ranking: z.array(township),
  statistics: z.array(statistic),
  /** Townships of 乡镇设置 without a ledger row (not ranked); absent in snapshots written before issue 18. */
  notSubmitted: z.array(z.string()).optional(),
});

/** An assessment as the documents read it: a stored snapshot, or the `AssessmentResult` it was made from. */
export type ReportSnapshot = z.infer<typeof reportSnapshotSchema>;
export type ReportTownship = ReportSnapshot['ranking'][number];
export type ReportIndicator = ReportTownship['indicators'][number];
export type ReportPart = ReportIndicator['parts'][number];
export type ReportStatistic = ReportSnapshot['statistics'][number];

export class SnapshotShapeError extends Error {
  override name = 'SnapshotShapeError';
}

/** Reads a stored snapshot document; a document that is not one says where it differs. */
export function readReportSnapshot(data: unknown): ReportSnapshot {
  const parsed = reportSnapshotSchema.safeParse(data);
  if (!parsed.success) {
    const where = parsed.error.issues
      .slice(0, 3)
      .map((i) => i.path.join('.') || '(根)')
      .join('、');
    throw new SnapshotShapeError(`考评快照的内容不完整或格式不对（${where}）：请重新运行考评后再生成文件`);
  }
  return parsed.data;
}
