import { describe, expect, it } from 'vitest';
import { prepareTab } from '../../../apps-script/src/app/prepare-tab';
import type { TabRow } from '../../../apps-script/src/app/read-tab';
import { emptyTabState, type TabState } from '../../../apps-script/src/app/tab-state';

const row = (n: number, key: string | null, revision = 1, blank = false, status = '已同步'): TabRow => ({
  row: n,
  key,
  revision,
  status,
  cells: blank ? { 姓名: null } : { 姓名: `王${n}` },
  blank,
});
const state = (s: Partial<TabState>): TabState => ({ ...emptyTabState(), ...s });
const keys = () => {
  let n = 0;
  return () => `new-${++n}`;
};

describe('prepareTab', () => {
  it('sends the edited rows and every row without a key, giving those keys and revision 1', () => {
    const rows = [row(2, 'a'), row(3, 'b', 4), row(4, null, 0, false, ''), row(5, 'c')];
    const plan = prepareTab(rows, state({ keys: ['b'] }), 'pending', keys());
    expect(plan.keyWrites).toEqual([{ row: 4, key: 'new-1', revision: 1 }]);
    expect(plan.send.map((r) => [r.row, r.key, r.revision])).toEqual([
      [3, 'b', 4],
      [4, 'new-1', 1],
    ]);
    expect(plan.pendingKeys).toEqual(['b', 'new-1']);
    expect(plan.liveKeys).toBeNull();
    expect(plan.clears).toEqual([]);
  });

  it('also sends a keyed row the sheet shows as 待同步, though no edit of it was recorded', () => {
    const rows = [row(2, 'a'), row(3, 'b', 2, false, '待同步'), row(4, 'c')];
    const plan = prepareTab(rows, state({}), 'pending', keys());
    expect([plan.send.map((r) => r.key), plan.pendingKeys]).toEqual([['b'], ['b']]);
  });

  it('resolves rows recorded by number, whatever key they hold now', () => {
    const plan = prepareTab([row(2, 'a'), row(3, 'b')], state({ rows: [3] }), 'pending', keys());
    expect(plan.send.map((r) => r.key)).toEqual(['b']);
  });

  it('gives a pasted copy of a row (same key) a new key; the first row keeps it', () => {
    const plan = prepareTab(
      [row(2, 'a', 3), row(3, 'b'), row(4, 'a', 3)],
      state({ rows: [4] }),
      'pending',
      keys(),
    );
    expect(plan.keyWrites).toEqual([{ row: 4, key: 'new-1', revision: 3 }]);
    expect(plan.send.map((r) => [r.row, r.key])).toEqual([[4, 'new-1']]);
  });

  it('clears blank rows that still carry a key and tells the server which keys are live', () => {
    const rows = [
      row(2, 'a'),
      row(3, 'b', 2, true),
      row(4, null, 1, true, '待同步'),
      row(5, null, 0, true, ''),
    ];
    const plan = prepareTab(rows, state({ keys: ['b'] }), 'pending', keys());
    expect(plan.clears).toEqual([3, 4]);
    expect(plan.send).toEqual([]);
    expect(plan.pendingKeys).toEqual([]);
    expect(plan.deletions).toBe(true);
    expect(plan.liveKeys).toEqual(['a']);
  });

  it('asks for a deletion sync when a pending key is no longer in the tab', () => {
    const plan = prepareTab([row(2, 'a')], state({ keys: ['gone'] }), 'pending', keys());
    expect([plan.deletions, plan.liveKeys]).toEqual([true, ['a']]);
  });

  it('sends every row with every live key in full mode, and keeps only the edited ones pending', () => {
    const plan = prepareTab(
      [row(2, 'a'), row(3, 'b'), row(4, null, 0)],
      state({ keys: ['b'] }),
      'full',
      keys(),
    );
    expect(plan.send.map((r) => r.key)).toEqual(['a', 'b', 'new-1']);
    expect(plan.liveKeys).toEqual(['a', 'b', 'new-1']);
    expect(plan.pendingKeys).toEqual(['b', 'new-1']);
  });

  it('sends every row when too many were pending to list them', () => {
    const plan = prepareTab([row(2, 'a'), row(3, 'b')], state({ all: true }), 'pending', keys());
    expect(plan.pendingKeys).toEqual(['a', 'b']);
    expect(plan.liveKeys).toBeNull();
  });
});
