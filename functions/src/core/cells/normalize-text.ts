// Text clean-up shared by every cell parser: full-width forms, odd spaces, trimming.

const FULL_WIDTH_START = 0xff01;
const FULL_WIDTH_END = 0xff5e;
const FULL_WIDTH_OFFSET = 0xfee0;

/** Full-width ASCII forms (`１２Ｘ，`) become half-width (`12X,`); the ideographic space becomes a space. */
export function toHalfWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= FULL_WIDTH_START && code <= FULL_WIDTH_END)
      out += String.fromCodePoint(code - FULL_WIDTH_OFFSET);
    else if (code === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

// No-break, zero-width and other invisible spaces that pasted text carries.
const INVISIBLE = /[\u00a0\u2000-\u200b\u202f\u205f\u2060\ufeff]/g;
// Control characters other than tab and newline.
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Anything `cleanText` changes: invisible, control or ideographic spaces, runs of spaces, white space at the ends. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const NEEDS_CLEANING = /[\u00a0\u2000-\u200b\u202f\u205f\u2060\ufeff\u3000\u0000-\u001f\u007f]| {2}|^\s|\s$/;

/** Trims, drops invisible and control characters and the ideographic space, folds inner runs of spaces. */
export function cleanText(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return text;
  return text
    .replace(INVISIBLE, ' ')
    .replace(/\u3000/g, ' ')
    .replace(CONTROL, '')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** The same value with full-width forms folded and all white space removed: for codes, numbers, dates. */
export const compactText = (text: string): string => toHalfWidth(cleanText(text)).replace(/\s+/g, '');

/** True for an empty cell: undefined, null, or text that is blank once cleaned. */
export const isBlankCell = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && cleanText(value) === '');

/** Shortens user text quoted back in a message, so a 10 kB cell never floods a note. */
export function shorten(text: string, max = 20): string {
  const chars = [...cleanText(text)];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : chars.join('');
}
