// The request schema's per-row size bound counts UTF-8 bytes exactly as Node's Buffer does.
import { describe, expect, it } from 'vitest';
import { ingestRequestSchema, MAX_ROW_BYTES } from '../../../functions/src/core/contract';

const request = (cells: Record<string, string>) => ({
  spreadsheetId: 's',
  county: '示范县',
  township: '城关镇',
  ledger: 'members',
  rows: [{ key: 'm1', revision: 1, row: 2, cells }],
});

/**
 * Cells whose JSON is exactly `bytes` long by Buffer (an independent count): eight columns of `unit`
 * repeated (each under the 100,000-character cap of a cell) and ASCII padding in the last.
 */
function cellsOf(unit: string, bytes: number): Record<string, string> {
  const columns = Array.from({ length: 8 }, (_, i) => `c${i}`);
  const empty = Object.fromEntries(columns.map((c) => [c, '']));
  const unitBytes = Buffer.byteLength(unit);
  const perColumn = Math.floor((bytes - Buffer.byteLength(JSON.stringify(empty))) / unitBytes / 8);
  const cells = Object.fromEntries(columns.map((c) => [c, unit.repeat(perColumn)]));
  cells.c7 += 'a'.repeat(bytes - Buffer.byteLength(JSON.stringify(cells)));
  expect(Buffer.byteLength(JSON.stringify(cells))).toBe(bytes);
  return cells;
}

describe('ingestRequestSchema: bytes per row', () => {
  it.each([
    ['ASCII', 'a'],
    ['汉字 (3 bytes)', '汉'],
    ['an emoji (4 bytes)', '🌾'],
    ['a 2-byte letter', 'é'],
  ])('takes a row of exactly %s up to the limit and refuses one byte more', (_, unit) => {
    const schema = ingestRequestSchema(10);
    expect(schema.safeParse(request(cellsOf(unit, MAX_ROW_BYTES))).success).toBe(true);
    const over = schema.safeParse(request(cellsOf(unit, MAX_ROW_BYTES + 1)));
    expect(over.success).toBe(false);
    expect(over.error!.issues.map((i) => i.message)).toEqual([
      '第2行内容过大（257 KB），每行最多 256 KB，请删减后重新同步',
    ]);
  });
});
