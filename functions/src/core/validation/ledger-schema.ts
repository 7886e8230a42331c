// The zod schemas of a ledger row's columns (field key → raw cell), built from the ledger definition.
import type { CivilDate } from '../dates/civil-date';
import type { LedgerDef } from '../ledgers/define-ledger';
import { type FieldCheck, fieldCheck, fieldSchema } from './field-schema';

type FieldSchema = ReturnType<typeof fieldSchema>;
/** The schema of each column, by field key (each parses one raw cell on its own). */
export interface LedgerSchema {
  fields: Record<string, FieldSchema>;
  /** The same checks without zod around them, for validating many rows. */
  checks: Record<string, FieldCheck>;
}

const cache = new Map<string, LedgerSchema>();
const CACHE_LIMIT = 64;

/** Builds (or reuses) the schema of a ledger for a given `today` (ID birth dates and ages depend on it). */
export function ledgerSchema(ledger: LedgerDef, today: CivilDate): LedgerSchema {
  const cacheKey = `${ledger.id}@${today}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const fields: Record<string, FieldSchema> = {};
  const checks: Record<string, FieldCheck> = {};
  for (const field of ledger.fields) {
    fields[field.key] = fieldSchema(field, today);
    checks[field.key] = fieldCheck(field, today);
  }
  const schema = { fields, checks };
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(cacheKey, schema);
  return schema;
}
