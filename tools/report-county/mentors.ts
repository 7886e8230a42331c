// Hands mentors to pairs so that exactly `reuse` places go to someone already mentoring another pair this year.
import type { Random } from '../sample-county/random';

export class MentorPool {
  private next = 0;
  private readonly used: string[] = [];

  constructor(
    private readonly random: Random,
    private readonly ids: readonly string[],
  ) {}

  /** Someone not yet mentoring. */
  fresh(): string {
    const id = this.ids[this.next++];
    if (!id) throw new Error('report county: a township ran out of possible mentors');
    this.used.push(id);
    return id;
  }

  /** Someone already mentoring, other than `not`. */
  again(not: string | null): string {
    const choices = this.used.filter((id) => id !== not);
    return this.random.pick(choices);
  }

  /** Anyone of the pool (for pairs that did not run this year: they count in no figure of it). */
  any(...not: string[]): string {
    return this.random.pick(this.ids.filter((id) => !not.includes(id)));
  }
}
