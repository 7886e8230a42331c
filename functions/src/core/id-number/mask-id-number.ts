// Masks an ID number for every summary, log and message that leaves its township: `110101********1234`.

export function maskIdNumber(idNumber: string): string {
  const chars = [...idNumber];
  if (chars.length >= 15)
    return `${chars.slice(0, 6).join('')}${'*'.repeat(chars.length - 10)}${chars.slice(-4).join('')}`;
  if (chars.length >= 8)
    return `${chars.slice(0, 2).join('')}${'*'.repeat(chars.length - 4)}${chars.slice(-2).join('')}`;
  return '*'.repeat(chars.length);
}

// Any run of 15–18 digits (optionally ending in X) inside free text.
const ID_LIKE = /(?<![\dA-Za-z])\d{14}(?:\d{3}[\dXx]|\d)(?![\dA-Za-z])/g;

/** Masks every ID-number-like run in a free text (log lines, messages). */
export const maskIdNumbersIn = (text: string): string => text.replace(ID_LIKE, (id) => maskIdNumber(id));
