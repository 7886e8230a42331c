import { beforeAll, expect, it } from 'vitest';
import { type BuiltBundle, buildBundle } from './support/bundle';
import { memberLines } from './support/people';
import { openSpreadsheet } from './support/township-script';

let bundle: BuiltBundle;
beforeAll(async () => {
  bundle = await buildBundle();
});

it('pushes a 1,200-row paste with exactly 3 UrlFetch calls', () => {
  const { driver, env, server } = openSpreadsheet(bundle);
  driver.type('农民党员', 2, 3, memberLines(1, 1200));
  expect(env.urlFetch.requests).toHaveLength(3);
  const bodies = env.urlFetch.bodies<{ rows: { row: number }[]; liveKeys?: string[] }>();
  expect(bodies.map((b) => [b.rows.length, b.rows[0]!.row, b.rows.at(-1)!.row, b.liveKeys])).toEqual([
    [500, 2, 501, undefined],
    [500, 502, 1001, undefined],
    [200, 1002, 1201, undefined],
  ]);
  expect(server.liveKeys('members')).toHaveLength(1200);
  const statuses = driver.view('农民党员', 2, 1201).values.map((v) => v[15]);
  expect(statuses.filter((s) => s === '已同步')).toHaveLength(1200);
  expect(env.properties.document.getKeys()).toEqual(['lastSuccess']);
});

it('records a re-paste over 1,200 keyed rows within the 9 kB property limit, and sends it in 3 calls', () => {
  const { driver, env } = openSpreadsheet(bundle);
  driver.type('农民党员', 2, 3, memberLines(1, 1200));
  const lines = memberLines(1, 1200).map((line) => line.map((cell, i) => (i === 11 ? '7' : cell)));
  driver.type('农民党员', 2, 3, lines);
  const bodies = env.urlFetch
    .bodies<{ rows: { revision: number; cells: Record<string, unknown> }[] }>()
    .slice(3);
  expect(bodies.map((b) => b.rows.length)).toEqual([500, 500, 200]);
  expect(new Set(bodies.flatMap((b) => b.rows.map((r) => `${r.revision}:${r.cells.带动农户数}`)))).toEqual(
    new Set(['2:7']),
  );
  expect(env.properties.document.getKeys()).toEqual(['lastSuccess']);
});
