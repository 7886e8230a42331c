// What the county-wide rules need to know about other rows: who is registered where, as what.
import type { LedgerDef } from '../ledgers/define-ledger';
import type { PersonFacts } from '../ledgers/define-reference';
import { REGISTRY } from '../ledgers/registry';
import { type FieldIssue, vouchesForNothing } from './row-identity';

/** One registered person, as the cross-row rules and the duplicate messages see them. */
export interface PersonEntry extends PersonFacts {
  ledger: string;
  township: string;
  key: string;
  /** The row number in the township's sheet, when the sheet told us. */
  sheetRow: number | null;
  /**
   * The holder's row has errors in what identifies it or in the facts it vouches for (a member's 党员类别): it
   * still holds the key (so a duplicate is still caught), but vouches for nothing other ledgers check. An error
   * in another column (文化程度) does not set it. Absent on entries stored before this was recorded: trusted.
   */
  hasErrors?: boolean;
}

/** Look-up port: the store implements it over Firestore, the assessment over rows in memory. */
export interface CountyIndex {
  find(ledger: string, personKey: string): PersonEntry | undefined;
  /**
   * The values of a county tab's field in its live rows (errors or not), for listed references
   * (`Reference.listedIn`); undefined when this index does not know them (the check is then skipped).
   */
  listed?(ledger: string, field: string): readonly string[] | undefined;
}

/** The key of one listed column: `townshipSettings.township`. */
export const listedSlot = (ledger: string, field: string) => `${ledger}.${field}`;

/**
 * The unique key of a row: its ID number (or course, leader…), qualified where the ledger says so
 * (`2+1:4301…`), and prefixed with the township for township-scoped keys (`城关镇|2026-01`).
 */
export function personKeyOf(
  ledger: LedgerDef,
  record: Readonly<Record<string, unknown>>,
  township: string | null = null,
): string | null {
  const unique = ledger.unique;
  if (!unique) return null;
  const value = record[unique.field];
  if (typeof value !== 'string' || !value) return null;
  const key = unique.qualifier ? `${String(record[unique.qualifier])}:${value}` : value;
  return unique.scope === 'township' ? `${township ?? ''}|${key}` : key;
}

/**
 * The entry a row makes in the index: where it is, the facts its ledger says other ledgers read, and whether
 * its errors (all of the row's, sheet and county rules) touch those facts or its identity.
 */
export function personEntry(
  ledgerId: string,
  at: Pick<PersonEntry, 'township' | 'key' | 'sheetRow'>,
  record: Readonly<Record<string, unknown>>,
  errors: readonly FieldIssue[],
): PersonEntry {
  return {
    ledger: ledgerId,
    ...at,
    ...REGISTRY.factsOf(ledgerId, record),
    hasErrors: vouchesForNothing(ledgerId, errors),
  };
}

/** An index over entries held in memory (assessment, tests, one store transaction). */
export class MemoryCountyIndex implements CountyIndex {
  private readonly entries = new Map<string, PersonEntry>();
  private readonly lists = new Map<string, string[]>();

  constructor(entries: Iterable<readonly [personKey: string, entry: PersonEntry]> = []) {
    for (const [personKey, entry] of entries) this.add(personKey, entry);
  }

  /** Makes the ledger's listed columns known (empty until its first row), and adds the row's values to them. */
  addListed(ledger: string, fields: readonly string[], record: Readonly<Record<string, unknown>> = {}): void {
    for (const field of fields) {
      const slot = listedSlot(ledger, field);
      const list = this.lists.get(slot) ?? [];
      this.lists.set(slot, list);
      const value = record[field];
      if (typeof value === 'string' && value && !list.includes(value)) list.push(value);
    }
  }

  listed(ledger: string, field: string): readonly string[] | undefined {
    return this.lists.get(listedSlot(ledger, field));
  }

  /** Adds an entry; the first one registered for a key keeps it. Returns the holder. */
  add(personKey: string, entry: PersonEntry): PersonEntry {
    const slot = `${entry.ledger}|${personKey}`;
    const holder = this.entries.get(slot);
    if (holder) return holder;
    this.entries.set(slot, entry);
    return entry;
  }

  find(ledger: string, personKey: string): PersonEntry | undefined {
    return this.entries.get(`${ledger}|${personKey}`);
  }
}
