import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pairsLedger, talentsLedger, trainingsLedger } from '../../../functions/src/core/ledgers';
import { deriveRowKey } from '../../../functions/src/local/workbooks';

const sha = (parts: unknown[]) => createHash('sha256').update(JSON.stringify(parts)).digest('base64url');

describe('deriveRowKey', () => {
  it('hashes the ledger and its normalised natural key', () => {
    expect(deriveRowKey(talentsLedger, { idNumber: '430521199005021231', name: '李春生' })).toEqual({
      key: 'n-xnaOPLjfxo3Sn6vOaejimiftrSigzdradLcbGarZ_KI',
      source: 'natural',
    });
    expect(deriveRowKey(talentsLedger, { idNumber: '430521199005021231' }).key).toBe(
      `n-${sha(['talents', '430521199005021231'])}`,
    );
  });

  it('reads ID numbers, dates and choices the way validation does, so typing variants share a key', () => {
    const lower = deriveRowKey(talentsLedger, { idNumber: '43052119821120072x' });
    expect(deriveRowKey(talentsLedger, { idNumber: ' 430521 19821120072X' })).toEqual(lower);
    const typed = deriveRowKey(trainingsLedger, { startedOn: '2024/3/1', title: '柑橘栽培技术培训班' });
    expect(deriveRowKey(trainingsLedger, { startedOn: 45352, title: ' 柑橘栽培技术培训班 ' })).toEqual(typed);
    expect(typed.key).toBe(`n-${sha(['trainings', '2024-03-01', '柑橘栽培技术培训班'])}`);
    expect(deriveRowKey(pairsLedger, { pairType: '2＋1', menteeId: '430521199005021231' }).key).toBe(
      `n-${sha(['pairs', '2+1', '430521199005021231'])}`,
    );
  });

  it('falls back to the whole row when a natural-key cell is empty or not a possible value', () => {
    const noId = deriveRowKey(talentsLedger, { idNumber: '无', name: '李春生' });
    expect(noId.source).toBe('content');
    expect(noId.key).toMatch(/^r-[A-Za-z0-9_-]{43}$/);
    expect(deriveRowKey(talentsLedger, { idNumber: '无', name: '李春生 ' })).toEqual(noId);
    expect(deriveRowKey(talentsLedger, { idNumber: '无', name: '李春' }).key).not.toBe(noId.key);
    expect(deriveRowKey(trainingsLedger, { startedOn: '2024年3月', title: '培训班' }).source).toBe('content');
  });
});
