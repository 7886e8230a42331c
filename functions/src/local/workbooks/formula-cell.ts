// A formula cell as the ledger layer sees it: its text, so the validators can ask for the value instead.

/**
 * `=` and the formula (`=B2&C2`, `=TODAY()`), whether or not the file saved its result. Ledger cells hold
 * values, not formulas: the validators refuse any `=…` and say to paste the values.
 */
export function formulaCell(formula: string): string {
  const text = formula.replace(/^of:/i, '').replace(/^=+/, '');
  return `=${text || '公式'}`;
}
