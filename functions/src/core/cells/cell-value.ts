// What a spreadsheet cell can hold once it reaches us, and the result of reading one.

/** A cell as Sheets, Apps Script, Excel or JSON deliver it. */
export type CellValue = string | number | boolean | Date | null | undefined;

/** A parsed cell: a clean value (null when empty) or a Chinese reason without the column name. */
export type CellResult<T> = { ok: true; value: T | null } | { ok: false; message: string };

export const cellOk = <T>(value: T | null): CellResult<T> => ({ ok: true, value });
export const cellError = <T = never>(message: string): CellResult<T> => ({ ok: false, message });
