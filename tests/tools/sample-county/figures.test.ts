import { describe, expect, it } from 'vitest';
import { ageOn } from '../../../functions/src/core/dates/civil-date';
import { parseIdNumber } from '../../../functions/src/core/id-number';
import { isHighSchoolOrAbove, VILLAGE_HEAD_POSTS } from '../../../functions/src/core/ledgers';
import { generateSampleCounty } from '../../../tools/sample-county';
import { countOf, plantedAt, rowsOf } from './county-rows';
import { describeNewLedgers } from './new-ledger-figures';

const today = '2024-11-25';
const county = generateSampleCounty({ seed: 7, scale: 1, year: 2024, today });
const talents = rowsOf(county, 'talents');
const members = rowsOf(county, 'members').map((r) => r.row);
const pairs = rowsOf(county, 'pairs').map((r) => r.row);
const trainings = rowsOf(county, 'trainings');
const bases = rowsOf(county, 'bases').map((r) => r.row);
const duplicates = plantedAt(county, ['duplicate-person']);
const count = <T>(rows: readonly T[], test: (row: T) => boolean) => rows.filter(test).length;
const sum = <T>(rows: readonly T[], value: (row: T) => number) => rows.reduce((s, r) => s + value(r), 0);

describe('the scale-1 county matches the county report', () => {
  it('has fifteen townships with 300 new members targeted a year', () => {
    expect(county.townships).toHaveLength(15);
    expect(sum(county.townshipSettings, (r) => Number(r.年度发展目标))).toBe(300);
  });

  it('has 4,702 talents (plus the planted duplicates), 477 of them admitted, 40% top talents', () => {
    const own = talents
      .filter((t) => !duplicates.has(`${t.township}|talents|${t.rowIndex}`))
      .map((t) => t.row);
    expect(own).toHaveLength(4702);
    expect(talents.length - own.length).toBe(9);
    expect(count(own, (r) => r.政治面貌 === '预备党员' || r.政治面貌 === '正式党员')).toBe(477);
    expect(count(own, (r) => r.是否拔尖人才 === '是')).toBe(1881);
  });

  it('has 14,600 members: 15.8% under 35, 32.4% high school or above, 63% with a practical skill', () => {
    expect(members).toHaveLength(14_600);
    const ages = members.flatMap((r) => {
      const id = parseIdNumber(r.身份证号 as string, today);
      return id.ok ? [ageOn(id.birthDate, today)] : [];
    });
    expect(count(ages, (age) => age < 35) / ages.length).toBeCloseTo(0.158, 2);
    expect(count(members, (r) => isHighSchoolOrAbove(String(r.文化程度)))).toBe(4730);
    expect(count(members, (r) => Boolean(r.实用技术一))).toBe(9198);
  });

  it('has 210 members in village committees, 63 of them village heads', () => {
    expect(count(members, (r) => Boolean(r.村级职务) && r.村级职务 !== '无')).toBe(210);
    expect(count(members, (r) => VILLAGE_HEAD_POSTS.includes(String(r.村级职务)))).toBe(63);
  });

  it('has 1,558 2+1 pairs with 3,116 mentors, mostly running, and 2,900 1+1 pairs', () => {
    const twoPlusOne = pairs.filter((r) => r.帮带类型 === '2+1');
    expect(twoPlusOne).toHaveLength(1558);
    expect(new Set(twoPlusOne.flatMap((r) => [r.帮带人一身份证号, r.帮带人二身份证号])).size).toBe(3116);
    expect(count(twoPlusOne, (r) => r.状态 === '进行中') / twoPlusOne.length).toBeGreaterThan(0.85);
    expect(count(twoPlusOne, (r) => r.状态 === '已完成')).toBeGreaterThan(50);
    expect(count(pairs, (r) => r.帮带类型 === '1+1')).toBe(2900);
  });

  it('has 60 training classes over two years with 5,700 trainees, about 5,000 mastering a skill', () => {
    expect(trainings).toHaveLength(60);
    expect(sum(trainings, (t) => countOf(t.row.参训人数))).toBe(5700);
    const skilled = sum(trainings, (t) => countOf(t.row.掌握实用技术人数));
    expect(skilled).toBeGreaterThan(4800);
    expect(skilled).toBeLessThan(5200);
    expect(new Set(trainings.map((t) => String(t.row.培训名称).slice(0, 4)))).toEqual(
      new Set(['2023', '2024']),
    );
  });

  it('has 200 demonstration bases leading 5,000 households', () => {
    expect(bases).toHaveLength(200);
    expect(sum(bases, (r) => countOf(r.带动农户数))).toBe(5000);
  });

  it('plants mistakes in 1–2% of its rows', () => {
    const rows = county.townships.reduce((n, t) => n + Object.values(t.rows).flat().length, 0);
    expect(rows).toBe(33_885);
    expect(county.mistakes).toHaveLength(379);
    expect(county.mistakes.length / rows).toBeGreaterThan(0.01);
    expect(county.mistakes.length / rows).toBeLessThan(0.02);
  });
});

describeNewLedgers(county);
