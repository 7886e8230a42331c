// Tells what a file is by its first bytes, not its name: clerks' .xls files are often CSV or HTML inside.
import { basename, extname } from 'node:path';

/** What a ledger file holds, as far as reading it goes. */
export type FileFormat = 'xlsx' | 'ods' | 'biff' | 'csv' | 'html' | 'unknown';

/** How a format is named to a clerk. */
export const FORMAT_LABELS: Record<FileFormat, string> = {
  xlsx: 'Excel 工作簿 (.xlsx)',
  ods: 'OpenDocument 表格 (.ods)',
  biff: 'Excel 97-2003 / WPS 表格 (.xls/.et)',
  csv: 'CSV 文本',
  html: '网页表格（扩展名为 .xls）',
  unknown: '未知',
};

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);
const ascii = (bytes: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...bytes.subarray(from, Math.min(to, bytes.length)));

/** What a zip holds: an ODS names its mimetype first (uncompressed, at byte 30); an xlsx has an xl/ folder. */
function zipFormat(bytes: Uint8Array): FileFormat | 'docx' | 'zip' {
  const head = ascii(bytes, 30, 120);
  if (head.startsWith('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')) return 'ods';
  const names = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 1 << 20))).toString('latin1');
  if (names.includes('xl/')) return 'xlsx';
  if (names.includes('word/') || head.includes('opendocument.text')) return 'docx';
  return 'zip';
}

/** Text of a few kilobytes with no NUL byte (UTF-16 aside) reads as CSV; `<table` inside makes it HTML. */
function textFormat(bytes: Uint8Array): FileFormat {
  const sample = bytes.subarray(0, 8192);
  if ((sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff)) return 'csv';
  if (sample.includes(0)) return 'unknown';
  const text = Buffer.from(sample).toString('latin1').toLowerCase();
  if (/^\s*</.test(text) && text.includes('<table')) return 'html';
  return 'csv';
}

export type SniffResult = { format: FileFormat } | { format: 'refused'; reason: string };

/** The format of a file's bytes, or why it is not a ledger file at all (Chinese, with what to do). */
export function sniffFormat(bytes: Uint8Array, name: string): SniffResult {
  const saveAs = '请用 Excel 或 WPS 打开，另存为“Excel 工作簿 (*.xlsx)”后重试';
  if (bytes.length === 0) return { format: 'refused', reason: `文件是空的（0 字节）。${saveAs}` };
  if (startsWith(bytes, ZIP)) {
    const kind = zipFormat(bytes);
    if (kind === 'docx') return { format: 'refused', reason: '这是文字文档（Word/WPS 文字），不是表格' };
    if (kind === 'zip')
      return { format: 'refused', reason: '这是一个压缩包或已损坏的文件，不是表格：请解压后放入表格文件' };
    return { format: kind };
  }
  if (startsWith(bytes, OLE)) {
    const ext = extname(name).toLowerCase();
    if (ext === '.doc' || ext === '.wps' || ext === '.ppt')
      return { format: 'refused', reason: '这是文字或演示文档，不是表格' };
    return { format: 'biff' };
  }
  if (ascii(bytes, 0, 5) === '%PDF-')
    return { format: 'refused', reason: '这是 PDF 文件，无法读取表格内容：请提交原始的 Excel/WPS 表格' };
  const format = textFormat(bytes);
  if (format === 'unknown')
    return { format: 'refused', reason: `不是表格文件（${basename(name)} 的内容无法识别）。${saveAs}` };
  return { format };
}
