import { describe, expect, it } from 'vitest';
import { ageOn } from '../../../functions/src/core/dates/civil-date';
import { parseIdNumber } from '../../../functions/src/core/id-number';
import { TOWNSHIP_LEDGERS } from '../../../functions/src/core/ledgers';
import {
  checkCountyRules,
  MemoryCountyIndex,
  personFacts,
  personKeyOf,
  validateRow,
} from '../../../functions/src/core/validation';
import { generateSampleCounty, type MistakeKind } from '../../../functions/src/local/sample-county';
import { plantedAt, rowsOf } from './county-rows';

const today = '2024-11-25';
const county = generateSampleCounty({ seed: 11, scale: 0.1, year: 2024, today });
const ROW_LEVEL: MistakeKind[] = [
  'wrong-check-digit',
  'future-date',
  'sub-count-above-trainees',
  'missing-required',
  'under-age-application',
];
const validated = TOWNSHIP_LEDGERS.flatMap((ledger) =>
  rowsOf(county, ledger.id).map((located) => ({
    ...located,
    ledger,
    result: validateRow(ledger, located.row, { today }),
  })),
);
type Validated = (typeof validated)[number];
const where = (v: Validated) => `${v.township}|${v.ledger.id}|${v.rowIndex}`;
const valuesOf = (v: Validated) => v.result.values as Record<string, unknown>;

describe('planted mistakes', () => {
  it('plants every kind of mistake at least once', () => {
    const kinds = new Set(county.mistakes.map((m) => m.kind));
    expect([...kinds].sort()).toEqual([...ROW_LEVEL, 'duplicate-person', 'probationary-mentor'].sort());
  });

  it('makes exactly the planted rows fail row validation, and no other', () => {
    const failing = validated.filter((v) => v.result.errors.length).map(where);
    expect(new Set(failing)).toEqual(plantedAt(county, ROW_LEVEL));
  });

  it('keeps the share of rows with mistakes small but not zero (1–2%)', () => {
    const share = county.mistakes.length / validated.length;
    expect(share).toBeGreaterThanOrEqual(0.01);
    expect(share).toBeLessThanOrEqual(0.02);
  });

  it('raises no warnings on clean rows', () => {
    expect(validated.filter((v) => v.result.warnings.length).map((v) => v.result.warnings)).toEqual([]);
  });
});

describe('people', () => {
  const people = validated.filter((v) => v.ledger.id === 'talents' || v.ledger.id === 'members');
  const wrongDigit = plantedAt(county, ['wrong-check-digit']);

  it('have valid ID numbers matching sex, aged 18–75', () => {
    for (const person of people) {
      const id = parseIdNumber(person.row.身份证号 as string, today);
      expect(id.ok).toBe(!wrongDigit.has(where(person)));
      if (!id.ok) continue;
      if (person.row.性别) expect(person.row.性别).toBe(id.sex);
      expect(ageOn(id.birthDate, today)).toBeGreaterThanOrEqual(18);
      expect(ageOn(id.birthDate, today)).toBeLessThanOrEqual(75);
    }
  });

  it('appear once per ledger county-wide, except the planted duplicates', () => {
    const seen = new Map<string, number>();
    for (const v of validated) {
      const key = personKeyOf(v.ledger, v.result.values);
      if (key) seen.set(`${v.ledger.id}|${key}`, (seen.get(`${v.ledger.id}|${key}`) ?? 0) + 1);
    }
    const twice = [...seen].filter(([, n]) => n > 1).map(([key]) => key.split('|')[1]);
    const planted = county.mistakes
      .filter((m) => m.kind === 'duplicate-person')
      .map((m) => county.townships.find((t) => t.name === m.township)!.rows.talents[m.rowIndex]!.身份证号);
    expect(twice.sort()).toEqual(planted.sort());
  });
});

describe('cross-ledger consistency', () => {
  it('pairs break county rules only where a 预备党员 was planted as a 2+1 mentor', () => {
    const index = new MemoryCountyIndex();
    for (const v of validated) {
      const key = personKeyOf(v.ledger, v.result.values);
      if (!key || v.ledger.id === 'pairs') continue;
      const facts = personFacts(v.ledger.id, v.result.values);
      index.add(key, {
        ledger: v.ledger.id,
        township: v.township,
        key: String(v.rowIndex),
        sheetRow: null,
        ...facts,
      });
    }
    const broken = validated
      .filter((v) => v.ledger.id === 'pairs')
      .filter((v) => {
        const self = { township: v.township, key: String(v.rowIndex) };
        return checkCountyRules(v.ledger, v.result.values, self, index).length > 0;
      })
      .map(where);
    expect(new Set(broken)).toEqual(plantedAt(county, ['probationary-mentor']));
    expect(broken.length).toBeGreaterThan(0);
  });

  it('lists the talents admitted as members in the 农民党员 ledger too, joined on 接收预备党员日期', () => {
    const members = new Map(
      validated.filter((v) => v.ledger.id === 'members').map((v) => [valuesOf(v).idNumber, v]),
    );
    const admitted = validated.filter(
      (v) => v.ledger.id === 'talents' && ['预备党员', '正式党员'].includes(String(v.row.政治面貌)),
    );
    expect(admitted.length).toBe(48);
    for (const talent of admitted) {
      const member = members.get(valuesOf(talent).idNumber)!;
      expect(valuesOf(member)).toMatchObject({
        joinedOn: valuesOf(talent).probationaryOn,
        memberCategory: talent.row.政治面貌,
      });
    }
  });
});
