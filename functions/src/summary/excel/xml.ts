// Small helpers for the hand-written OOXML parts: escaping and A1 references.

export const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Zero-based column → letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** `'考评排名'!$B$5:$B$8` for zero-based rows [firstRow, endRow) of one column. */
export function columnReference(sheetName: string, column: number, firstRow: number, endRow: number): string {
  const quoted = `'${sheetName.replace(/'/g, "''")}'`;
  const letters = columnLetters(column);
  const from = `$${letters}$${firstRow + 1}`;
  return endRow - firstRow === 1 ? `${quoted}!${from}` : `${quoted}!${from}:$${letters}$${endRow}`;
}
