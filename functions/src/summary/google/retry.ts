// Retries a Sheets call with exponential back-off while the error says "try again later" (429, 5xx, network).
import { SummaryWriteError } from '../errors';

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  readonly maxAttempts: number;
  /** Pause before the second attempt; doubled before each next one. */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly sleep: (ms: number) => Promise<void>;
  /** Told before each pause (for a log line). */
  readonly onRetry?: (info: { attempt: number; delayMs: number; code: string }) => void;
}

export const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export const DEFAULT_RETRY: RetryPolicy = {
  maxAttempts: 5,
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
  sleep: realSleep,
};

/** Pause before attempt `attempt + 1` (attempt counts from 1). */
export const backoffDelay = (policy: RetryPolicy, attempt: number): number =>
  Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));

export async function withRetry<T>(policy: RetryPolicy, call: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const retryable = error instanceof SummaryWriteError && error.retryable;
      if (!retryable || attempt >= policy.maxAttempts) throw error;
      const delayMs = backoffDelay(policy, attempt);
      policy.onRetry?.({ attempt, delayMs, code: error.code });
      await policy.sleep(delayMs);
    }
  }
}
