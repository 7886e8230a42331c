// The drafted documents as plain data: blocks of text and tables that the .docx adapter and the 通报草稿 tab render.

/** A run of a paragraph: text, or the mark of a footnote (its number, 1-based, in the document's list). */
export type Inline = { text: string } | { footnote: number };

export type Block =
  /** The document's title (方正小标宋, centred). */
  | { kind: 'title'; text: string }
  /** A centred line under the title: the 文号. */
  | { kind: 'docNumber'; text: string }
  /** 一、… (黑体). */
  | { kind: 'heading'; text: string }
  /** Body text, first line indented two characters unless `flush`; `align` for the signature lines. */
  | { kind: 'paragraph'; runs: Inline[]; flush?: boolean; align?: 'right' }
  /** A table: header row, then one row of text cells each. */
  | { kind: 'table'; header: string[]; rows: string[][] };

export interface DraftedDocument {
  /** The file's title (docx core properties) and the title block's text. */
  title: string;
  /** Set on a draft: the line the page header carries, saying why it is a draft. */
  draftNotice: string | null;
  blocks: Block[];
  /** Footnote texts; `{ footnote: n }` refers to the nth (1-based). */
  footnotes: string[];
}

export const text = (t: string): Inline => ({ text: t });
export const paragraph = (...runs: (Inline | string)[]): Block => ({
  kind: 'paragraph',
  runs: runs.map((r) => (typeof r === 'string' ? text(r) : r)),
});

/** A paragraph's text, footnote marks as `[n]`. */
export const inlineText = (runs: readonly Inline[]): string =>
  runs.map((r) => ('text' in r ? r.text : `[${r.footnote}]`)).join('');

/** The whole document as lines of text (draft notice, blocks, table rows joined by tabs, footnotes). */
export function documentLines(doc: DraftedDocument): string[] {
  const lines: string[] = doc.draftNotice ? [doc.draftNotice] : [];
  for (const block of doc.blocks) {
    if (block.kind === 'table') lines.push(...[block.header, ...block.rows].map((r) => r.join('\t')));
    else if (block.kind === 'paragraph') lines.push(inlineText(block.runs));
    else lines.push(block.text);
  }
  lines.push(...doc.footnotes.map((f, i) => `[${i + 1}] ${f}`));
  return lines;
}
