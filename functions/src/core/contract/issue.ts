// One problem found in a row, and a row's verdict: stored with the row, answered to the sheet, shown in it.
import { z } from 'zod';

export const issueSchema = z.object({
  /** Stable id of the rule (`talent.apply-age`, `cell.required`, `county.duplicate-person`). */
  ruleId: z.string(),
  /** The field's key in the ledger (`idNumber`). */
  field: z.string(),
  /** The Chinese header of the column (`身份证号`): the sheet puts the note on it. */
  column: z.string(),
  /** Full message for the clerk: `身份证号：校验位应为 X，请核对`. */
  message: z.string(),
});
export type Issue = z.infer<typeof issueSchema>;

export const rowStatusSchema = z.enum(['ok', 'warning', 'error']);
export type RowStatus = z.infer<typeof rowStatusSchema>;

export const rowStatusOf = (errors: readonly unknown[], warnings: readonly unknown[]): RowStatus =>
  errors.length ? 'error' : warnings.length ? 'warning' : 'ok';
