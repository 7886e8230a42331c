// Masks an ID number for every summary, log and message that leaves its township: `110101********1234`.

export function maskIdNumber(idNumber: string): string {
  const chars = [...idNumber];
  if (chars.length >= 15)
    return `${chars.slice(0, 6).join('')}${'*'.repeat(chars.length - 10)}${chars.slice(-4).join('')}`;
  if (chars.length >= 8)
    return `${chars.slice(0, 2).join('')}${'*'.repeat(chars.length - 4)}${chars.slice(-2).join('')}`;
  return '*'.repeat(chars.length);
}

/**
 * A run of 18 (the last may be X) or 15 digits anywhere in a text — beside letters too (`id430521199001019070`,
 * `x430521199001019089x`) — but not inside a longer run of digits.
 */
const ID_LIKE = /(?<!\d)(?:\d{17}[\dXx]|\d{15})(?!\d)/g;

/** Masks every ID-number-like run in a free text (log lines, messages). */
export const maskIdNumbersIn = (text: string): string => text.replace(ID_LIKE, (id) => maskIdNumber(id));

/** Whether a text holds anything shaped like an ID number (see ID_LIKE). */
export const containsIdNumber = (text: string): boolean => text.search(ID_LIKE) !== -1;
