import { describe, expect, it } from 'vitest';
import type { User } from '../../functions/src/auth/authorize';
import { cachedFindUser } from '../../functions/src/auth/cached-find-user';

const clerk: User = { email: 'clerk@x.example', role: 'clerk', county: '示范县', township: '城关镇' };

function setUp() {
  let now = 0;
  const reads: string[] = [];
  let answer: User | null | Error = clerk;
  const find = cachedFindUser(
    async (email) => {
      reads.push(email);
      if (answer instanceof Error) throw answer;
      return answer;
    },
    { ttlMs: 60_000, negativeTtlMs: 10_000, now: () => now },
  );
  return {
    find,
    reads,
    advance: (ms: number) => {
      now += ms;
    },
    answer: (a: User | null | Error) => {
      answer = a;
    },
  };
}

describe('cachedFindUser', () => {
  it('reads an account once per minute, whatever the case of the address, and shares a read in flight', async () => {
    const c = setUp();
    expect(await Promise.all([c.find('clerk@x.example'), c.find('Clerk@X.example')])).toEqual([clerk, clerk]);
    c.advance(59_000);
    await c.find('clerk@x.example');
    expect(c.reads).toHaveLength(1);
    c.advance(2_000);
    await c.find('clerk@x.example');
    expect(c.reads).toHaveLength(2);
  });

  it('remembers an unknown account for 10 s only, and never a failed read', async () => {
    const c = setUp();
    c.answer(null);
    expect(await c.find('new@x.example')).toBeNull();
    c.answer(clerk);
    c.advance(9_000);
    expect(await c.find('new@x.example')).toBeNull();
    c.advance(2_000);
    expect(await c.find('new@x.example')).toEqual(clerk);
    c.answer(new Error('UNAVAILABLE'));
    await expect(c.find('other@x.example')).rejects.toThrow('UNAVAILABLE');
    c.answer(clerk);
    expect(await c.find('other@x.example')).toEqual(clerk);
    expect(c.reads).toEqual(['new@x.example', 'new@x.example', 'other@x.example', 'other@x.example']);
  });
});
