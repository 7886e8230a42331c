// The zod schema of a whole ledger row (field key → raw cell), built from the ledger definition.
import { z } from 'zod';
import type { CivilDate } from '../dates/civil-date';
import type { LedgerDef, LedgerRecord } from '../ledgers/define-ledger';
import { fieldSchema } from './field-schema';

type FieldSchema = ReturnType<typeof fieldSchema>;
export interface LedgerSchema<L extends LedgerDef = LedgerDef> {
  object: z.ZodType<LedgerRecord<L>>;
  fields: Record<string, FieldSchema>;
}

const cache = new Map<string, LedgerSchema>();
const CACHE_LIMIT = 64;

/** Builds (or reuses) the schema of a ledger for a given `today` (ID birth dates and ages depend on it). */
export function ledgerSchema<L extends LedgerDef>(ledger: L, today: CivilDate): LedgerSchema<L> {
  const cacheKey = `${ledger.id}@${today}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached as unknown as LedgerSchema<L>;
  const fields: Record<string, FieldSchema> = {};
  for (const field of ledger.fields) fields[field.key] = fieldSchema(field, today);
  const schema = { object: z.object(fields) as unknown as z.ZodType<LedgerRecord<L>>, fields };
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(cacheKey, schema as unknown as LedgerSchema);
  return schema;
}
