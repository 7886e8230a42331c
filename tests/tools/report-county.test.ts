// The report county (tools/report-county) through the real `shuangpei run --json`: every 全县统计 figure equals
// the one the generator counted from the people it made, those are the county report's own, and exactly the
// rows with a planted mistake are refused.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  generateReportCounty,
  REPORT_COUNTY_NAME,
  REPORT_EXACT,
  REPORT_RANGES,
  type ReportCounty,
  TODAY,
  writeReportCounty,
  YEAR,
} from '../../tools/report-county';
import { checkCharacter } from '../../tools/report-county/id-numbers';
import { type CliRun, runCli } from '../cli/run-cli';

const TABS = {
  talents: '乡土人才',
  members: '农民党员',
  pairs: '帮带结对',
  trainings: '培训记录',
  bases: '示范基地',
};

let county: ReportCounty;
let run: CliRun;
/** The part of `run --json` this test reads. */
interface RunJson {
  files: { status: string }[];
  ranking: unknown[];
  notSubmitted: string[];
  statistics: Record<string, { value: number; lastYear: number }>;
  pushed: {
    source: string;
    tabs: { tab: string; failure?: string | null; counts: { withErrors: number }; errors: number }[];
  }[];
  dataQuality: { withErrors: number }[];
  timings: unknown;
}
let json: RunJson;
let seconds: number;

beforeAll(async () => {
  county = generateReportCounty();
  const work = await mkdtemp(join(tmpdir(), 'shuangpei-report-county-'));
  await writeReportCounty(join(work, 'ledgers'), county);
  const started = Date.now();
  run = await runCli(
    [
      ...['run', '--ledgers', join(work, 'ledgers'), '--year', String(YEAR), '--today', TODAY],
      ...[
        '--county',
        REPORT_COUNTY_NAME,
        '--out',
        join(work, 'out'),
        '--data',
        join(work, 'data'),
        '--fresh',
      ],
      '--json',
    ],
    {},
    work,
  );
  seconds = (Date.now() - started) / 1000;
  json = JSON.parse(run.stdout);
}, 900_000);

describe('the report county as generated', () => {
  it('counts the report’s exact figures from the people it made', () => {
    const values = Object.fromEntries(Object.entries(county.expected).map(([k, v]) => [k, v.value]));
    expect(Object.fromEntries(Object.keys(REPORT_EXACT).map((k) => [k, values[k]]))).toEqual(REPORT_EXACT);
    expect(values).toMatchObject({
      talentPool: 4702,
      talentsAdmittedTotal: 477,
      mentors2p1: 3106,
      mentees2p1: 1558,
      mentors1p1: 2889,
      membersInVillageCommittees: 213,
      villageHeads: 63,
      membersUnder35: 2304,
      membersUnder35Share: 15.8,
      highSchoolOrAboveShare: 32.4,
      members: 14_582,
    });
  });

  it('keeps the figures the report gives as 余, 多 or 近 within what the wording allows', () => {
    for (const [key, [low, high]] of Object.entries(REPORT_RANGES)) {
      const { value } = county.expected[key]!;
      expect({ key, within: value >= low && value <= high }).toEqual({ key, within: true });
    }
  });

  it('plants 45 mistakes, three per township, of all ten kinds', () => {
    expect(county.refusedRows).toBe(45);
    expect(county.townships.map((t) => t.planted.length)).toEqual(Array(15).fill(3));
    expect(new Set(county.townships.flatMap((t) => t.planted.map((p) => p.kind))).size).toBe(10);
  });

  it('is the same county every time: same people, pairs and figures for the same seed', () => {
    const again = generateReportCounty();
    expect(again.expected).toEqual(county.expected);
    expect(again.townships.map((t) => [t.talents[0], t.members.at(-1), t.pairs[7], t.planted])).toEqual(
      county.townships.map((t) => [t.talents[0], t.members.at(-1), t.pairs[7], t.planted]),
    );
  });

  it('makes ID numbers with the check digit of GB 11643 (the standard’s own example 11010519491231002X)', () => {
    expect(checkCharacter('11010519491231002')).toBe('X');
  });
});

describe('shuangpei run --json over the report county', () => {
  it('reads all sixteen workbooks and exits 1 for the refused rows, with one JSON document', () => {
    expect(run.stderr).not.toContain('内部错误');
    expect(run.code).toBe(1);
    expect(json.files.map((f: { status: string }) => f.status)).toEqual(Array(16).fill('read'));
    expect(json.ranking).toHaveLength(15);
    expect(json.notSubmitted).toEqual([]);
    console.info(`report county: run took ${seconds.toFixed(1)} s`, JSON.stringify(json.timings));
  });

  it('gives every 全县统计 figure, this year and last, exactly as the generator counted it', () => {
    const product = Object.fromEntries(
      Object.entries(json.statistics as Record<string, { value: number; lastYear: number }>).map(([k, s]) => [
        k,
        { value: s.value, lastYear: s.lastYear },
      ]),
    );
    expect(product).toEqual(county.expected);
  });

  it('refuses exactly the planted rows: each tab’s rows with errors, one error each', () => {
    const planted: Record<string, number> = {};
    for (const t of county.townships) {
      for (const p of t.planted)
        planted[`${t.name} ${TABS[p.ledger]}`] = (planted[`${t.name} ${TABS[p.ledger]}`] ?? 0) + 1;
    }
    const refused: Record<string, number> = {};
    const errors: Record<string, number> = {};
    for (const p of json.pushed) {
      for (const tab of p.tabs) {
        expect(tab.failure ?? null).toBeNull();
        if (tab.counts.withErrors) refused[`${p.source} ${tab.tab}`] = tab.counts.withErrors;
        if (tab.errors) errors[`${p.source} ${tab.tab}`] = tab.errors;
      }
    }
    expect(refused).toEqual(planted);
    expect(errors).toEqual(planted);
    const rowsWithErrors = json.dataQuality.reduce(
      (n: number, q: { withErrors: number }) => n + q.withErrors,
      0,
    );
    expect(rowsWithErrors).toBe(45);
  });
});
