// A ledger: one tab of a township or county spreadsheet, its ordered columns and what identifies a row.
import type { FieldDef, FieldValue } from './field';

export type LedgerScope = 'township' | 'county';

export interface LedgerDef<
  Id extends string = string,
  F extends readonly FieldDef[] = readonly FieldDef[],
  S extends LedgerScope = LedgerScope,
> {
  /** Also the name of its Firestore collection. */
  id: Id;
  /** Tab name in the spreadsheet. */
  tab: string;
  /** `township`: a tab of every township's spreadsheet; `county`: a tab of the county's own. */
  scope: S;
  /** Columns in template order; headers exactly as users see them. */
  fields: F;
  /** Fields that identify a row in a workbook without a row-key column (Excel import). */
  naturalKey: readonly F[number]['key'][];
  /**
   * What may appear only once in this ledger: a person (ID number) across the county, a course on the menu,
   * a request number within a township — optionally qualified by another field (a mentee once per 帮带类型).
   * Other ledgers refer to rows through it (a 2+1 mentor is looked up by ID number in 农民党员).
   */
  unique?: {
    field: F[number]['key'];
    qualifier?: F[number]['key'];
    /** `township`: unique within each township (the key is prefixed with it); `county` by default. */
    scope?: 'county' | 'township';
    /** What a duplicate is called in messages: 此人 (default), 此课程, 此编号… */
    noun?: string;
    /** What a duplicate is told, when not `{noun}已登记` (a qualified key that is not a pair's). */
    repeated?: string;
  };
}

/** The clean record of a ledger row: required fields are always present, the others may be null. */
export type RecordOf<F extends readonly FieldDef[]> = {
  [D in F[number] as D['key']]: D['required'] extends true ? FieldValue<D> : FieldValue<D> | null;
};

export type LedgerRecord<L extends LedgerDef> = L extends { fields: infer F extends readonly FieldDef[] }
  ? RecordOf<F>
  : never;

/** The keys of a ledger's fields, as literal types: what references and assessed fields may name. */
export type FieldKeyOf<L extends LedgerDef> = L['fields'][number]['key'];

export const defineLedger = <
  const Id extends string,
  const F extends readonly FieldDef[],
  const S extends LedgerScope,
>(
  def: LedgerDef<Id, F, S>,
): LedgerDef<Id, F, S> => def;
