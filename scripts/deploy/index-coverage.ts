// Which index each query needs, and whether an index file declares it (Firestore's own rules of index use).
import type { IndexFile, QueryScope } from './firestore-indexes';

/** A query as the client sends it (the `structuredQuery` of a RunQuery request), reduced to what indexes see. */
export interface StructuredQuery {
  from?: { collectionId?: string; allDescendants?: boolean }[];
  where?: Filter;
  orderBy?: { field?: { fieldPath?: string }; direction?: string }[];
}
interface Filter {
  fieldFilter?: { field?: { fieldPath?: string }; op?: string };
  unaryFilter?: { field?: { fieldPath?: string }; op?: string };
  compositeFilter?: { op?: string; filters?: Filter[] };
}

export interface QueryShape {
  collectionGroup: string;
  queryScope: QueryScope;
  /** Fields compared with == or IN, in any order. */
  equalities: string[];
  /** Fields with a range/inequality filter or an order, in index order. */
  ordered: string[];
}

const EQUALITY_OPS = new Set(['EQUAL', 'IN', 'IS_NULL', 'IS_NAN', 'ARRAY_CONTAINS', 'ARRAY_CONTAINS_ANY']);

function filtersOf(filter: Filter | undefined): { field: string; op: string }[] {
  if (!filter) return [];
  if (filter.compositeFilter) return (filter.compositeFilter.filters ?? []).flatMap(filtersOf);
  const f = filter.fieldFilter ?? filter.unaryFilter;
  return f?.field?.fieldPath ? [{ field: f.field.fieldPath, op: f.op ?? '' }] : [];
}

export function queryShape(query: StructuredQuery): QueryShape {
  const from = query.from?.[0] ?? {};
  const filters = filtersOf(query.where);
  const equalities = [...new Set(filters.filter((f) => EQUALITY_OPS.has(f.op)).map((f) => f.field))];
  const ordered = [
    ...new Set([
      ...filters.filter((f) => !EQUALITY_OPS.has(f.op)).map((f) => f.field),
      ...(query.orderBy ?? []).map((o) => o.field?.fieldPath ?? ''),
    ]),
  ].filter((f) => f && f !== '__name__');
  return {
    collectionGroup: from.collectionId ?? '',
    queryScope: from.allDescendants ? 'COLLECTION_GROUP' : 'COLLECTION',
    equalities: equalities.sort(),
    ordered,
  };
}

/**
 * Why the index file does not serve the query, or null when it does. One field: its single-field index —
 * automatic for collection scope unless a field override removes it, declared for collection-group scope.
 * More fields: a composite index of the equality fields (any order) followed by the ordered fields.
 */
export function missingIndex(shape: QueryShape, file: IndexFile): string | null {
  const fields = [...shape.equalities, ...shape.ordered];
  const where = `${shape.queryScope} ${shape.collectionGroup}(${fields.join(', ')})`;
  if (fields.length === 0) return null;
  if (fields.length === 1) {
    const override = file.fieldOverrides.find(
      (o) => o.collectionGroup === shape.collectionGroup && o.fieldPath === fields[0],
    );
    if (!override) return shape.queryScope === 'COLLECTION' ? null : `${where}: no field override`;
    const served = override.indexes.some((i) => i.queryScope === shape.queryScope && i.order);
    return served ? null : `${where}: the field override has no ${shape.queryScope} index`;
  }
  const served = file.indexes.some((index) => {
    if (index.collectionGroup !== shape.collectionGroup || index.queryScope !== shape.queryScope)
      return false;
    const paths = index.fields.map((f) => f.fieldPath).filter((p) => p !== '__name__');
    if (paths.length !== fields.length) return false;
    const head = paths.slice(0, shape.equalities.length).sort();
    return (
      head.join('\0') === shape.equalities.join('\0') &&
      paths.slice(shape.equalities.length).join('\0') === shape.ordered.join('\0')
    );
  });
  return served ? null : `${where}: no composite index`;
}
