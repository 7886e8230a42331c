import { describe, expect, it } from 'vitest';
import { jsonEntries, PIECE_LENGTH, readJson, writeJson } from '../../../apps-script/src/app/chunked-json';
import { appendInbox, drainInbox, editedSinceDrain, readInbox } from '../../../apps-script/src/app/inbox';
import {
  lastSuccess,
  loadRetry,
  mayRetry,
  recordFailure,
  recordSuccess,
} from '../../../apps-script/src/app/retry-state';
import { loadTabState, MAX_LISTED_KEYS, saveTabState } from '../../../apps-script/src/app/tab-state';
import { MemoryStore } from '../support/memory-ports';

describe('JSON in small properties', () => {
  it('stores a short value inline and a long one in pieces, and reads both back', () => {
    expect(jsonEntries('a', { x: 1 })).toEqual({ a: '{"x":1}' });
    const store = new MemoryStore();
    const keys = Array.from(
      { length: 200 },
      (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    );
    writeJson(store, 'tab.members', { keys });
    const length = JSON.stringify({ keys }).length;
    const pieces = Math.ceil(length / PIECE_LENGTH);
    expect(store.get('tab.members')).toBe(`#${pieces}`);
    expect([...store.data.keys()].sort()).toEqual(
      ['tab.members', ...Array.from({ length: pieces }, (_, i) => `tab.members#${i}`)].sort(),
    );
    expect(readJson((n) => store.get(n), 'tab.members')).toEqual({ keys });
    writeJson(store, 'tab.members', { keys: [] });
    expect(store.all()).toEqual({ 'tab.members': '{"keys":[]}' });
  });

  it('reads a value whose pieces are not all there as absent', () => {
    const store = new MemoryStore();
    store.set({ v: '#2', 'v#0': '{"a":' });
    expect(readJson((n) => store.get(n), 'v')).toBeUndefined();
  });
});

describe('tab state and inbox', () => {
  it('merges inbox entries into the tab state and deletes exactly the entries it took', () => {
    const store = new MemoryStore();
    appendInbox(store, 'e1', { ledger: 'members', keys: ['k1'], rows: [5, 6, 7, 9], deletions: false });
    appendInbox(store, 'e2', { ledger: 'members', keys: ['k1', 'k2'], rows: [], deletions: true });
    expect(store.get('inbox.e1')).toBe('{"l":"members","k":["k1"],"r":[[5,7],[9,9]],"d":false}');
    expect(editedSinceDrain(store, 'members')).toEqual({
      keys: new Set(['k1', 'k2']),
      rows: new Set([5, 6, 7, 9]),
    });
    expect(drainInbox(store)).toBe(2);
    expect(readInbox(store).entries).toEqual([]);
    expect(loadTabState(store, 'members')).toEqual({
      keys: ['k1', 'k2'],
      rows: [5, 6, 7, 9],
      all: false,
      deletions: true,
      blocked: null,
    });
  });

  it('marks a refused tab for another try once it is edited', () => {
    const store = new MemoryStore();
    const blocked = { status: 403, message: '此账号只能写入河口乡的台账', at: 1, retry: false };
    saveTabState(store, 'members', { keys: ['k1'], rows: [], all: false, deletions: false, blocked });
    appendInbox(store, 'e1', { ledger: 'members', keys: ['k1'], rows: [], deletions: false });
    drainInbox(store);
    expect(loadTabState(store, 'members').blocked).toEqual({ ...blocked, retry: true });
  });

  it('keeps more than 2,000 pending keys as "every row pending"', () => {
    const store = new MemoryStore();
    const keys = Array.from({ length: MAX_LISTED_KEYS + 1 }, (_, i) => `k${i}`);
    saveTabState(store, 'talents', { keys, rows: [], all: false, deletions: false, blocked: null });
    expect(loadTabState(store, 'talents')).toEqual({
      keys: [],
      rows: [],
      all: true,
      deletions: false,
      blocked: null,
    });
  });

  it('removes the state of a tab with nothing left to do', () => {
    const store = new MemoryStore();
    saveTabState(store, 'talents', { keys: ['a'], rows: [], all: false, deletions: false, blocked: null });
    saveTabState(store, 'talents', { keys: [], rows: [], all: false, deletions: false, blocked: null });
    expect(store.all()).toEqual({});
  });
});

describe('back-off', () => {
  it('waits 5, 10, 20, then 30 minutes after consecutive failures, and forgets them on success', () => {
    const store = new MemoryStore();
    const t0 = 1_000_000;
    const waits = [1, 2, 3, 4, 5].map(() => (recordFailure(store, t0, '503').nextAt - t0) / 60_000);
    expect(waits).toEqual([5, 10, 20, 30, 30]);
    expect(mayRetry(loadRetry(store), t0 + 29 * 60_000)).toBe(false);
    expect(mayRetry(loadRetry(store), t0 + 30 * 60_000)).toBe(true);
    recordSuccess(store, t0 + 31 * 60_000);
    expect(loadRetry(store)).toBeNull();
    expect(lastSuccess(store)).toBe(t0 + 31 * 60_000);
  });
});
