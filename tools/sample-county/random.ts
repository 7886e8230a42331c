// A seeded, deterministic source of randomness (pure-rand's xoroshiro128+) with the helpers the generator needs.
import { type RandomGenerator, unsafeUniformIntDistribution, xoroshiro128plus } from 'pure-rand';

export class Random {
  private readonly generator: RandomGenerator;

  constructor(seed: number) {
    this.generator = xoroshiro128plus(seed | 0);
  }

  /** A whole number in [min, max]. */
  int(min: number, max: number): number {
    return unsafeUniformIntDistribution(min, max, this.generator);
  }

  /** A number in [0, 1). */
  float(): number {
    return this.int(0, 0x3fffffff) / 0x40000000;
  }

  chance(probability: number): boolean {
    return this.float() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (!items.length) throw new Error('Random.pick needs at least one item');
    return items[this.int(0, items.length - 1)]!;
  }

  /** One item, chosen with the given relative weights. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((sum, [, weight]) => sum + weight, 0);
    let point = this.float() * total;
    for (const [item, weight] of items) {
      point -= weight;
      if (point < 0) return item;
    }
    return items[items.length - 1]![0];
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }

  /** Exactly `count` distinct indices out of [0, size), as a set. */
  indices(size: number, count: number): Set<number> {
    const all = Array.from({ length: size }, (_, i) => i);
    return new Set(this.shuffle(all).slice(0, Math.max(0, Math.min(size, count))));
  }

  /** An independent stream for one part of the county, so parts do not shift each other's draws. */
  fork(label: string): Random {
    let seed = this.int(0, 0x7fffffff);
    for (const ch of label) seed = (Math.imul(seed, 31) + ch.codePointAt(0)!) | 0;
    return new Random(seed);
  }
}
