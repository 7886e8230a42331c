// Which rows count in a figure. Each figure declares the fields it reads, per ledger (typed against the
// registry: a misspelt field does not compile); a row counts in it when the row identifies its person or thing
// and none of its errors is on a field the figure reads. The rest are left out of that figure only, and listed
// with why. Issue 14: "a row counts in a figure when the fields that figure reads are valid and the row
// identifies its person; 数据质量 scores the errors separately."
import { maskIdNumbersIn } from '../id-number/mask-id-number';
import { type FieldKeyOf, ledgerById, type TownshipLedger, type TownshipLedgerId } from '../ledgers';
import { identityFieldsOf } from '../validation/row-identity';
import type { Candidate, Counted, TownshipRows } from './county-data';

/** The fields a figure reads, by township ledger; a ledger it does not name gives it no rows. */
export type FieldsRead = { [L in TownshipLedger as L['id']]?: readonly FieldKeyOf<L>[] };

/** A row left out of a figure, and why: the column and the rule's message (ID numbers masked). */
export interface LeftOut {
  /** `ledger/key`, as in the traces. */
  row: string;
  township: string;
  sheetRow: number | null;
  column: string;
  message: string;
}

export interface FigureRows {
  /** The township's rows as the figure sees them: only its ledgers, only rows it may count. */
  rows: TownshipRows;
  leftOut: LeftOut[];
}

const fieldSets = new WeakMap<FieldsRead, Map<string, ReadonlySet<string>>>();

/** The fields that keep a row of `ledger` out of the figure when wrong: its identity and what the figure reads. */
function fieldsOf(reads: FieldsRead, ledger: TownshipLedgerId): ReadonlySet<string> {
  let byLedger = fieldSets.get(reads);
  if (!byLedger) {
    byLedger = new Map();
    fieldSets.set(reads, byLedger);
  }
  let set = byLedger.get(ledger);
  if (!set) {
    const read = (reads[ledger] ?? []) as readonly string[];
    set = new Set([...identityFieldsOf(ledgerById(ledger)!), ...read]);
    byLedger.set(ledger, set);
  }
  return set;
}

const cache = new WeakMap<TownshipRows, Map<FieldsRead, FigureRows>>();

/** The rows of one township that count in a figure reading `reads`, and those left out with why. */
export function rowsFor(group: TownshipRows, reads: FieldsRead): FigureRows {
  let byReads = cache.get(group);
  if (!byReads) {
    byReads = new Map();
    cache.set(group, byReads);
  }
  const known = byReads.get(reads);
  if (known) return known;
  const rows = { ...group } as Record<string, unknown>;
  const leftOut: LeftOut[] = [];
  for (const id of Object.keys(group.candidates) as TownshipLedgerId[]) {
    if (!reads[id]) {
      rows[id] = [];
      continue;
    }
    const fields = fieldsOf(reads, id);
    const counted: Counted<unknown>[] = [];
    for (const c of group.candidates[id] as Candidate<unknown>[]) {
      const wrong = c.errors.filter((e) => fields.has(e.field));
      if (!wrong.length) {
        counted.push({ key: c.key, township: c.township, sheetRow: c.sheetRow, record: c.record });
        continue;
      }
      for (const e of wrong) {
        const at = { row: `${id}/${c.key}`, township: c.township, sheetRow: c.sheetRow };
        leftOut.push({ ...at, column: e.column, message: maskIdNumbersIn(e.message) });
      }
    }
    rows[id] = counted;
  }
  const result = { rows: rows as TownshipRows, leftOut };
  byReads.set(reads, result);
  return result;
}

/** Several townships' rows for one figure. */
export function rowsForAll(groups: readonly TownshipRows[], reads: FieldsRead) {
  const each = groups.map((g) => rowsFor(g, reads));
  return { rows: each.map((e) => e.rows), leftOut: each.flatMap((e) => e.leftOut) };
}

/** Two figures' reads together (a share's part and whole). */
export function readsOf(...all: FieldsRead[]): FieldsRead {
  const out: Record<string, string[]> = {};
  for (const reads of all)
    for (const [id, fields] of Object.entries(reads)) out[id] = [...new Set([...(out[id] ?? []), ...fields])];
  return out as FieldsRead;
}
