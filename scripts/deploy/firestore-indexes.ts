// The Firestore indexes the store's queries need, derived from the ledger registry, in firebase-tools'
// `firestore.indexes.json` format (what `firebase deploy --only firestore:indexes` and our publisher read).
import { ALL_LEDGERS, COUNTY_LEDGERS, TOWNSHIP_LEDGERS } from '../../functions/src/core/ledgers';
import { choiceFieldsOf } from '../../functions/src/ingest/choice-fields';

export type Order = 'ASCENDING' | 'DESCENDING';
export type QueryScope = 'COLLECTION' | 'COLLECTION_GROUP';

export interface CompositeIndex {
  collectionGroup: string;
  queryScope: QueryScope;
  fields: { fieldPath: string; order: Order }[];
}

export interface FieldOverride {
  collectionGroup: string;
  fieldPath: string;
  /** The field's single-field indexes; `[]` exempts the field (and its subfields) from indexing. */
  indexes: { order?: Order; arrayConfig?: 'CONTAINS'; queryScope: QueryScope }[];
}

export interface IndexFile {
  indexes: CompositeIndex[];
  fieldOverrides: FieldOverride[];
}

/** Row fields never queried: raw cells, the record, messages. No index: cheaper writes, no index of people. */
const UNQUERIED_ROW_FIELDS = ['cells', 'record', 'errors', 'warnings'] as const;

/**
 * Large values of the assessment's documents, never queried. Firestore indexes every array element and map
 * entry unless told not to, and refuses a document with more than 40,000 index entries.
 */
const UNQUERIED_ASSESSMENT_FIELDS: Record<string, readonly string[]> = {
  assessments: ['ranking'],
  snapshots: [
    'config',
    'ranking',
    'statistics',
    'dataQuality',
    'trainingRequests',
    'liaison',
    'unknownTownships',
  ],
  pages: ['slices'],
  audit: ['changes'],
};

const exempt = (collectionGroup: string, fieldPath: string): FieldOverride => ({
  collectionGroup,
  fieldPath,
  indexes: [],
});

export function firestoreIndexFile(): IndexFile {
  const indexes: CompositeIndex[] = [];
  const fieldOverrides: FieldOverride[] = [];
  // county-reader: collectionGroup(ledger).where('county', '==', county) for every township ledger.
  // Single-field indexes of collection-group scope are off by default: declared here.
  for (const ledger of TOWNSHIP_LEDGERS) {
    fieldOverrides.push({
      collectionGroup: ledger.id,
      fieldPath: 'county',
      indexes: [{ order: 'ASCENDING', queryScope: 'COLLECTION_GROUP' }],
    });
  }
  // ledger-row-store.choices: where('deleted', '==', false).where('status', 'in', […]) on each county tab
  // that lists choices for another ledger's column.
  const choiceLedgers = new Set(ALL_LEDGERS.flatMap((l) => choiceFieldsOf(l).map((c) => c.ledgerId)));
  for (const ledger of COUNTY_LEDGERS.filter((l) => choiceLedgers.has(l.id))) {
    indexes.push({
      collectionGroup: ledger.id,
      queryScope: 'COLLECTION',
      fields: [
        { fieldPath: 'deleted', order: 'ASCENDING' },
        { fieldPath: 'status', order: 'ASCENDING' },
      ],
    });
  }
  // ledger-row-store.tombstoneMissing: where('deleted', '==', false) per tab — the default single-field
  // index of collection scope, so `deleted` is never exempted.
  for (const ledger of ALL_LEDGERS)
    for (const field of UNQUERIED_ROW_FIELDS) fieldOverrides.push(exempt(ledger.id, field));
  for (const [group, fields] of Object.entries(UNQUERIED_ASSESSMENT_FIELDS))
    for (const field of fields) fieldOverrides.push(exempt(group, field));
  return { indexes, fieldOverrides };
}

/** The file as committed: two-space JSON with a final newline. */
export const indexFileText = (file: IndexFile = firestoreIndexFile()): string =>
  `${JSON.stringify(file, null, 2)}\n`;
