// Invariants of the store after any push, race or fault: one document per key, a consistent person index,
// and exactly one `created` audit entry per row.
import type { Firestore } from 'firebase-admin/firestore';
import { expect } from 'vitest';

export interface StoredSummary {
  /** Live rows by `township/ledger/key`. */
  rows: Map<string, FirebaseFirestore.DocumentData>;
  persons: number;
  /** Audit actions by `township/ledger/key`, in no particular order. */
  audit: Map<string, string[]>;
}

/** Reads a county's rows of the given ledgers, its persons and audit, and checks the person index both ways. */
export async function checkStore(
  db: Firestore,
  county: string,
  ledgers: readonly string[],
): Promise<StoredSummary> {
  const rows = new Map<string, FirebaseFirestore.DocumentData>();
  for (const ledger of ledgers) {
    for (const doc of (await db.collectionGroup(ledger).where('county', '==', county).get()).docs) {
      const data = doc.data();
      expect(doc.id).toBe(data.key);
      if (!data.deleted) rows.set(`${data.township}/${ledger}/${data.key}`, data);
    }
  }
  const persons = await db.collection(`counties/${county}/persons`).get();
  const claimed = new Map<string, string>();
  for (const [where, row] of rows) {
    if (!row.personDocId) continue;
    expect(claimed.has(row.personDocId), `${row.personDocId} claimed twice`).toBe(false);
    claimed.set(row.personDocId, where);
  }
  for (const person of persons.docs) {
    const p = person.data();
    const where = `${p.township}/${p.ledger}/${p.key}`;
    expect(claimed.get(person.id), `person ${person.id} held by ${where}`).toBe(where);
    expect(p.sheetRow).toBe(rows.get(where)!.sheetRow);
  }
  expect(persons.size).toBe(claimed.size);
  const audit = new Map<string, string[]>();
  for (const entry of (await db.collection(`counties/${county}/audit`).get()).docs) {
    const { township, ledger, changes } = entry.data() as {
      township: string;
      ledger: string;
      changes: { key: string; action: string }[];
    };
    for (const c of changes) {
      const where = `${township}/${ledger}/${c.key}`;
      audit.set(where, [...(audit.get(where) ?? []), c.action]);
    }
  }
  return { rows, persons: persons.size, audit };
}

/** Every stored row was created exactly once (and, when `onlyCreated`, never rewritten). */
export function expectCreatedOnce(summary: StoredSummary, onlyCreated = true): void {
  for (const where of summary.rows.keys()) {
    const actions = summary.audit.get(where) ?? [];
    expect(
      actions.filter((a) => a === 'created'),
      where,
    ).toEqual(['created']);
    if (onlyCreated) expect(actions, where).toEqual(['created']);
  }
}
