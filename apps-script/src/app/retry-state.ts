// Back-off after a failed request (5, 10, 20, then every 30 minutes) and the time of the last success.
import type { KeyValueStore } from './ports';

export interface RetryState {
  failures: number;
  /** Epoch ms before which automatic runs do not send. */
  nextAt: number;
  message: string;
  at: number;
}

const RETRY = 'retry';
const LAST_SUCCESS = 'lastSuccess';
export const RETRY_DELAYS_MINUTES = [5, 10, 20, 30] as const;

export function loadRetry(store: KeyValueStore): RetryState | null {
  const text = store.get(RETRY);
  return text ? (JSON.parse(text) as RetryState) : null;
}

export const mayRetry = (retry: RetryState | null, now: number): boolean => !retry || now >= retry.nextAt;

export function recordFailure(store: KeyValueStore, now: number, message: string): RetryState {
  const failures = (loadRetry(store)?.failures ?? 0) + 1;
  const minutes = RETRY_DELAYS_MINUTES[Math.min(failures, RETRY_DELAYS_MINUTES.length) - 1]!;
  const retry = { failures, nextAt: now + minutes * 60_000, message, at: now };
  store.set({ [RETRY]: JSON.stringify(retry) });
  return retry;
}

export function recordSuccess(store: KeyValueStore, now: number): void {
  store.set({ [LAST_SUCCESS]: String(now) });
  store.remove([RETRY]);
}

export function clearRetry(store: KeyValueStore): void {
  store.remove([RETRY]);
}

export function lastSuccess(store: KeyValueStore): number | null {
  const text = store.get(LAST_SUCCESS);
  return text ? Number(text) : null;
}
