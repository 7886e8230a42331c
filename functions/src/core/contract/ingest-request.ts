// The body of an `ingest` request, as the Apps Script client and the local CLI send it (zod, Chinese messages).
import { z } from 'zod';
import { ALL_LEDGERS, type LedgerId } from '../ledgers';
import { placeNameProblem } from '../names/place-name';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Row keys are written by our clients: letters, digits and `-_:.`, at most 100 characters. */
export const ROW_KEY = /^[A-Za-z0-9][A-Za-z0-9_:.-]{0,99}$/;

/** County and township names become Firestore document ids and file names (see core/names/place-name.ts). */
const name = z
  .string()
  .trim()
  .min(1)
  .max(30)
  .superRefine((v, ctx) => {
    const problem = placeNameProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: `名称${problem}` });
  });
const cellValue = z.union([z.string().max(100_000), z.number(), z.boolean(), z.null()]);
const cells = z
  .record(z.string().max(100), cellValue)
  .refine((c) => Object.keys(c).length <= 200, { message: '一行最多 200 列' })
  .refine((c) => !Object.keys(c).some((k) => FORBIDDEN_KEYS.has(k)), {
    message: '列名不能是 __proto__、constructor 或 prototype',
  });

/** A stored row keeps its raw cells and its record: 256 KB of cells keeps it well under Firestore's 1 MiB. */
export const MAX_ROW_BYTES = 256 * 1024;

/**
 * Bytes of a string as UTF-8 (a lone surrogate counts the 3 bytes of U+FFFD, as an encoder writes it). Written
 * out because the Apps Script bundle type-checks this file and has neither Buffer nor TextEncoder.
 */
function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

const rowKey = z.string().regex(ROW_KEY, { message: '行键只能包含字母、数字和 -_:.，最多 100 个字符' });

export function ingestRequestSchema(maxRows: number) {
  return z
    .object({
      spreadsheetId: z.string().trim().min(1).max(200),
      county: name,
      /** Omitted (or null) for the county's own tabs. */
      township: name.nullish(),
      ledger: z.enum(ALL_LEDGERS.map((l) => l.id) as [LedgerId, ...LedgerId[]], {
        error: `台账名称无效，应为：${ALL_LEDGERS.map((l) => l.id).join('、')}`,
      }),
      /** The sheet's header row; when missing, the union of the rows' cell names is used. */
      headers: z.array(z.string().max(100)).max(200).optional(),
      rows: z
        .array(
          z.strictObject({
            key: rowKey,
            revision: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
            /** 1-based row number in the sheet, for messages that point at a row. */
            row: z.number().int().min(1).max(10_000_000).nullish(),
            cells,
          }),
        )
        .max(maxRows, { message: `一次最多提交 ${maxRows} 行，请分批同步` }),
      /** Full sync: every key still in the sheet; stored rows of this tab not listed become tombstones. */
      liveKeys: z.array(rowKey).max(200_000).optional(),
    })
    .superRefine((body, ctx) => {
      const seen = new Set<string>();
      body.rows.forEach((row, index) => {
        if (seen.has(row.key))
          ctx.addIssue({ code: 'custom', path: ['rows', index, 'key'], message: `行键 ${row.key} 重复出现` });
        seen.add(row.key);
        const bytes = utf8Length(JSON.stringify(row.cells));
        if (bytes > MAX_ROW_BYTES) {
          const where = row.row ? `第${row.row}行` : `行键 ${row.key} 的行`;
          const message = `${where}内容过大（${Math.ceil(bytes / 1024)} KB），每行最多 ${MAX_ROW_BYTES / 1024} KB，请删减后重新同步`;
          ctx.addIssue({ code: 'custom', path: ['rows', index, 'cells'], message });
        }
      });
    });
}

export type IngestRequest = z.infer<ReturnType<typeof ingestRequestSchema>>;
