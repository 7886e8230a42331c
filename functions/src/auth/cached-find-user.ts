// Remembers user lookups for a short while: one Firestore read per account per minute, not one per request.
import type { FindUser, User } from './authorize';

export interface UserCacheOptions {
  /** How long a found user is trusted; a changed role or a removed account takes effect after at most this. */
  ttlMs: number;
  /** How long "no such user" is remembered (shorter: a newly added clerk should not wait long). */
  negativeTtlMs: number;
  /** Entries kept at most; the oldest go first. */
  maxEntries?: number;
  now?: () => number;
}

export function cachedFindUser(find: FindUser, options: UserCacheOptions): FindUser {
  const now = options.now ?? Date.now;
  const max = options.maxEntries ?? 10_000;
  const entries = new Map<string, { until: number; user: Promise<User | null> }>();
  return (email) => {
    const key = email.toLowerCase();
    const hit = entries.get(key);
    if (hit && hit.until > now()) return hit.user;
    entries.delete(key);
    // Concurrent requests of one account share one read; a failed read is not remembered.
    const user = find(email).then(
      (found) => {
        const entry = entries.get(key);
        if (entry?.user === user) entry.until = now() + (found ? options.ttlMs : options.negativeTtlMs);
        return found;
      },
      (error: unknown) => {
        if (entries.get(key)?.user === user) entries.delete(key);
        throw error;
      },
    );
    entries.set(key, { until: Number.POSITIVE_INFINITY, user });
    if (entries.size > max) entries.delete(entries.keys().next().value!);
    return user;
  };
}
