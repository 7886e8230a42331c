// How many townships are marked 表彰 and 通报批评: the configured numbers, shrunk for a small county, and
// never a 表彰 for a township below 合格.
import type { AssessmentConfig } from './config';

/**
 * Marks per end of the ranking for `n` townships: a quarter of them, rounded down, but one when there are
 * 3–7; none with fewer than 3 (too few to single anyone out); and never more than configured.
 * 3 → 1 and 1, 8 → 2 and 2, 12 or more → the configured 3 and 3.
 */
export function markCounts(n: number, config: Pick<AssessmentConfig, 'rewardCount' | 'criticismCount'>) {
  const share = n < 3 ? 0 : Math.max(1, Math.floor(n / 4));
  return { rewards: Math.min(config.rewardCount, share), criticisms: Math.min(config.criticismCount, share) };
}

/** The lowest total that is 合格 or better (the band named 合格; else the lowest band's bar, which all reach). */
export function passMark(config: Pick<AssessmentConfig, 'bands'>): number {
  return config.bands.find((b) => b.name === '合格')?.min ?? config.bands.at(-1)?.min ?? 0;
}
