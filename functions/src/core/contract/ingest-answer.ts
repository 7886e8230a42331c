// What `ingest` answers: a verdict per row, counts, sheet-level warnings, a dropdown's choices; or an error.
import { z } from 'zod';
import { issueSchema, rowStatusSchema } from './issue';

export const rowResultSchema = z.enum(['created', 'updated', 'unchanged', 'stale']);
export type RowResult = z.infer<typeof rowResultSchema>;

export const rowOutcomeSchema = z.object({
  key: z.string(),
  row: z.number().int().nullable(),
  result: rowResultSchema,
  status: rowStatusSchema,
  errors: z.array(issueSchema),
  warnings: z.array(issueSchema),
  /** Only on `stale`: the revision the store holds, so the client can catch up. */
  storedRevision: z.number().int().optional(),
  /** Only on `unchanged`: the row only moved to another sheet row (its row number was updated). */
  moved: z.literal(true).optional(),
});
export type RowOutcome = z.infer<typeof rowOutcomeSchema>;

export const ingestCountsSchema = z.object({
  received: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  /** Of the unchanged rows, those that only moved to another sheet row (their row number was updated). */
  moved: z.number().int(),
  stale: z.number().int(),
  withErrors: z.number().int(),
  withWarnings: z.number().int(),
  deleted: z.number().int(),
});
export type IngestCounts = z.infer<typeof ingestCountsSchema>;

export const ingestAnswerSchema = z.object({
  county: z.string(),
  township: z.string().nullable(),
  ledger: z.string(),
  sheetWarnings: z.array(z.string()),
  rows: z.array(rowOutcomeSchema),
  counts: ingestCountsSchema,
  /**
   * Only for a ledger whose columns list a county tab's entries (培训申报.课程名称 ← 培训菜单): header → the
   * entries as they stand now, sorted, for the sheet's dropdown.
   */
  choices: z.record(z.string(), z.array(z.string())).optional(),
});
export type IngestAnswer = z.infer<typeof ingestAnswerSchema>;

/** Every refused or failed request, of every function: a machine code and a Chinese message. */
export const errorAnswerSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});
export type ErrorAnswer = z.infer<typeof errorAnswerSchema>;
