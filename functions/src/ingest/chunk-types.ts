// The shapes a chunk plan is made of: validated rows in, row outcomes, writes and audit changes out.

import type { RowOutcome } from '../core/contract';
import type { LedgerDef } from '../core/ledgers';
import type { RowValidation } from '../core/validation';
import type { PersonDoc, StoredRow } from './stored-row';

export type { RowOutcome, RowResult } from '../core/contract';

export interface ValidatedRow {
  key: string;
  revision: number;
  sheetRow: number | null;
  /** Raw cells by canonical header. */
  cells: StoredRow['cells'];
  validation: RowValidation;
}

export interface ChunkTarget {
  county: string;
  township: string | null;
  ledger: LedgerDef;
  spreadsheetId: string;
  actor: string;
  /** The county columns the ledger's listed references check (`listedSlot` → values), read before the rows. */
  listed?: ReadonlyMap<string, readonly string[]>;
}

export interface AuditChange {
  key: string;
  row: number | null;
  action: 'created' | 'updated' | 'deleted';
  /** Headers of the columns whose value changed. */
  columns: string[];
  /** ID-number columns that changed, masked on both sides. */
  idChanges?: { column: string; from: string | null; to: string | null }[];
}

/** A whole row document, or only some of its fields (a newer revision, a new row number). */
export type RowWrite =
  | { key: string; kind: 'set'; doc: StoredRow }
  | {
      key: string;
      kind: 'update';
      fields: Partial<Pick<StoredRow, 'revision' | 'sheetRow' | 'fingerprint' | 'deleted' | 'personDocId'>>;
    };

export interface ChunkPlan {
  outcomes: RowOutcome[];
  rowWrites: RowWrite[];
  personWrites: { id: string; doc: PersonDoc | null }[];
  audit: AuditChange[];
}

export type PersonDocId = (ledgerId: string, personKey: string) => string;
