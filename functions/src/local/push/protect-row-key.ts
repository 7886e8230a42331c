// Keys derived from a row's cells (its ID number, …) are keyed with the county's secret before they leave.
import { createHmac } from 'node:crypto';
import type { RowKeySource } from '../workbooks';

/** Prefix of a derived key once keyed: `k-` + base64url HMAC-SHA256 (45 characters). */
export const KEYED_PREFIX = 'k-';

/**
 * A key from the sheet's 行键 column is the clerk's and stays; a key derived from the cells (`n-`/`r-`, a
 * plain SHA-256 of the ID number or the row) becomes an HMAC under the county's secret, so the stored key,
 * audit entries and snapshot traces hold nothing from which an ID number can be recovered without it. The
 * same row still gets the same key on every push.
 */
export function protectRowKey(key: string, source: RowKeySource, secret: string): string {
  if (source === 'column') return key;
  return KEYED_PREFIX + createHmac('sha256', secret).update(key, 'utf8').digest('base64url');
}
