// A keyed hash of an ID number, so county-wide uniqueness needs no index of raw ID numbers.
import { createHmac } from 'node:crypto';

/** HMAC-SHA256 of the normalised 18-character number under the county's secret, hex-encoded. */
export function hashIdNumber(idNumber: string, secret: string): string {
  if (secret.length < 16)
    throw new Error('ID hash secret must be at least 16 characters (set SHUANGPEI_ID_HASH_SECRET)');
  return createHmac('sha256', secret).update(idNumber, 'utf8').digest('hex');
}
