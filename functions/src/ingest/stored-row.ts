// What the store keeps for each ledger row and each registered person (the Firestore documents' shapes).
import type { CellValue } from '../core/cells/cell-value';
import type { Issue, RowStatus } from '../core/contract';
import type { PersonEntry } from '../core/validation';

export interface StoredRow {
  county: string;
  /** null for the county's own tabs (乡镇设置, 定性考评). */
  township: string | null;
  ledger: string;
  key: string;
  sheetRow: number | null;
  revision: number;
  status: RowStatus;
  /** The normalised record; complete when status is not `error`, else only the fields that parsed. */
  record: Record<string, unknown>;
  /** The raw cells as the sheet sent them, by canonical header. */
  cells: Record<string, Exclude<CellValue, Date | undefined>>;
  errors: Issue[];
  warnings: Issue[];
  /** The person-index document this row holds, if it claimed one. */
  personDocId: string | null;
  /** Hash of everything above that a re-send could change; equal means nothing to write. */
  fingerprint: string;
  deleted: boolean;
  spreadsheetId: string;
  updatedBy: string;
}

/** A person-index document: `persons/{ledger}_{hmac(person key)}` — never the raw ID number. */
export type PersonDoc = PersonEntry;
